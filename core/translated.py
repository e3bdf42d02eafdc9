"""Models whose texts exist once per language (see each app's ``translation.py``).

django-modeltranslation stores ``title`` as ``title_en`` and ``title_zh_hans`` and makes
``obj.title`` read the current language, falling back to another one when it is empty.
``TranslatedMixin`` answers the questions the site and the admin ask about that.

A text counts as present when it shows something: rich text is sanitized to "" when it
holds no visible content (core.richtext), and a plain text made only of invisible
characters is treated as empty (core.text).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from .languages import current_language, fallback_order, language_codes, language_name
from .text import has_visible_text


class TranslatedMixin:
    """For models with translated fields.

    ``required_translations`` lists the fields that need a text in at least one language
    (any one: a Chinese-only article is fine). ``translation_check_fields`` lists what the
    translation status page checks: a language missing any of them is reported.
    """

    required_translations: tuple[str, ...] = ()
    translation_check_fields: tuple[str, ...] = ()

    def translation(self, field: str, language: str) -> str:
        value = getattr(self, build_localized_fieldname(field, language)) or ""
        return value if has_visible_text(value) else ""

    def language_of(self, field: str) -> str:
        """The language of the text ``obj.<field>`` shows now (the fallback's, if it fell back)."""
        for language in fallback_order():
            if self.translation(field, language):
                return language
        return current_language()

    def text_in_any_language(self, field: str, language: str | None = None) -> str:
        """The field's text in ``language`` (default: the default content language), else
        in any other."""
        for code in fallback_order(language or settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            if text := self.translation(field, code):
                return text
        return ""

    def missing_languages(self, fields: tuple[str, ...] | None = None) -> list[str]:
        """Languages in which any of ``fields`` (default: the checked ones) has no text."""
        fields = fields or self.translation_check_fields or self.required_translations
        return [
            language
            for language in language_codes()
            if any(not self.translation(field, language) for field in fields)
        ]

    def clean(self) -> None:
        """A required field empty in every language is reported on the current language's
        column, the one the person filling in the form reads first."""
        super().clean()
        errors = {}
        language = current_language()
        if language not in language_codes():
            language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        for field in self.required_translations:
            if not self.text_in_any_language(field):
                name = build_localized_fieldname(field, language)
                errors[name] = ValidationError(
                    _("Fill this in at least one language."), code="required_translation"
                )
        if errors:
            raise ValidationError(errors)


def missing_translations(model: type[models.Model]) -> Q:
    """The rows with a checked field empty in some language (see translation_gaps)."""
    missing_any = Q()
    for field in model.translation_check_fields:
        for language in language_codes():
            name = build_localized_fieldname(field, language)
            missing_any |= Q(**{f"{name}__isnull": True}) | Q(**{name: ""})
    return missing_any


def translation_gaps(model: type[models.Model], *, limit: int = 50) -> dict:
    """The rows of ``model`` missing any checked field in any language, in one query.

    Every write path stores an empty column for a text that shows nothing (rich text is
    sanitized to "", forms and imports normalise plain text), so the database can find the
    gaps; each row found is then judged as a visitor would see it.

    Returns the model's plural name, how many rows have a gap (``total``) and the first
    ``limit`` of them as {obj, missing: [language names], change_url}: a site with a
    thousand untranslated items gets a page that opens, and a count.
    """
    missing_any = missing_translations(model)
    rows = model._default_manager.filter(missing_any)
    change_url = f"admin:{model._meta.app_label}_{model._meta.model_name}_change"
    items = [
        {
            "obj": obj,
            "missing": [language_name(language) for language in missing],
            "change_url": reverse(change_url, args=[obj.pk]),
        }
        for obj in rows.order_by("pk")[:limit]
        if (missing := obj.missing_languages())
    ]
    total = rows.count() if len(items) == limit else len(items)
    return {"name": model._meta.verbose_name_plural, "items": items, "total": total}
