"""Form fields that normalise what people type (see core.text), for every form of ours:
the public forms, the admin and the spreadsheet import."""

from __future__ import annotations

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from .richtext import RichTextField
from .text import clean_multiline, clean_single_line, validate_visible


class SingleLineField(forms.CharField):
    """A one-line text: no line breaks or control characters, white space folded."""

    default_validators = [validate_visible]

    def to_python(self, value):
        value = super().to_python(value)
        return clean_single_line(value) if value else value


class MultiLineField(forms.CharField):
    """A text of several lines: line breaks kept, other control characters refused."""

    default_validators = [validate_visible]

    def to_python(self, value):
        value = super().to_python(value)
        return clean_multiline(value) if value else value


# Model fields with a format of their own, checked by their own form fields.
FORMATTED_TEXT = (models.EmailField, models.URLField, models.SlugField, RichTextField)


def text_form_class(db_field: models.Field) -> type[forms.CharField] | None:
    """The form field class for a model field holding free text, or None for others."""
    if db_field.choices or isinstance(db_field, FORMATTED_TEXT):
        return None
    if isinstance(db_field, models.TextField):
        return MultiLineField
    if isinstance(db_field, models.CharField):
        return SingleLineField
    return None


def formfield(db_field: models.Field, **kwargs) -> forms.Field | None:
    """``formfield_callback`` for model forms: free text normalised, a web address typed
    without a scheme taken as https (Django 6's default, chosen now), and a choice from a
    list that starts with "Choose…" rather than a row of dashes."""
    if isinstance(db_field, models.ForeignKey):
        kwargs.setdefault("empty_label", _("Choose…"))
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    if (form_class := text_form_class(db_field)) is not None:
        kwargs.setdefault("form_class", form_class)
    return db_field.formfield(**kwargs)
