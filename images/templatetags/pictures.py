"""Pictures on pages: ``{% picture image "card" %}`` and ``{{ body|pictures }}``.

Each picture is a ``<picture>`` with a WebP ``srcset`` and one in the original's format,
``sizes`` from the slot, explicit width and height (no layout shift), and lazy loading
unless the picture is at the top of the page (``loading="eager"``).
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from images.models import Image
from images.references import IMG_SRC, stored_name
from images.renditions import CONTENT_TYPES, SLOTS, fallback_format, renditions

register = template.Library()
logger = logging.getLogger(__name__)


def alt_of(image: Image) -> tuple[str, str]:
    """The description in the page's language, or another one (with its language code)."""
    text = image.alt
    language = image.language_of("alt") if text else ""
    return text, ("" if language == get_language() else language)


def picture_html(
    image: Image,
    slot_name: str,
    *,
    loading: str = "lazy",
    alt: str | None = None,
    css_class: str = "",
) -> SafeString:
    slot = SLOTS[slot_name]
    if alt is None:
        alt, alt_language = alt_of(image)
    else:
        alt_language = ""
    attributes = {"alt": alt, "loading": loading, "decoding": "async"}
    if alt_language:
        attributes["lang"] = alt_language
    if css_class:
        attributes["class"] = css_class
    if image.is_animated:  # resizing would stop the animation: shown as uploaded
        attributes |= {"src": image.file.url, "width": image.width, "height": image.height}
        return format_html("<img{}>", _attrs(attributes))
    formats = list(dict.fromkeys([fallback_format(image), "WEBP"]))  # a WebP original: once
    try:
        made = renditions(image, slot, formats)
    except (OSError, ValueError):
        # The file is gone or unreadable (a restore without the media folder, say): the page
        # still shows, without this picture, and the log says which one.
        logger.warning(
            "Cannot make renditions of image %s (%s)", image.pk, image.file.name, exc_info=True
        )
        return mark_safe("")
    fallback, webp = made[formats[0]], made["WEBP"]
    largest = fallback[-1]
    attributes |= {
        "src": largest.file.url,
        "srcset": _srcset(fallback),
        "sizes": slot.sizes,
        "width": largest.width,
        "height": largest.height,
    }
    source = ""
    if fallback_format(image) != "WEBP":
        source = format_html(
            '<source type="{}" srcset="{}" sizes="{}">',
            CONTENT_TYPES["WEBP"],
            _srcset(webp),
            slot.sizes,
        )
    return format_html("<picture>{}<img{}></picture>", source, _attrs(attributes))


def _srcset(renditions) -> str:
    return ", ".join(f"{made.file.url} {made.width}w" for made in renditions)


def _attrs(attributes: dict) -> SafeString:
    return format_html_join("", ' {}="{}"', attributes.items())


@register.simple_tag
def picture(image, slot: str, loading: str = "lazy", css_class: str = "", alt=None) -> str:
    """The image in the slot's sizes; nothing when there is no image. ``alt=""`` when the
    text beside it already says what it shows (a logo next to the company's name)."""
    if not image:
        return ""
    return picture_html(image, slot, loading=loading, css_class=css_class, alt=alt)


@register.simple_tag
def rendition_url(image, slot: str) -> str:
    """The address of the slot's largest rendition in the original's format (JPEG or PNG,
    which every link preview reads); "" without an image or when it cannot be made."""
    if not image or image.is_animated:
        return ""
    image_format = fallback_format(image)
    try:
        return renditions(image, SLOTS[slot], [image_format])[image_format][-1].file.url
    except (OSError, ValueError):
        logger.warning("Cannot make renditions of image %s", image.pk, exc_info=True)
        return ""


class _ImgAttributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: dict[str, str] = {}

    def handle_starttag(self, tag, attrs) -> None:
        self.attrs = {name: value or "" for name, value in attrs}


IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)


@register.filter(is_safe=True)
def pictures(html: str) -> SafeString:
    """Rich text (already sanitized) with each of our images swapped for its renditions;
    the alt text the editor wrote there wins over the library's."""
    found = {
        name: match for match in IMG_SRC.finditer(html or "") if (name := stored_name(match["src"]))
    }
    if not found:
        return mark_safe(html or "")  # noqa: S308 - sanitized on save (core.richtext)
    images = {
        image.file.name: image for image in Image.objects.with_renditions().filter(file__in=found)
    }

    def swap(match: re.Match) -> str:
        parser = _ImgAttributes()
        parser.feed(match.group(0))
        image = images.get(stored_name(parser.attrs.get("src", "")) or "")
        if image is None:
            return match.group(0)
        return picture_html(image, "article", alt=parser.attrs.get("alt") or None)

    return mark_safe(IMG_TAG.sub(swap, html))  # noqa: S308 - sanitized, and our own markup
