from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from .models import (
    ApplicationDecision,
    ContactMessage,
    ContactPhone,
    IndustrySegment,
    MemberCompany,
    MembershipApplication,
    MembershipLevel,
    Page,
    Region,
    SiteSettings,
    Status,
)
from .services import (
    ApplicationAlreadyDecided,
    approve_application,
    reject_application,
)


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
            reverse("admin:association_sitesettings_change", args=[site_settings.pk])
        )


class VocabularyAdmin(BilingualAdmin):
    list_display = ["name", "slug", "order", "member_count"]
    list_editable = ["order"]
    search_fields = ["name_en", "name_zh_hans", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).with_member_counts()

    @admin.display(description=_("active members"), ordering="member_count")
    def member_count(self, obj) -> int:
        return obj.member_count


admin.site.register(MembershipLevel, VocabularyAdmin)
admin.site.register(IndustrySegment, VocabularyAdmin)
admin.site.register(Region, VocabularyAdmin)


@admin.register(MemberCompany)
class MemberCompanyAdmin(BilingualAdmin):
    list_display = [
        "logo_thumbnail",
        "name",
        "level",
        "region",
        "member_since",
        "featured",
        "is_active",
    ]
    list_display_links = ["logo_thumbnail", "name"]
    list_filter = ["level", "segments", "region", "featured", "is_active"]
    list_editable = ["featured", "is_active"]
    list_select_related = ["level", "region"]
    search_fields = [
        "name_en",
        "name_zh_hans",
        "short_description_en",
        "short_description_zh_hans",
        "slug",
        "city_en",
        "city_zh_hans",
    ]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["segments"]
    formfield_overrides = URL_FIELD_OVERRIDES
    actions = ["make_active", "make_inactive"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "name",
                    "slug",
                    "logo",
                    "level",
                    "segments",
                    "short_description",
                    "description",
                ]
            },
        ),
        (
            _("Contact and location"),
            {"fields": ["region", "city", "address", "website", "phone", "email"]},
        ),
        (_("Membership"), {"fields": ["founded_year", "member_since", "featured", "is_active"]}),
    ]

    @admin.display(description=_("logo"))
    def logo_thumbnail(self, obj: MemberCompany) -> str:
        if not obj.logo:
            return "–"
        return format_html('<img src="{}" alt="" height="32">', obj.logo_url)

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


