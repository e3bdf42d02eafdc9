from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Email
from .services import send_again


@admin.register(Email)
class EmailAdmin(admin.ModelAdmin):
    """What the site sent, what waits, and what failed (with why), read-only: an email is a
    record. Failed ones can be sent again."""

    list_display = ["subject", "status", "recipients", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["subject", "body"]
    date_hierarchy = "created_at"
    actions = ["send_again"]
    fields = [
        "subject",
        "status",
        "recipients",
        "reply_to",
        "attempts",
        "last_error",
        "created_at",
        "sent_at",
        "about",
        "body",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("to"))
    def recipients(self, email: Email) -> str:
        return ", ".join(email.to)

    @admin.display(description=_("about"))
    def about(self, email: Email) -> str:
        return str(email.about) if email.about_type_id else "-"

    @admin.action(description=_("Send the selected failed emails again"), permissions=["view"])
    def send_again(self, request, queryset):
        count = send_again(queryset)
        self.message_user(
            request,
            ngettext("%(count)d email queued again.", "%(count)d emails queued again.", count)
            % {"count": count},
            messages.SUCCESS if count else messages.WARNING,
        )
