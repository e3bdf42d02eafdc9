# One date style on the English site: the month written out ("June 25, 2025"), never
# abbreviated with a stop ("Nov. 20, 2024"); times on the 24-hour clock, which also spares
# "a.m." its doubled stop at the end of a sentence.
DATE_FORMAT = "F j, Y"
DATETIME_FORMAT = "F j, Y, H:i"
SHORT_DATE_FORMAT = "Y-m-d"
SHORT_DATETIME_FORMAT = "Y-m-d H:i"
