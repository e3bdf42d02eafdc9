"""Every email the site sends, kept until it has gone out (and after, as a record).

A request only stores the email and queues its delivery: the visitor never waits for the
mail server. The task worker sends it, tries again later when the server refuses or does
not answer, and after the last try leaves it marked as failed, where staff see it in the
admin and can send it again.
"""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class EmailQuerySet(models.QuerySet):
    def failed(self) -> EmailQuerySet:
        return self.filter(status=Email.Status.FAILED)

    def waiting(self) -> EmailQuerySet:
        return self.filter(status=Email.Status.QUEUED)


class Email(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to be sent")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("body"))
    to = models.JSONField(_("to"), default=list)
    reply_to = models.CharField(_("reply to"), max_length=254, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    # What the email is about (a contact message, an application), to link them in the admin.
    about_type = models.ForeignKey(
        ContentType, on_delete=models.SET_NULL, null=True, blank=True, editable=False
    )
    about_id = models.CharField(max_length=64, blank=True, editable=False)
    about = GenericForeignKey("about_type", "about_id")

    objects = EmailQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("email")
        verbose_name_plural = _("emails")
        indexes = [models.Index(fields=["about_type", "about_id"])]

    def __str__(self) -> str:
        return self.subject
