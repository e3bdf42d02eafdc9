"""The admin base every app's admin builds on."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.utils import model_ngettext
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from .forms import text_form_class
from .publishing import publish, unpublish


class CleanTextAdminMixin:
    """Free text typed in the admin is normalised as in the public forms (core.text), and
    a web address typed without a scheme is taken as https (Django 6's default)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs.setdefault("assume_scheme", "https")
        if (form_class := text_form_class(db_field)) is not None:
            kwargs.setdefault("form_class", form_class)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class CleanTextAdmin(CleanTextAdminMixin, admin.ModelAdmin):
    pass


class BilingualAdmin(CleanTextAdminMixin, TranslationAdmin):
    """Every language's fields on one form, with no external assets (modeltranslation's
    tabbed variant loads jQuery UI from a CDN).

    modeltranslation makes the default language's copy of a required field required;
    Xiehui asks instead for at least one language (``required_translations``, checked in
    the model's ``clean()``), so that an article written only in Chinese can be saved.
    """

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        original = getattr(db_field, "translated_field", None)
        required = getattr(self.model, "required_translations", ())
        if field is not None and original is not None and original.name in required:
            field.required = False
        return field


class PublishingAdminMixin:
    """Publish and unpublish as bulk actions (through save(), so each change is
    announced), and a column saying whether visitors see the item."""

    actions = ["publish_selected", "unpublish_selected"]

    @admin.display(description=_("on the site"))
    def visibility(self, obj) -> str:
        if obj.is_public:
            return _("Visible")
        if obj.is_scheduled:
            return _("Scheduled")
        return _("Hidden")

    @admin.action(description=_("Publish selected %(verbose_name_plural)s"), permissions=["change"])
    def publish_selected(self, request: HttpRequest, queryset) -> None:
        count = publish(queryset)
        self.message_user(
            request,
            _("%(count)d %(items)s published.")
            % {"count": count, "items": model_ngettext(queryset, count)},
        )

    @admin.action(
        description=_("Unpublish selected %(verbose_name_plural)s (back to draft)"),
        permissions=["change"],
    )
    def unpublish_selected(self, request: HttpRequest, queryset) -> None:
        count = unpublish(queryset)
        self.message_user(
            request,
            _("%(count)d %(items)s back to draft.")
            % {"count": count, "items": model_ngettext(queryset, count)},
        )
