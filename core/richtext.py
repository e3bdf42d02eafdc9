"""Rich text: what CKEditor 5 produces, sanitized with nh3 before it is stored.

The allowlist mirrors the editor's toolbar (settings.CKEDITOR_5_CONFIGS): headings,
paragraphs, emphasis, links, lists, quotes, images with captions and tables. Everything else
(scripts, styles, event handlers, iframes, ``javascript:`` URLs) is dropped; the text inside
dropped formatting tags is kept, so an editor never loses words.
"""

from __future__ import annotations

from html.parser import HTMLParser

import nh3
from django import forms
from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django_ckeditor_5.widgets import CKEditor5Widget
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator

from .text import has_visible_text

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "span",
    "figure",
    "figcaption",
    "img",
    "picture",
    "source",
    "table",
    "caption",
    "colgroup",
    "col",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height", "srcset", "sizes", "loading"},
    "source": {"srcset", "sizes", "type", "media"},
    "ol": {"start", "reversed"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "col": {"span"},
}
# Classes CKEditor 5 puts on figures; any other class is removed. (nh3 wants ``class``
# here only, not in ALLOWED_ATTRIBUTES.)
ALLOWED_CLASSES = {
    "figure": {
        "image",
        "table",
        "image-style-side",
        "image-style-align-left",
        "image-style-align-right",
        "image-style-block-align-left",
        "image-style-block-align-right",
        "image_resized",
    },
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# Contents of these are thrown away, not kept as text.
CLEAN_CONTENT_TAGS = {"script", "style", "iframe", "object", "embed", "template", "noscript"}


# Elements that show something with no text in them.
CONTENT_WITHOUT_TEXT = frozenset({"img", "hr"})


def sanitize_html(value: str) -> str:
    """Return ``value`` with everything outside the allowlist removed, and "" when what is
    left shows nothing (an untouched editor sends ``<p>&nbsp;</p>``)."""
    if not value:
        return ""
    cleaned = nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        clean_content_tags=CLEAN_CONTENT_TAGS,
        url_schemes=URL_SCHEMES,
        attribute_filter=_filter_attribute,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()
    return "" if is_blank_html(cleaned) else cleaned


# The schemes a picture may come from in srcset (nh3 checks href and src, not srcset).
IMAGE_SCHEMES = frozenset({"http", "https"})


def _filter_attribute(element: str, attribute: str, value: str) -> str | None:
    """nh3's hook for each kept attribute: ``srcset`` keeps only its candidates whose
    address is relative or http(s), and goes when none is left."""
    if attribute != "srcset":
        return value
    kept = [
        " ".join((url, *descriptors))
        for url, descriptors in srcset_candidates(value)
        if _allowed_image_url(url)
    ]
    return ", ".join(kept) or None


def srcset_candidates(value: str) -> list[tuple[str, list[str]]]:
    """The (address, descriptors) of each candidate of a srcset, read as browsers read it:
    an address is a run without white space (its trailing commas end it), its descriptors
    run to the next comma."""
    candidates = []
    position, end = 0, len(value)
    while position < end:
        while position < end and (value[position].isspace() or value[position] == ","):
            position += 1
        start = position
        while position < end and not value[position].isspace():
            position += 1
        url = value[start:position]
        if not url:
            break
        descriptors: list[str] = []
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            comma = value.find(",", position)
            stop = end if comma == -1 else comma
            descriptors = value[position:stop].split()
            position = stop
        candidates.append((url, descriptors))
    return candidates


def _allowed_image_url(url: str) -> bool:
    if any(ord(character) < 0x20 or ord(character) == 0x7F for character in url):
        return False
    scheme, colon, _rest = url.partition(":")
    if not colon or "/" in scheme or "?" in scheme or "#" in scheme:
        return True  # relative: no scheme before the first colon
    return scheme.lower() in IMAGE_SCHEMES


class _Text(HTMLParser):
    # Where a reader sees a break between words.
    BREAKS = frozenset(
        {
            "p",
            "br",
            "div",
            "li",
            "ul",
            "ol",
            "h2",
            "h3",
            "h4",
            "blockquote",
            "figcaption",
            "tr",
            "td",
            "th",
            "table",
            "figure",
            "hr",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in self.BREAKS:
            self.pieces.append(" ")

    def handle_endtag(self, tag) -> None:
        self.handle_starttag(tag, [])

    def handle_data(self, data) -> None:
        self.pieces.append(data)


def html_to_text(value: str) -> str:
    """Rich text as the words a reader sees, on one line: tags dropped, entities read back,
    a space where a paragraph, list item or cell ends (so "one</p><p>two" stays two
    words)."""
    parser = _Text()
    parser.feed(str(value or ""))
    parser.close()
    return " ".join("".join(parser.pieces).split())


class _VisibleContent(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = False

    def handle_starttag(self, tag, attrs) -> None:
        self.found = self.found or tag in CONTENT_WITHOUT_TEXT

    def handle_data(self, data) -> None:
        self.found = self.found or has_visible_text(data)


def is_blank_html(value: str) -> bool:
    """True when ``value`` would show a reader nothing: no visible character (white space,
    ``&nbsp;`` and zero-width characters do not count) and no image or rule."""
    parser = _VisibleContent()
    parser.feed(value or "")
    parser.close()
    return not parser.found


class RichTextWidget(CKEditor5Widget):
    """CKEditor 5 speaking the editor's language: its menus follow the admin's language."""

    def editor_language(self) -> str | None:
        """CKEditor's name for the admin's language (settings.CKEDITOR_5_LANGUAGES)."""
        return settings.CKEDITOR_5_LANGUAGES.get((get_language() or "").lower())

    @property
    def media(self) -> forms.Media:
        media = super().media
        if language := self.editor_language():
            media += forms.Media(js=[f"django_ckeditor_5/dist/translations/{language}.js"])
        return media

    def render(self, name, value, attrs=None, renderer=None):
        self.config["language"] = self.editor_language() or "en"
        return super().render(name, value, attrs, renderer)


class RichTextField(models.TextField):
    """A TextField edited with CKEditor 5 whose value is sanitized on every save.

    It is a TextField (not django-ckeditor-5's own field) so that anything that understands
    text fields, such as per-language copies of a field, handles it unchanged.
    """

    def __init__(self, *args, config_name: str = "default", **kwargs):
        self.config_name = config_name
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.config_name != "default":
            kwargs["config_name"] = self.config_name
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        # The admin passes its own textarea for every TextField; the editor wins over it.
        widget = kwargs.get("widget")
        is_editor = isinstance(widget, CKEditor5Widget) or (
            isinstance(widget, type) and issubclass(widget, CKEditor5Widget)
        )
        if not is_editor:
            kwargs["widget"] = RichTextWidget(config_name=self.config_name)
        return super().formfield(**kwargs)

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname) or "")
        if not self.is_translated_original():
            setattr(model_instance, self.attname, value)
        return value

    def is_translated_original(self) -> bool:
        """True for ``body`` on a model whose ``body`` has per-language copies. Reading
        ``obj.body`` there gives the current language's text *or its fallback*, and writing
        it writes the current language's column: writing back would copy one language's
        text into the other's empty column. The copies (``body_en``, ``body_zh_hans``) are
        sanitized by their own pre_save."""
        if isinstance(self, TranslationField):
            return False
        try:
            options = translator.get_options_for_model(self.model)
        except NotRegistered:
            return False
        return self.name in options.all_fields


def rich_text_models() -> list[type[models.Model]]:
    return [
        model
        for model in apps.get_models()
        if any(isinstance(field, RichTextField) for field in model._meta.concrete_fields)
    ]


def can_upload_images(user) -> bool:
    """Pasting an image into the editor is for those who may add or change something
    edited with it, not for every staff member."""
    if not (user.is_authenticated and user.is_active):
        return False
    return any(
        user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}")
        for model in rich_text_models()
        for action in ("add", "change")
    )


def sanitize_rich_text(instance: models.Model) -> None:
    """Sanitize every rich text column of an unsaved ``instance`` as saving would (for a
    preview, which shows what would be stored without storing it)."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, RichTextField) and not field.is_translated_original():
            setattr(instance, field.attname, sanitize_html(getattr(instance, field.attname)))
