from __future__ import annotations

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import formats, timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

register = template.Library()

# Each language is named in itself on the switch ("中文" on English pages), as the seed page does.
LANGUAGE_SWITCH_LABELS = {"en": "English", "zh-hans": "中文"}


@register.simple_tag
def dateline(article) -> str:
    """``Beijing, April 17 –`` / ``北京，4月17日 –``: place and local publish date. A place
    shown untranslated carries its own ``lang``."""
    day = escape(formats.date_format(timezone.localtime(article.publish_at), "MONTH_DAY_FORMAT"))
    if not article.dateline_place:
        return mark_safe(_("%(date)s –") % {"date": day})  # noqa: S308 - parts escaped
    place = escape(article.dateline_place)
    if article.language_of("dateline_place") != get_language():
        place = format_html(
            '<span lang="{}">{}</span>',
            article.language_of("dateline_place"),
            article.dateline_place,
        )
    return mark_safe(_("%(place)s, %(date)s –") % {"place": place, "date": day})  # noqa: S308


@register.filter
def lang_attr(obj, field: str) -> str:
    """`` lang="en"`` when ``obj.<field>`` is shown in another language than the page's
    (its translation is missing), so browsers and screen readers read it right; else ""."""
    language = obj.language_of(field)
    if language == get_language():
        return ""
    return format_html(' lang="{}"', language)


@register.inclusion_tag("includes/_untranslated_notice.html")
def untranslated_notice(obj, *fields: str) -> dict:
    """A note on pages whose main text is not yet in the page's language."""
    current = get_language()
    shown = next(
        (obj.language_of(field) for field in fields if obj.language_of(field) != current), None
    )
    if shown is None:
        return {"show": False}
    return {
        "show": True,
        "language": get_language_info(current)["name_translated"],
        "original": get_language_info(shown)["name_translated"],
    }


def url_in_language(path: str, code: str) -> str:
    """``path`` in language ``code``. Django's translate_url gives a path it cannot resolve
    (a 404) back unchanged; swap its language prefix so the switch still changes language."""
    url = translate_url(path, code)
    current = get_language()
    if url == path and code != current and path.startswith(f"/{current}/"):
        return f"/{code}/" + path.removeprefix(f"/{current}/")
    return url


def _other_language_urls(request) -> list[tuple[str, str]]:
    path = request.get_full_path() if request else "/"
    return [(code, url_in_language(path, code)) for code, _name in settings.LANGUAGES]


@register.inclusion_tag("includes/_language_switch.html", takes_context=True)
def language_switch(context) -> dict:
    """Links to this same page in each other language."""
    current = get_language()
    links = [
        {"code": code, "label": LANGUAGE_SWITCH_LABELS.get(code, code), "url": url}
        for code, url in _other_language_urls(context.get("request"))
        if code != current
    ]
    return {"links": links}


@register.inclusion_tag("includes/_hreflang.html", takes_context=True)
def hreflang_links(context) -> dict:
    """``<link rel="alternate" hreflang>`` for every language, and x-default."""
    request = context.get("request")
    if request is None:
        return {"links": []}
    urls = dict(_other_language_urls(request))
    links = [{"code": code, "href": request.build_absolute_uri(url)} for code, url in urls.items()]
    default = urls.get(settings.LANGUAGE_CODE)
    if default:
        links.append({"code": "x-default", "href": request.build_absolute_uri(default)})
    return {"links": links}
