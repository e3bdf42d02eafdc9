"""Queueing emails and delivering them (``deliver`` runs in the task worker)."""

from __future__ import annotations

import datetime
import logging
import smtplib
from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.core.mail import BadHeaderError, EmailMessage
from django.db import models
from django.utils import timezone

from .models import Email
from .signals import delivered

logger = logging.getLogger(__name__)

# When to try again after the 1st, 2nd, ... failure (seconds); after the last, the email is
# marked as failed and waits for staff ("Send again" in the admin).
RETRY_DELAYS = (60, 5 * 60, 30 * 60, 2 * 60 * 60)


def queue_email(
    *,
    subject: str,
    body: str,
    to: Iterable[str],
    reply_to: str = "",
    about: models.Model | None = None,
) -> Email:
    """Store an email and queue its delivery.

    The database queue is written in the same transaction as the email: if it rolls back,
    neither is left, and the worker sees neither before it commits."""
    email = Email.objects.create(
        subject=subject,
        body=body,
        to=list(to),
        reply_to=reply_to,
        about_type=ContentType.objects.get_for_model(about) if about is not None else None,
        about_id=str(about.pk) if about is not None else "",
    )
    _enqueue(email.pk)
    return email


def send_again(emails: Iterable[Email]) -> int:
    """Queue failed emails once more (the admin's action); return how many."""
    count = 0
    for email in emails:
        if email.status == Email.Status.FAILED:
            Email.objects.filter(pk=email.pk).update(status=Email.Status.QUEUED, attempts=0)
            _enqueue(email.pk)
            count += 1
    return count


def deliver(email_id: int) -> str:
    """Send one queued email; on failure, queue the next try or mark it failed. Returns the
    email's status afterwards."""
    # Claim it: only one worker sends a given email, however often it was queued.
    claimed = Email.objects.filter(pk=email_id, status=Email.Status.QUEUED).update(
        status=Email.Status.SENDING
    )
    email = Email.objects.filter(pk=email_id).first()
    if email is None:
        return "missing"
    if not claimed:
        return email.status
    message = EmailMessage(
        email.subject,
        email.body,
        to=email.to,
        reply_to=[email.reply_to] if email.reply_to else None,
    )
    email.attempts += 1
    try:
        message.send()
    except (OSError, smtplib.SMTPException, BadHeaderError) as error:
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        retry = email.attempts <= len(RETRY_DELAYS) and _can_defer()
        email.status = Email.Status.QUEUED if retry else Email.Status.FAILED
        email.save(update_fields=["attempts", "last_error", "status"])
        logger.warning(
            "Email %s not sent (attempt %s): %s", email.pk, email.attempts, email.last_error
        )
        if retry:
            delay = datetime.timedelta(seconds=RETRY_DELAYS[email.attempts - 1])
            _enqueue(email.pk, run_after=timezone.now() + delay)
        return email.status
    email.status = Email.Status.SENT
    email.sent_at = timezone.now()
    email.last_error = ""
    email.save(update_fields=["attempts", "last_error", "status", "sent_at"])
    delivered.send(sender=Email, email=email)
    return email.status


def _can_defer() -> bool:
    from .tasks import deliver_email

    return deliver_email.get_backend().supports_defer


def _enqueue(email_id: int, *, run_after: datetime.datetime | None = None) -> None:
    from .tasks import deliver_email

    task = deliver_email.using(run_after=run_after) if run_after else deliver_email
    task.enqueue(email_id)
