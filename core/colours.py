"""Colours an editor chooses (the association's brand colour), checked for legibility.

White text sits on the brand colour in the header and the brand colour is the link colour on
white, so it must reach the WCAG AA contrast ratio for normal text (4.5:1) against white.
"""

from __future__ import annotations

import logging
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HEX = re.compile(r"#[0-9a-fA-F]{6}")
AA_NORMAL_TEXT = 4.5
DEFAULT_BRAND_COLOUR = "#0b5394"

logger = logging.getLogger(__name__)


def channels(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def luminance(colour: str) -> float:
    """Relative luminance as WCAG 2 defines it."""

    def linear(channel: int) -> float:
        share = channel / 255
        return share / 12.92 if share <= 0.04045 else ((share + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def darker(colour: str, amount: float = 0.3) -> str:
    """``colour`` moved ``amount`` of the way towards black (for hover and the menu bar)."""
    return "#" + "".join(f"{round(channel * (1 - amount)):02x}" for channel in channels(colour))


def usable_colour(value: str) -> str:
    """``value`` if it is a colour as the form accepts it, else the default: what reaches a
    page's inline style, whatever path stored it (a shell, a script, a restored version)."""
    if HEX.fullmatch(value or ""):
        return value
    logger.warning("Brand colour %r is not #rrggbb; the default is used instead.", value)
    return DEFAULT_BRAND_COLOUR


def validate_brand_colour(value: str) -> None:
    if not HEX.fullmatch(value or ""):
        raise ValidationError(
            _("Write the colour as # and six hexadecimal digits, for example #0b5394."),
            code="colour_format",
        )
    ratio = contrast(value, "#ffffff")
    if ratio < AA_NORMAL_TEXT:
        raise ValidationError(
            _(
                "White text on %(colour)s has a contrast of only %(ratio)s:1; visitors need "
                "at least 4.5:1 to read the header and links. Choose a darker colour."
            ),
            code="colour_contrast",
            params={"colour": value, "ratio": f"{ratio:.1f}"},
        )
