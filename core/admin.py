"""The admin base every app's admin builds on."""

from __future__ import annotations

import copy

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import flatten, model_ngettext, unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from modeltranslation.utils import build_localized_fieldname
from reversion.models import Version

from . import revisions
from .forms import text_form_class
from .languages import counts_characters, language_codes, switch_label
from .models import Redirect
from .publishing import Status, publish, unpublish
from .richtext import RichTextWidget, sanitize_rich_text
from .text import validate_no_control_characters


class CleanTextAdminMixin:
    """Free text typed in the admin is normalised as in the public forms (core.text), an
    email or web address may hold no control character, and a web address typed without a
    scheme is taken as https (Django 6's default)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs.setdefault("assume_scheme", "https")
        if isinstance(db_field, models.EmailField | models.URLField):
            kwargs.setdefault("validators", [validate_no_control_characters])
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
        mentioned = {name for _title, options in fieldsets for name in flatten(options["fields"])}
        if obj is not None and OPENED_AS not in mentioned:
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
    """Every language's version of a field side by side on wide screens (stacked on narrow
    ones), labelled with the language's own name ("Title · English", "标题 · 中文"), with a
    count under each: words for languages written with spaces, characters for Chinese.
    The form says which texts are still missing in which language. No external assets
    (modeltranslation's tabbed variant loads jQuery UI from a CDN).

    modeltranslation makes the default language's copy of a required field required;
    Xiehui asks instead for at least one language (``required_translations``, checked in
    the model's ``clean()``), so that an article written only in Chinese can be saved.
    """

    change_form_template = "admin/bilingual/change_form.html"

    class Media:
        css = {"all": ["css/admin.css"]}
        js = ["js/admin-editor.js"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        original = getattr(db_field, "translated_field", None)
        if field is None or original is None:
            return field
        if original.name in getattr(self.model, "required_translations", ()):
            field.required = False
        language = db_field.language
        field.label = f"{capfirst(original.verbose_name)} · {switch_label(language)}"
        unit = "characters" if counts_characters(language) else "words"
        if isinstance(field.widget, RichTextWidget):
            field.widget.config = {
                **copy.deepcopy(field.widget.config),
                "wordCount": {
                    "displayWords": unit == "words",
                    "displayCharacters": unit != "words",
                },
            }
        else:
            # The count's wording, in the editor's language; {n} is the number.
            wording = _("Words: {n}") if unit == "words" else _("Characters: {n}")
            field.widget.attrs |= {
                "data-count": unit,
                "data-count-format": wording,
                "lang": language,
            }
        return field

    def get_fieldsets(self, request: HttpRequest, obj=None):
        """Each translated field's languages on one line, so they stand side by side."""
        translated = self.trans_opts.fields if getattr(self, "trans_opts", None) else ()
        siblings = {
            build_localized_fieldname(name, code): name
            for name in translated
            for code in language_codes()
        }
        grouped = []
        for title, options in super().get_fieldsets(request, obj):
            fields: list = []
            for name in options["fields"]:
                original = siblings.get(name) if isinstance(name, str) else None
                previous = fields[-1] if fields else None
                if (
                    original
                    and isinstance(previous, tuple)
                    and siblings.get(previous[0]) == original
                ):
                    fields[-1] = (*previous, name)
                else:
                    fields.append((name,) if original else name)
            grouped.append((title, {**options, "fields": fields}))
        return grouped

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["missing_translations"] = self._missing_translations(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _missing_translations(self, obj) -> list[tuple[str, list[str]]]:
        """(language, [fields]) for each language some checked text is missing in."""
        if obj is None or not hasattr(obj, "missing_languages"):
            return []
        checked = obj.translation_check_fields or obj.required_translations
        missing = []
        for code in obj.missing_languages():
            fields = [
                str(capfirst(obj._meta.get_field(name).verbose_name))
                for name in checked
                if not obj.translation(name, code)
            ]
            missing.append((switch_label(code), fields))
        return missing


# The buttons of a publishable item's form, by the name they post.
SAVE_DRAFT, PUBLISH_NOW, SCHEDULE, UNPUBLISH = (
    "_save_draft",
    "_publish_now",
    "_schedule",
    "_unpublish",
)
PUBLISHING_BUTTONS = (SAVE_DRAFT, PUBLISH_NOW, SCHEDULE, UNPUBLISH)


def publishing_action(request: HttpRequest) -> str | None:
    return next((name for name in PUBLISHING_BUTTONS if name in request.POST), None)


class PublishingAdminMixin:
    """Explicit publishing for anything Publishable: Save draft, Publish now, Schedule (at
    the publish time, in the site's time zone), Unpublish, and Preview in each language
    (the page as visitors will see it, unsaved, in a new tab). The status is never picked
    from a list; lists show it as Draft, Scheduled (with when) or Published. Bulk publish
    and unpublish go through save(), so each change is announced.

    The admin using this provides ``preview_response(request, obj, form)``.
    """

    actions = ["publish_selected", "unpublish_selected"]

    def get_readonly_fields(self, request: HttpRequest, obj=None):
        return [*super().get_readonly_fields(request, obj), "status", "publication"]

    def get_fieldsets(self, request: HttpRequest, obj=None):
        fieldsets = []
        for title, options in super().get_fieldsets(request, obj):
            fields = ["publication" if name == "status" else name for name in options["fields"]]
            fieldsets.append((title, {**options, "fields": fields}))
        return fieldsets

    def get_form(self, request: HttpRequest, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (PublishingForm, form), {"action": publishing_action(request)})

    def save_model(self, request: HttpRequest, obj, form, change: bool) -> None:
        action = publishing_action(request)
        if action in (SAVE_DRAFT, UNPUBLISH):
            obj.status = Status.DRAFT
        elif action == PUBLISH_NOW:
            obj.status, obj.publish_at = Status.PUBLISHED, timezone.now()
        elif action == SCHEDULE:
            obj.status = Status.PUBLISHED
        super().save_model(request, obj, form, change)

    def response_add(self, request: HttpRequest, obj, post_url_continue=None):
        return super().response_add(self._stay_on_draft(request), obj, post_url_continue)

    def response_change(self, request: HttpRequest, obj):
        return super().response_change(self._stay_on_draft(request), obj)

    def _stay_on_draft(self, request: HttpRequest) -> HttpRequest:
        """A saved draft stays open in the form, to write on or preview, as editors expect."""
        if SAVE_DRAFT in request.POST:
            request.POST = request.POST.copy()
            request.POST["_continue"] = "1"
        return request

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        opts = self.model._meta
        preview = reverse(
            f"admin:{opts.app_label}_{opts.model_name}_preview",
            args=[obj.pk if obj else "add"],
        )
        context["publishing"] = {
            "state": obj and publication_state(obj),
            "stage": (
                "new"
                if obj is None
                else "scheduled"
                if obj.is_scheduled
                else "published"
                if obj.is_public
                else "draft"
            ),
            "previews": [
                (code, switch_label(code), f"{preview}?language={code}")
                for code in language_codes()
            ],
            "zone": timezone.get_current_timezone_name(),
        }
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name=f"{opts.app_label}_{opts.model_name}_preview",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request: HttpRequest, object_id):
        """The form as it stands, shown as visitors will see it, without saving anything."""
        obj = None if object_id == "add" else self.get_object(request, unquote(object_id))
        allowed = (
            self.has_add_permission(request)
            if obj is None
            else self.has_change_permission(request, obj)
        )
        if request.method != "POST" or not allowed or (object_id != "add" and obj is None):
            raise PermissionDenied
        form = self.get_form(request, obj, change=obj is not None)(
            request.POST, request.FILES, instance=obj
        )
        if not form.is_valid():
            context = self._preview_errors_context(request, form)
            return TemplateResponse(request, "admin/publishing/preview_errors.html", context)
        language = request.GET.get("language")
        language = language if language in language_codes() else get_language()
        item = form.save(commit=False)
        sanitize_rich_text(item)  # saving would; the preview shows what would be stored
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.preview_response(request, item, form)
            response.render()
        response["X-Robots-Tag"] = "noindex"
        return response

    def _preview_errors_context(self, request, form) -> dict:
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Nothing to preview yet"),
            "errors": form.errors,
        }

    @admin.display(description=_("on the site"))
    def publication(self, obj) -> str:
        return publication_badge(obj)

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


class PublishingForm(forms.ModelForm):
    action = None

    def clean(self):
        """A time in the past does not schedule; and a plain save never publishes or hides
        an item just because its time moved past now: that is what the buttons are for."""
        cleaned = super().clean()
        when, now = cleaned.get("publish_at"), timezone.now()
        if when is None:
            return cleaned
        if self.action == SCHEDULE and when <= now:
            self.add_error(
                "publish_at",
                _("To schedule, choose a time in the future; or publish now."),
            )
        item = self.instance
        if self.action is None and item.pk and item.status == Status.PUBLISHED:
            if item.publish_at > now >= when:
                self.add_error(
                    "publish_at",
                    _(
                        "That time has passed: saving would put it on the site now. Press "
                        "Publish now for that, or choose a later time."
                    ),
                )
            elif item.publish_at <= now < when:
                self.add_error(
                    "publish_at",
                    _(
                        "It is on the site now: a later time would take it off until then. "
                        "Unpublish it first, then schedule it."
                    ),
                )
        return cleaned


def publication_state(obj) -> str:
    if obj.is_scheduled:
        when = date_format(localtime(obj.publish_at), "DATETIME_FORMAT")
        return _("Scheduled for %(time)s") % {"time": when}
    if obj.is_public:
        when = date_format(localtime(obj.publish_at), "DATETIME_FORMAT")
        return _("Published %(time)s") % {"time": when}
    return _("Draft")


def publication_badge(obj) -> str:
    kind = "scheduled" if obj.is_scheduled else "published" if obj.is_public else "draft"
    return format_html('<span class="badge badge--{}">{}</span>', kind, publication_state(obj))


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
            try:
                revisions.restore(version)
            except revisions.RestoreError as error:
                self.message_user(request, str(error), level=messages.ERROR)
                return HttpResponseRedirect(self._url("history", obj.pk))
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
        try:
            obj = revisions.restore(version)
        except revisions.RestoreError as error:
            self.message_user(request, str(error), level=messages.ERROR)
            return HttpResponseRedirect(self._url("trash"))
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


@admin.register(Redirect)
class RedirectAdmin(CleanTextAdmin):
    """Old addresses and where they lead now (core.redirects): made by imports, and open
    to staff for addresses of their own."""

    list_display = ["old_path", "destination", "note", "updated_at"]
    search_fields = ["old_path", "new_path", "note"]
    list_per_page = 100
    fields = ["old_path", "new_path", "note"]

    @admin.display(description=_("new address"), ordering="new_path")
    def destination(self, redirect: Redirect) -> str:
        return format_html('<a href="{}">{}</a>', redirect.new_path, redirect.new_path)
