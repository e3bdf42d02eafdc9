"""Form fields that normalise what people type (see core.text), for every form of ours:
the public forms, the admin and the spreadsheet import."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .richtext import RichTextField
from .text import (
    clean_multiline,
    clean_single_line,
    validate_no_control_characters,
    validate_visible,
)


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


class ModelChoicesField(forms.ModelMultipleChoiceField):
    """Django's choice of several rows, which also refuses an id outside the range of the
    rows' key as it refuses any unknown id. Django looks such an id up, and SQLite cannot
    take an integer past 64 bits (an OverflowError, so a 500 for ``9223372036854775808``)."""

    def clean(self, value):
        model = self.queryset.model
        key = model._meta.get_field(self.to_field_name) if self.to_field_name else model._meta.pk
        for item in value if isinstance(value, list | tuple) else ():
            try:
                item_key = key.to_python(item)
            except ValidationError:
                continue  # not a key at all, which Django refuses as it is
            try:
                key.run_validators(item_key)
            except ValidationError:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": item},
                ) from None
        return super().clean(value)


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
    """``formfield_callback`` for model forms: free text normalised, no control character
    in an email or web address, a web address typed without a scheme taken as https
    (Django 6's default, chosen now), a choice from a list that starts with "Choose…"
    rather than a row of dashes, and no id in a choice of several that the database
    cannot hold."""
    if isinstance(db_field, models.ForeignKey):
        kwargs.setdefault("empty_label", _("Choose…"))
    if isinstance(db_field, models.ManyToManyField):
        kwargs.setdefault("form_class", ModelChoicesField)
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    if isinstance(db_field, (models.EmailField, models.URLField)):
        kwargs.setdefault("validators", [validate_no_control_characters])
    if (form_class := text_form_class(db_field)) is not None:
        kwargs.setdefault("form_class", form_class)
    return db_field.formfield(**kwargs)
