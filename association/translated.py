"""Helpers for models whose texts exist once per language (see each app's translation.py).

django-modeltranslation stores ``title`` as ``title_en`` and ``title_zh_hans`` and makes
``obj.title`` read the current language, falling back to the other one when it is empty.
These helpers answer the questions the site and the admin ask about that.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from .slugs import unique_slug


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def translated_columns(field: str) -> list[str]:
    """``body`` -> ``["body", "body_en", "body_zh_hans"]``: every column a field uses."""
    return [field, *(build_localized_fieldname(field, code) for code in language_codes())]


def fallback_order(language: str | None = None) -> list[str]:
    """The current language first, then the others in the configured fallback order."""
    language = language or get_language() or settings.LANGUAGE_CODE
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES["default"]
    return [language, *(code for code in fallbacks if code != language)]


class TranslatedMixin:
    """For models with translated fields. ``required_translations`` lists the fields that
    need a text in at least one language (any one: a Chinese-only article is fine).

    A model with a ``slug`` field and ``slug_from`` set gets its slug on first save, made
    from that field's text (English first, else pinyin of the Chinese), unique, and never
    changed afterwards so that links keep working.
    """

    required_translations: tuple[str, ...] = ()
    slug_from: str | None = None
    slug_fallback = "item"
    reserved_slugs: frozenset[str] = frozenset()
    # What the translation status page checks: a language missing any of these is listed.
    translation_check_fields: tuple[str, ...] = ()

    def translation(self, field: str, language: str) -> str:
        return getattr(self, build_localized_fieldname(field, language)) or ""

    def language_of(self, field: str) -> str:
        """The language of the text ``obj.<field>`` shows now (the fallback's, if it fell back)."""
        for language in fallback_order():
            if self.translation(field, language):
                return language
        return get_language() or settings.LANGUAGE_CODE

    def text_in_any_language(self, field: str) -> str:
        """The field's text in the default content language, else in any other."""
        for language in fallback_order(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
            if text := self.translation(field, language):
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

    def save(self, *args, **kwargs) -> None:
        if self.slug_from and not self.slug:
            self.slug = unique_slug(
                self,
                self.text_in_any_language(self.slug_from),
                fallback=self.slug_fallback,
                reserved=self.reserved_slugs,
            )
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        errors = {}
        for field in self.required_translations:
            if not self.text_in_any_language(field):
                name = build_localized_fieldname(field, settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
                errors[name] = ValidationError(
                    _("Fill this in at least one language."), code="required_translation"
                )
        if errors:
            raise ValidationError(errors)


def translation_gaps(model: type[models.Model]) -> dict:
    """The rows of ``model`` missing any checked field in any language, in one query.

    Returns the model's plural name and a list of {obj, missing: [language names],
    change_url, public_url}.
    """
    fields = model.translation_check_fields
    missing_any = Q()
    for field in fields:
        for language in language_codes():
            name = build_localized_fieldname(field, language)
            missing_any |= Q(**{f"{name}__isnull": True}) | Q(**{name: ""})
    names = dict(settings.LANGUAGES)
    items = [
        {
            "obj": obj,
            "missing": [str(names[language]) for language in obj.missing_languages()],
            "change_url": reverse(
                f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk]
            ),
        }
        for obj in model._default_manager.filter(missing_any).order_by("pk")
    ]
    return {"name": model._meta.verbose_name_plural, "items": items}
