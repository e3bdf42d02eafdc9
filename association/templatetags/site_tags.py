from __future__ import annotations

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()

# Each language is named in itself on the switch ("中文" on English pages), as the seed page does.
LANGUAGE_SWITCH_LABELS = {"en": "English", "zh-hans": "中文"}


@register.simple_tag
def dateline(article) -> str:
    """``Beijing, April 17 –``: the place and the local publish date, in the page's language."""
    day = formats.date_format(timezone.localtime(article.publish_at), "MONTH_DAY_FORMAT")
    if not article.dateline_place:
        return _("%(date)s –") % {"date": day}
    return _("%(place)s, %(date)s –") % {"place": article.dateline_place, "date": day}


@register.inclusion_tag("includes/_language_switch.html", takes_context=True)
def language_switch(context) -> dict:
    """Links to this same page in each other language."""
    request = context.get("request")
    current = get_language()
    path = request.get_full_path() if request else "/"
    links = [
        {
            "code": code,
            "label": LANGUAGE_SWITCH_LABELS.get(code, code),
            "url": translate_url(path, code),
        }
        for code, _name in settings.LANGUAGES
        if code != current
    ]
    return {"links": links}
