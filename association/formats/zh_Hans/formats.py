# Django's zh_Hans MONTH_DAY_FORMAT pads the month ("04月17日"); Chinese news writes 4月17日.
MONTH_DAY_FORMAT = "n月j日"
