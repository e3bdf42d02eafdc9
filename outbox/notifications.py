"""Emails to the association's staff about what visitors sent.

Who receives them is the site app's business (its settings name an address); it registers
a provider with ``set_recipients_provider`` when it starts. Without one, the MANAGERS
setting is used.

What a visitor typed is quoted in the body, each line behind "> ", so that no line of
theirs can pass for one of ours (a forged "Bcc:" or "Reply to:" line, say), and single
lines are folded so they cannot break the subject or a header.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db import models
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from core.text import clean_single_line

from .models import Email
from .services import queue_email

logger = logging.getLogger(__name__)

_recipients_provider: Callable[[], list[str]] | None = None


def set_recipients_provider(provider: Callable[[], list[str]] | None) -> None:
    global _recipients_provider  # one provider per process, set at start-up
    _recipients_provider = provider


def staff_recipients() -> list[str]:
    if _recipients_provider is not None and (addresses := _recipients_provider()):
        return addresses
    return [email for _name, email in settings.MANAGERS]


def quote(text: str) -> str:
    """``text`` with every line behind "> ", as email clients quote."""
    return "\n".join(f"> {line}" if line else ">" for line in (text or "").splitlines())


def notify_staff(
    *,
    subject: str,
    subject_params: dict[str, str],
    template: str,
    context: dict,
    reply_to: str = "",
    about: models.Model | None = None,
) -> Email | None:
    """Queue an email to staff (the task worker sends it); None when no one is set to get it.

    Callers store what the visitor sent before calling this, so a failure loses nothing,
    and nobody waits for the mail server. Staff read the whole email, subject included, in
    the site's default language; replying goes to the visitor.
    """
    recipients = staff_recipients()
    if not recipients:
        logger.warning("No staff email address is set; not sending %r", subject)
        return None
    one_line = {key: clean_single_line(str(value)) for key, value in subject_params.items()}
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext(subject) % one_line
        body = render_to_string(template, context)
    return queue_email(subject=subject, body=body, to=recipients, reply_to=reply_to, about=about)
