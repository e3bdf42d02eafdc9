"""The Contact Us inbox: receiving a message, and the states staff give it."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext_noop

from outbox.notifications import notify_staff, quote

from .models import ContactMessage


def receive_contact_message(*, data: dict, language: str) -> ContactMessage:
    """Store a contact message, then queue an email to staff (``notified`` turns true once
    it has gone out: ``record_delivery``). The row exists before any email is tried."""
    message = ContactMessage.objects.create(language=language, **data)
    notify_staff(
        subject=gettext_noop("Contact message: %(subject)s"),
        subject_params={"subject": message.subject},
        template="contact/email/contact_message.txt",
        context={"message": message, "quoted_message": quote(message.message)},
        reply_to=message.email,
        about=message,
    )
    return message


def record_delivery(sender, *, email, **kwargs) -> None:
    """``outbox.signals.delivered`` receiver: the staff email about a message went out."""
    if email.about_type_id and email.about_type.model_class() is ContactMessage:
        ContactMessage.objects.filter(pk=email.about_id).update(notified=True)


def mark(messages: Iterable[ContactMessage], **states: bool) -> int:
    """Set ``is_read`` and/or ``is_handled`` on each message; return how many changed."""
    count = 0
    with transaction.atomic():
        for message in messages:
            changed = [name for name, value in states.items() if getattr(message, name) != value]
            if changed:
                for name in changed:
                    setattr(message, name, states[name])
                message.save(update_fields=changed)
                count += 1
    return count
