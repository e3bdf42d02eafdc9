"""The header and footer, and the part of the head every page shares, rendered once per
language and kept until their content changes (with the chrome they are built from,
pages/chrome.py): on every page they cost a cache read and two string replacements
instead of a template render."""

from __future__ import annotations

from django import template
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from core.templatetags.languages import language_switch

from ..chrome import rendered_chrome, site_head_parts

register = template.Library()

SWITCH_MARKER = "<!--language-switch-->"


def _switch(context) -> str:
    return render_to_string("includes/_language_switch.html", language_switch(context))


@register.simple_tag(takes_context=True)
def site_header(context) -> SafeString:
    html = rendered_chrome(get_language())["header"]
    request = context.get("request")
    if request is not None:
        # The menu entry of the page being shown (a list's later pages included).
        entry = f'<li><a href="{escape(request.path)}"'
        html = html.replace(entry, f'{entry} aria-current="page"', 1)
    return mark_safe(html.replace(SWITCH_MARKER, _switch(context), 1))  # noqa: S308 - rendered by the template engine, and the switch by format_html


@register.simple_tag
def site_footer() -> SafeString:
    return mark_safe(rendered_chrome(get_language())["footer"])  # noqa: S308 - rendered by the template engine


@register.simple_tag(takes_context=True)
def site_head(context) -> str:
    """Sets what every page's head shares: ``site_head_html`` (stylesheet, colours, icons,
    feeds, the site's name and locale for link previews), ``site_icon_url`` (the 512 px
    icon, for link previews and as the logo) and ``site_organization`` (schema.org's
    Organization, for the home and contact pages and as an article's publisher)."""
    parts = site_head_parts(context.get("request"))
    context["site_head_html"] = parts["html"]
    context["site_icon_url"] = parts["icon_url"]
    context["site_organization"] = parts["organization"]
    return ""
