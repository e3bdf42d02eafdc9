"""What a page tells browsers and other sites about itself: absolute addresses for Open
Graph tags, and the locale names those tags use."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language, to_locale

register = template.Library()


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    """``path`` on this site as a full address (what link previews need)."""
    request = context.get("request")
    if not path or request is None:
        return path or ""
    return request.build_absolute_uri(path)


@register.simple_tag
def og_locale() -> str:
    """The page's language as Open Graph writes it: en_US, zh_CN."""
    locale = to_locale(get_language() or "en")
    return {"en": "en_US", "zh_Hans": "zh_CN"}.get(locale, locale)
