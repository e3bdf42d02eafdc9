from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin import BilingualAdmin, RevisionsAdminMixin
from core.languages import localized, localized_fields
from core.text import clean_multiline
from images.templatetags.pictures import picture_html

from .models import (
    ApplicationDecision,
    IndustrySegment,
    MemberCompany,
    MembershipApplication,
    MembershipLevel,
    Region,
)
from .services import (
    ApplicationAlreadyDecided,
    approve_application,
    reject_application,
    set_active,
)


class VocabularyAdmin(BilingualAdmin):
    list_display = ["name", "slug", "order", "member_count"]
    list_editable = ["order"]
    search_fields = [*localized_fields("name"), "slug"]
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
class MemberCompanyAdmin(RevisionsAdminMixin, BilingualAdmin):
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
    # Shown, not edited in the list: a form per row made the list cost 2 ms a row with
    # 2,000 members. The bulk actions activate and deactivate; featuring is on the form.
    list_per_page = 50
    list_select_related = ["level", "region", "logo"]
    autocomplete_fields = ["logo"]
    search_fields = [*localized_fields("name", "short_description", "city"), "slug"]
    show_full_result_count = False
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["segments"]
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
        return picture_html(obj.logo, "logo", alt="") if obj.logo else "–"

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).prefetch_related("logo__renditions")

    @admin.action(description=_("Mark selected companies as active"), permissions=["change"])
    def make_active(self, request: HttpRequest, queryset) -> None:
        count = set_active(queryset, active=True)
        self.message_user(
            request,
            ngettext(
                "%(count)d company is now active.",
                "%(count)d companies are now active.",
                count,
            )
            % {"count": count},
        )

    @admin.action(description=_("Mark selected companies as inactive"), permissions=["change"])
    def make_inactive(self, request: HttpRequest, queryset) -> None:
        count = set_active(queryset, active=False)
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

    change_form_template = "admin/members/membershipapplication/change_form.html"
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
    search_fields = [*localized("company_name"), "contact_name", "contact_email", "contact_phone"]
    show_full_result_count = False
    inlines = [ApplicationDecisionInline]
    actions = ["reject_selected"]
    fieldsets = [
        (
            _("Company"),
            {
                "fields": [
                    *localized("company_name"),
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

    @admin.display(description=_("company"), ordering="company_name")
    def company_name(self, obj: MembershipApplication) -> str:
        return obj.company_name or obj.text_in_any_language("company_name")

    @admin.display(description=_("industry segments"))
    def segment_list(self, obj: MembershipApplication) -> str:
        return ", ".join(str(segment) for segment in obj.segments.all()) or "–"

    @admin.display(description=_("member company"))
    def member_link(self, obj: MembershipApplication) -> str:
        if obj.member is None:
            return "–"
        url = reverse("admin:members_membercompany_change", args=[obj.member.pk])
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
        if approve and not request.user.has_perm("members.add_membercompany"):
            # Approving publishes a new member company on the site.
            raise PermissionDenied
        try:
            note = clean_multiline(request.POST.get("decision_note", ""))
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), level=messages.ERROR)
            return HttpResponseRedirect(request.path)
        try:
            if approve:
                member = approve_application(application=application, by=request.user, note=note)
                url = reverse("admin:members_membercompany_change", args=[member.pk])
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

    @admin.action(description=_("Reject selected pending applications"), permissions=["change"])
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
