from django.contrib import admin
from django.db import models
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from .models import ContactPhone, MemberCompany, Page, SiteSettings, Status


class BilingualAdmin(TranslationAdmin):
    """Both languages' fields side by side, labelled [en] and [zh-hans], with no external
    assets (modeltranslation's tabbed variant loads jQuery UI from a CDN).

    modeltranslation makes the English copy of a required field required; Xiehui asks
    instead for at least one language (``required_translations`` checked in the model's
    ``clean()``), so that an article written only in Chinese can be saved.
    """

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        original = getattr(db_field, "translated_field", None)
        required = getattr(self.model, "required_translations", ())
        if field is not None and original is not None and original.name in required:
            field.required = False
        return field


# Django 6 will assume https for URLs typed without a scheme; do so already.
URL_FIELD_OVERRIDES = {models.URLField: {"assume_scheme": "https"}}


class ContactPhoneInline(TranslationTabularInline):
    model = ContactPhone
    extra = 0
    fields = ["number", "label", "order"]


@admin.register(SiteSettings)
class SiteSettingsAdmin(BilingualAdmin):
    """One page for the one settings row: no list, no add, no delete."""

    inlines = [ContactPhoneInline]
    formfield_overrides = URL_FIELD_OVERRIDES
    fieldsets = [
        (None, {"fields": ["site_name", "tagline"]}),
        (_("Contact"), {"fields": ["email", "address", "working_hours"]}),
        (
            _("Footer"),
            {"fields": ["copyright", "powered_by", "powered_by_url", "icp_number", "icp_url"]},
        ),
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def changelist_view(self, request: HttpRequest, extra_context=None):
        site_settings = SiteSettings.load()
        return HttpResponseRedirect(
            reverse("admin:association_sitesettings_change", args=[site_settings.pk])
        )


@admin.register(MemberCompany)
class MemberCompanyAdmin(BilingualAdmin):
    list_display = ["logo_thumbnail", "name", "website", "featured", "is_active"]
    formfield_overrides = URL_FIELD_OVERRIDES
    list_display_links = ["logo_thumbnail", "name"]
    list_filter = ["featured", "is_active"]
    list_editable = ["featured", "is_active"]
    search_fields = ["name_en", "name_zh_hans", "short_description_en", "short_description_zh_hans"]
    prepopulated_fields = {"slug": ["name"]}
    actions = ["make_active", "make_inactive"]

    @admin.display(description=_("logo"))
    def logo_thumbnail(self, obj: MemberCompany) -> str:
        if not obj.logo:
            return "–"
        return format_html(
            '<img src="{}" alt="" style="max-height:32px;max-width:96px">', obj.logo.url
        )

    @admin.action(description=_("Mark selected companies as active"))
    def make_active(self, request: HttpRequest, queryset) -> None:
        count = queryset.update(is_active=True)
        self.message_user(
            request,
            ngettext(
                "%(count)d company is now active.",
                "%(count)d companies are now active.",
                count,
            )
            % {"count": count},
        )

    @admin.action(description=_("Mark selected companies as inactive"))
    def make_inactive(self, request: HttpRequest, queryset) -> None:
        count = queryset.update(is_active=False)
        self.message_user(
            request,
            ngettext(
                "%(count)d company is now inactive.",
                "%(count)d companies are now inactive.",
                count,
            )
            % {"count": count},
        )


@admin.register(Page)
class PageAdmin(BilingualAdmin):
    list_display = [
        "title",
        "slug",
        "kind",
        "status",
        "show_in_header",
        "show_in_footer",
        "order",
        "updated_at",
    ]
    list_filter = ["status", "kind", "show_in_header", "show_in_footer"]
    list_editable = ["order"]
    search_fields = ["title_en", "title_zh_hans", "body_en", "body_zh_hans", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "body"]}),
        (_("Publishing"), {"fields": ["status", "show_in_header", "show_in_footer", "order"]}),
        (_("Search engines"), {"fields": ["seo_description"], "classes": ["collapse"]}),
    ]

    def get_readonly_fields(self, request: HttpRequest, obj=None):
        # A published page's address is linked from elsewhere: keep it stable.
        if obj is not None and obj.status == Status.PUBLISHED:
            return ["slug"]
        return []

    def get_prepopulated_fields(self, request: HttpRequest, obj=None):
        return (
            {} if obj is not None and obj.status == Status.PUBLISHED else self.prepopulated_fields
        )
