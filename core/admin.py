"""The admin base every app's admin builds on."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import model_ngettext, unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin
from reversion.models import Version

from . import revisions
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


class ConflictGuardAdminMixin:
    """Two people editing the same item: the second to save is told that someone else
    saved it since the form was opened, instead of silently overwriting their change.

    The form carries a fingerprint of the item as it was when opened; saving compares it
    with the item as it is now. The second editor's form comes back with what they typed,
    a link to the history, and nothing overwritten.
    """

    form = None  # set below: ConflictGuardForm

    def get_form(self, request: HttpRequest, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.history_url = staticmethod(self._history_url)
        return form

    def get_fieldsets(self, request: HttpRequest, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None:
            name, options = fieldsets[0]
            fieldsets[0] = (name, {**options, "fields": [*options["fields"], OPENED_AS]})
        return fieldsets

    def _history_url(self, obj) -> str:
        opts = obj._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])


OPENED_AS = "opened_as"


class ConflictGuardForm(forms.ModelForm):
    opened_as = forms.CharField(widget=forms.HiddenInput, required=False)
    history_url = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.fields[OPENED_AS].initial = revisions.fingerprint(self.instance)

    def clean(self):
        cleaned = super().clean()
        opened_as = cleaned.get(OPENED_AS)
        if self.instance.pk and opened_as:
            current = type(self.instance)._default_manager.filter(pk=self.instance.pk).first()
            if current is not None and revisions.fingerprint(current) != opened_as:
                raise forms.ValidationError(
                    format_html(
                        _(
                            "Someone else saved this {} after you opened it. Saving now would "
                            'overwrite their changes: see what they changed in the <a href="{}">'
                            "history</a>, reload this page, and make your changes again. What "
                            "you typed is still below."
                        ),
                        self.instance._meta.verbose_name,
                        type(self).history_url(self.instance),
                    ),
                    code="edit_conflict",
                )
        return cleaned


ConflictGuardAdminMixin.form = ConflictGuardForm


class BilingualAdmin(ConflictGuardAdminMixin, CleanTextAdminMixin, TranslationAdmin):
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


class RevisionsAdminMixin:
    """History with compare and restore, and a trash, for models kept by core.revisions.

    - History (the admin's own History button): every version with who and when; pick two
      to compare, or restore one (needs the right to change the item).
    - Trash (a button on the list): deleted items, each restorable by those who may add
      such items; emptying it needs the right to delete stored versions (Site managers).
    """

    change_list_template = "admin/revisions/change_list.html"
    delete_confirmation_template = "admin/revisions/delete_confirmation.html"
    delete_selected_confirmation_template = "admin/revisions/delete_selected_confirmation.html"

    def get_urls(self):
        opts = self.model._meta
        name = f"{opts.app_label}_{opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path("trash/", wrap(self.trash_view), name=f"{name}_trash"),
            path(
                "trash/<int:version_id>/restore/",
                wrap(self.restore_deleted_view),
                name=f"{name}_restore_deleted",
            ),
            path("trash/empty/", wrap(self.empty_trash_view), name=f"{name}_empty_trash"),
            path(
                "<path:object_id>/history/compare/",
                wrap(self.compare_view),
                name=f"{name}_compare",
            ),
            path(
                "<path:object_id>/history/<int:version_id>/restore/",
                wrap(self.restore_view),
                name=f"{name}_restore",
            ),
            *super().get_urls(),
        ]

    def _context(self, request: HttpRequest, **extra) -> dict:
        return {**self.admin_site.each_context(request), "opts": self.model._meta, **extra}

    def _versions(self, obj):
        return Version.objects.get_for_object(obj).select_related("revision__user")

    def history_view(self, request: HttpRequest, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        versions = list(self._versions(obj))
        context = self._context(
            request,
            title=_("History of %(item)s") % {"item": obj},
            original=obj,
            versions=versions,
            can_restore=self.has_change_permission(request, obj),
        )
        return TemplateResponse(request, "admin/revisions/history.html", context)

    def compare_view(self, request: HttpRequest, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        versions = self._versions(obj)
        try:
            picked = sorted(
                (versions.get(pk=int(pk)) for pk in request.GET.getlist("version")[:2]),
                key=lambda version: version.revision.date_created,
            )
        except (ValueError, Version.DoesNotExist):
            picked = []
        if len(picked) != 2:
            messages.warning(request, _("Choose two versions to compare."))
            return HttpResponseRedirect(self._url("history", obj.pk))
        older, newer = picked
        context = self._context(
            request,
            title=_("Changes to %(item)s") % {"item": obj},
            original=obj,
            older=older,
            newer=newer,
            changes=revisions.compare(older, newer),
            can_restore=self.has_change_permission(request, obj),
        )
        return TemplateResponse(request, "admin/revisions/compare.html", context)

    def restore_view(self, request: HttpRequest, object_id, version_id: int):
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_change_permission(request, obj):
            raise PermissionDenied
        version = get_object_or_404(self._versions(obj), pk=version_id)
        if request.method == "POST":
            revisions.restore(version)
            self.message_user(
                request,
                _("Restored the version of %(date)s.")
                % {
                    "date": date_format(localtime(version.revision.date_created), "DATETIME_FORMAT")
                },
            )
            return HttpResponseRedirect(self._url("change", obj.pk))
        current = self._versions(obj).first()
        context = self._context(
            request,
            title=_("Restore this version?"),
            original=obj,
            version=version,
            changes=revisions.compare(current, version) if current else [],
        )
        return TemplateResponse(request, "admin/revisions/restore.html", context)

    def trash_view(self, request: HttpRequest):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        context = self._context(
            request,
            title=_("Trash: deleted %(items)s") % {"items": self.model._meta.verbose_name_plural},
            deleted=revisions.trash(self.model),
            can_restore=self.has_add_permission(request),
            can_empty=request.user.has_perm("reversion.delete_version"),
        )
        return TemplateResponse(request, "admin/revisions/trash.html", context)

    def restore_deleted_view(self, request: HttpRequest, version_id: int):
        if request.method != "POST" or not self.has_add_permission(request):
            raise PermissionDenied
        version = next((v for v in revisions.trash(self.model) if v.pk == version_id), None)
        if version is None:
            raise Http404
        obj = revisions.restore(version)
        self.message_user(
            request,
            format_html(
                _('Restored <a href="{}">{}</a> from the trash.'), self._url("change", obj.pk), obj
            ),
        )
        return HttpResponseRedirect(self._url("trash"))

    def empty_trash_view(self, request: HttpRequest):
        if request.method != "POST" or not request.user.has_perm("reversion.delete_version"):
            raise PermissionDenied
        deleted = revisions.trash(self.model)
        for version in deleted:
            Version.objects.get_for_object_reference(self.model, version.object_id).delete()
        self.message_user(
            request,
            ngettext(
                "%(count)d deleted item was removed for good.",
                "%(count)d deleted items were removed for good.",
                len(deleted),
            )
            % {"count": len(deleted)},
        )
        return HttpResponseRedirect(self._url("trash"))

    def _url(self, view: str, *args) -> str:
        opts = self.model._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)