class ApplicationDecisionInline(admin.TabularInline):
    model = ApplicationDecision
    extra = 0
    can_delete = False
    fields = ["status", "note", "decided_by", "decided_at"]
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(MembershipApplication)
class MembershipApplicationAdmin(admin.ModelAdmin):
    """Applications arrive from the public form; staff approve or reject them here."""

    change_form_template = "admin/association/membershipapplication/change_form.html"
    list_display = [
        "company_name",
        "contact_name",
        "requested_level",
        "region",
        "status",
        "created_at",
    ]
    list_filter = ["status", "requested_level", "region", "created_at"]
    list_select_related = ["requested_level", "region"]
    search_fields = [
        "company_name_zh_hans",
        "company_name_en",
        "contact_name",
        "contact_email",
        "contact_phone",
    ]
    date_hierarchy = "created_at"
    inlines = [ApplicationDecisionInline]
    actions = ["reject_selected"]
    fieldsets = [
        (
            _("Company"),
            {
                "fields": [
                    "company_name_zh_hans",
                    "company_name_en",
                    "website",
                    "region",
                    "city",
                    "address",
                    "founded_year",
                    "segment_list",
                    "requested_level",
                    "about",
                ]
            },
        ),
        (
            _("Contact"),
            {"fields": ["contact_name", "contact_email", "contact_phone", "message", "language"]},
        ),
        (_("Decision"), {"fields": ["status", "member_link", "created_at"]}),
    ]
    # Everything comes from the applicant: staff read it and decide, they do not edit it.
    readonly_fields = [name for _title, options in fieldsets for name in options["fields"]]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False  # every application and decision is kept

    @admin.display(description=_("company"), ordering="company_name_zh_hans")
    def company_name(self, obj: MembershipApplication) -> str:
        return obj.company_name

    @admin.display(description=_("industry segments"))
    def segment_list(self, obj: MembershipApplication) -> str:
        return ", ".join(str(segment) for segment in obj.segments.all()) or "–"

    @admin.display(description=_("member company"))
    def member_link(self, obj: MembershipApplication) -> str:
        if obj.member is None:
            return "–"
        url = reverse("admin:association_membercompany_change", args=[obj.member.pk])
        return format_html('<a href="{}">{}</a>', url, obj.member)

    def change_view(self, request: HttpRequest, object_id, form_url="", extra_context=None):
        decision = next((d for d in ("_approve", "_reject") if d in request.POST), None)
        if request.method == "POST" and decision:
            return self._decide(request, object_id, approve=decision == "_approve")
        return super().change_view(request, object_id, form_url, extra_context)

    def _decide(self, request: HttpRequest, object_id, *, approve: bool):
        application = self.get_object(request, object_id)
        if application is None or not self.has_change_permission(request, application):
            raise PermissionDenied
        note = request.POST.get("decision_note", "").strip()
        try:
            if approve:
                member = approve_application(application=application, by=request.user, note=note)
                url = reverse("admin:association_membercompany_change", args=[member.pk])
                self.message_user(
                    request,
                    format_html(
                        _('Approved: <a href="{}">{}</a> is now a member company.'), url, member
                    ),
                )
            else:
                reject_application(application=application, by=request.user, note=note)
                self.message_user(request, _("The application was rejected."))
        except ApplicationAlreadyDecided:
            self.message_user(
                request, _("This application has already been decided."), level=messages.WARNING
            )
        return HttpResponseRedirect(request.path)

    @admin.action(description=_("Reject selected pending applications"))
    def reject_selected(self, request: HttpRequest, queryset) -> None:
        count = 0
        for application in queryset.filter(status=MembershipApplication.Status.PENDING):
            reject_application(application=application, by=request.user)
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d application was rejected.",
                "%(count)d applications were rejected.",
                count,
            )
            % {"count": count},
        )


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    """The Contact Us inbox. Opening a message marks it read."""

    list_display = [
        "subject",
        "name",
        "company",
        "email",
        "created_at",
        "is_read",
        "is_handled",
        "notified",
    ]
    list_filter = ["is_read", "is_handled", "notified", "created_at"]
    search_fields = ["name", "company", "email", "phone", "subject", "message"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "name",
        "company",
        "email",
        "phone",
        "subject",
        "message",
        "language",
        "notified",
        "created_at",
    ]
    fields = [*readonly_fields, "is_read", "is_handled"]
    actions = ["mark_read", "mark_unread", "mark_handled"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def change_view(self, request: HttpRequest, object_id, form_url="", extra_context=None):
        if request.method == "GET":
            message = self.get_object(request, unquote(object_id))
            can_read = message is not None and self.has_view_or_change_permission(request, message)
            if can_read and not message.is_read:
                ContactMessage.objects.filter(pk=message.pk).update(is_read=True)
        return super().change_view(request, object_id, form_url, extra_context)

    def _mark(self, request: HttpRequest, queryset, **values) -> None:
        count = queryset.update(**values)
        self.message_user(
            request,
            ngettext(
                "%(count)d message was updated.",
                "%(count)d messages were updated.",
                count,
            )
            % {"count": count},
        )

    @admin.action(description=_("Mark selected messages as read"))
    def mark_read(self, request: HttpRequest, queryset) -> None:
        self._mark(request, queryset, is_read=True)

    @admin.action(description=_("Mark selected messages as unread"))
    def mark_unread(self, request: HttpRequest, queryset) -> None:
        self._mark(request, queryset, is_read=False)

    @admin.action(description=_("Mark selected messages as handled"))
    def mark_handled(self, request: HttpRequest, queryset) -> None:
        self._mark(request, queryset, is_read=True, is_handled=True)


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
