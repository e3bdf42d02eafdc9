from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ContactMessageQuerySet(models.QuerySet):
    def unread(self) -> ContactMessageQuerySet:
        return self.filter(is_read=False)


class ContactMessage(models.Model):
    """A message sent with the Contact Us form. It is stored before any email is sent."""

    # A person's name (姓名), not a thing's (名称): the context keeps the two apart.
    name = models.CharField(pgettext_lazy("a person's name", "name"), max_length=100)
    company = models.CharField(_("company"), max_length=200, blank=True)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=10, blank=True, editable=False)
    is_read = models.BooleanField(_("read"), default=False)
    is_handled = models.BooleanField(_("handled"), default=False)
    notified = models.BooleanField(
        _("email sent"),
        default=False,
        help_text=_("Whether the notification email to staff went out."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self) -> str:
        return self.subject
