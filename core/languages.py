"""The site's languages, read from ``settings.LANGUAGES`` and nowhere else.

Per-language column names (``title_en``, ``title_zh_hans``) are always built here, so that
adding a language (say Traditional Chinese, ``zh-hant``) is a matter of settings, a
catalogue and generated migrations, never of editing code.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language, get_language_info
from modeltranslation.utils import build_localized_fieldname


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def localized(field: str) -> list[str]:
    """``"title"`` -> ``["title_en", "title_zh_hans"]``: the field's column per language."""
    return [build_localized_fieldname(field, code) for code in language_codes()]


def localized_fields(*fields: str) -> list[str]:
    """Every language's column of each field, in order: for search fields, CSV columns."""
    return [name for field in fields for name in localized(field)]


def translated_columns(field: str) -> list[str]:
    """``body`` -> ``["body", "body_en", "body_zh_hans"]``: every column a field uses."""
    return [field, *localized(field)]


def current_language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def fallback_order(language: str | None = None) -> list[str]:
    """The given (or current) language first, then the others in the fallback order."""
    language = language or current_language()
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES["default"]
    return [language, *(code for code in fallbacks if code != language)]


def language_name(code: str) -> str:
    """The language's name in the current interface language ("Simplified Chinese", "英语")."""
    return str(dict(settings.LANGUAGES).get(code, code))


def switch_label(code: str) -> str:
    """How the language switch names a language: in that language itself ("中文" on English
    pages, "English" on Chinese ones). ``LANGUAGE_SWITCH_LABELS`` may shorten a name."""
    overrides = getattr(settings, "LANGUAGE_SWITCH_LABELS", {})
    return overrides.get(code) or get_language_info(code)["name_local"]


# Languages written without spaces between words: their texts are counted in characters.
SCRIPTS_WITHOUT_SPACES = frozenset({"zh", "ja", "th", "lo", "km", "my"})


def counts_characters(code: str) -> bool:
    return code.split("-")[0] in SCRIPTS_WITHOUT_SPACES
