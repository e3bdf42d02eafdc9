from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.http import HttpRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline

from contact.forms import ContactForm
from core.admin import (
    BilingualAdmin,
    CleanTextAdminMixin,
    PublishingAdminMixin,
    RevisionsAdminMixin,
)
from core.languages import localized_fields
from core.publishing import Status

from .models import ContactPhone, Page, SiteSettings


class ContactPhoneInline(CleanTextAdminMixin, TranslationTabularInline):
    model = ContactPhone
    extra = 0
    fields = ["number", "label", "order"]


@admin.register(SiteSettings)
class SiteSettingsAdmin(RevisionsAdminMixin, BilingualAdmin):
    """One page for the one settings row: no list, no add, no delete."""

    inlines = [ContactPhoneInline]
    autocomplete_fields = ["logo", "favicon", "touch_icon"]
    fieldsets = [
        (None, {"fields": ["site_name", "tagline"]}),
        (_("Look"), {"fields": ["logo", "brand_colour", "favicon", "touch_icon"]}),
        (_("Contact"), {"fields": ["email", "notify_email", "address", "working_hours"]}),
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
            reverse("admin:pages_sitesettings_change", args=[site_settings.pk])
        )


@admin.register(Page)
class PageAdmin(RevisionsAdminMixin, PublishingAdminMixin, BilingualAdmin):
    list_display = [
        "title",
        "slug",
        "kind",
        "publication",
        "show_in_header",
        "show_in_footer",
        "order",
        "updated_at",
    ]
    list_filter = ["status", "kind", "show_in_header", "show_in_footer"]
    list_editable = ["order"]
    search_fields = [*localized_fields("title", "body"), "slug"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "body"]}),
        (
            _("Publishing"),
            {"fields": ["status", "publish_at", "show_in_header", "show_in_footer", "order"]},
        ),
        (_("Search engines"), {"fields": ["seo_description"], "classes": ["collapse"]}),
    ]

    def get_readonly_fields(self, request: HttpRequest, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        # A published page's address is linked from elsewhere: keep it stable.
        if obj is not None and obj.status == Status.PUBLISHED:
            fields.append("slug")
        return fields

    def preview_response(self, request: HttpRequest, page: Page, form) -> TemplateResponse:
        context = {"page": page, "object": page, "preview": True}
        if page.kind == Page.Kind.CONTACT:
            context["contact_form"] = ContactForm()
        return TemplateResponse(request, "pages/page_detail.html", context)

    def get_prepopulated_fields(self, request: HttpRequest, obj=None):
        return (
            {} if obj is not None and obj.status == Status.PUBLISHED else self.prepopulated_fields
        )


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    """Users and their roles (groups). Superuser powers stay with superusers: anyone else
    who may manage users (a Site manager) can neither grant them, to others or to
    themselves, nor change or delete a superuser's account."""

    list_display = ["username", "email", "first_name", "last_name", "role_list", "is_active"]
    list_filter = ["groups", "is_staff", "is_active"]

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description=_("roles"))
    def role_list(self, user) -> str:
        return ", ".join(group.name for group in user.groups.all()) or "–"

    def get_readonly_fields(self, request: HttpRequest, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields.append("is_superuser")
        return fields

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)
