"""QR codes drawn on the server, as inline SVG (segno): a phone's camera or WeChat's scanner
opens the address, and no outside service sees who reads what."""

from __future__ import annotations

import hashlib

import segno
from django import template
from django.core.cache import cache
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# The same address always makes the same code: kept a month, not rebuilt on every view.
CACHE_SECONDS = 30 * 24 * 60 * 60


def qr_cache_key(data: str) -> str:
    return "core:qr-svg:v1:" + hashlib.sha256(data.encode()).hexdigest()


def qr_svg_markup(data: str) -> str:
    """The code for ``data`` as an ``<svg>`` for inside HTML: no XML declaration or
    namespace, no fixed size (CSS sizes it), black on white with the four-module quiet
    zone scanners need, whatever the page's colours, and error correction M (15 %), which
    still reads from a smudged print."""
    key = qr_cache_key(data)
    svg = cache.get(key)
    if svg is None:
        code = segno.make(data, error="m", micro=False)
        svg = code.svg_inline(
            border=4, dark="#000", light="#fff", omitsize=True, svgclass="qr", lineclass=None
        )
        cache.set(key, svg, CACHE_SECONDS)
    return svg


@register.simple_tag
def qr_code(data: str, label: str) -> SafeString | str:
    """``data`` (an address) as a QR code whose accessible name is ``label``."""
    if not data:
        return ""
    svg = qr_svg_markup(data)
    # segno's output opens with "<svg "; the name goes on it here, in the page's language.
    named = format_html('<svg role="img" aria-label="{}" ', label) + svg.removeprefix("<svg ")
    return mark_safe(named)  # noqa: S308 - segno's markup, and the label escaped
