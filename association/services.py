"""Writes with side effects beyond a single model's save."""

from __future__ import annotations

import logging
import smtplib
import uuid
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import BadHeaderError, EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop
from modeltranslation.utils import build_localized_fieldname

from .images import ALLOWED_FORMATS, validate_image
from .models import (
    ApplicationDecision,
    ContactMessage,
    MemberCompany,
    MembershipApplication,
    SiteSettings,
)

if TYPE_CHECKING:
    from .forms import MembershipApplicationForm

logger = logging.getLogger(__name__)


def store_richtext_image(upload: UploadedFile) -> str:
    """Validate an image pasted into the editor, store it, and return its public URL.

    The stored name is new and random (``uploads/2026/11/3f2a….png``): the visitor-supplied
    name is never used as a path, and the extension follows
    the image's real format.
    """
    extension = ALLOWED_FORMATS[validate_image(upload)]
    name = f"uploads/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{extension}"
    return default_storage.url(default_storage.save(name, upload))


# --- Notifications -------------------------------------------------------------------------


def staff_recipients() -> list[str]:
    """Where staff notifications go: the settings' notification email, else its contact
    email, else the MANAGERS setting."""
    site_settings = SiteSettings.load()
    address = site_settings.notify_email or site_settings.email
    if address:
        return [address]
    return [email for _name, email in settings.MANAGERS]


def notify_staff(
    *,
    subject: str,
    subject_params: dict[str, str],
    template: str,
    context: dict,
    reply_to: str = "",
) -> bool:
    """Email staff; return False instead of raising when the mail cannot be sent.

    Callers store what the visitor sent before calling this, so a failure loses nothing.
    Staff read the whole email, subject included, in the site's default language; replying
    goes to the visitor. Visitor text in the subject is folded onto one line.
    """
    recipients = staff_recipients()
    if not recipients:
        logger.warning("No staff email address is set; not sending %r", subject)
        return False
    one_line = {key: " ".join(str(value).split()) for key, value in subject_params.items()}
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext(subject) % one_line
        body = render_to_string(template, context)
    email = EmailMessage(subject, body, to=recipients, reply_to=[reply_to] if reply_to else None)
    try:
        email.send()
    except (OSError, smtplib.SMTPException, BadHeaderError):
        logger.exception("Could not email staff about %r", subject)
        return False
    return True


# --- Contact messages ----------------------------------------------------------------------


def receive_contact_message(*, data: dict, language: str) -> ContactMessage:
    """Store a contact message, then tell staff. The row exists before any email is tried."""
    message = ContactMessage.objects.create(language=language, **data)
    sent = notify_staff(
        subject=gettext_noop("Contact message: %(subject)s"),
        subject_params={"subject": message.subject},
        template="association/email/contact_message.txt",
        context={"message": message},
        reply_to=message.email,
    )
    if sent:
        ContactMessage.objects.filter(pk=message.pk).update(notified=True)
        message.notified = True
    return message


# --- Membership applications ---------------------------------------------------------------


def receive_application(*, form: MembershipApplicationForm, language: str) -> MembershipApplication:
    """Store an application from the public form, then tell staff."""
    application = form.save(commit=False)
    application.language = language
    application.save()
    form.save_m2m()
    notify_staff(
        subject=gettext_noop("Membership application: %(company)s"),
        subject_params={"company": application.company_name},
        template="association/email/membership_application.txt",
        context={"application": application},
        reply_to=application.contact_email,
    )
    return application


class ApplicationAlreadyDecided(Exception):
    pass


@transaction.atomic
def approve_application(*, application: MembershipApplication, by, note: str = "") -> MemberCompany:
    """Create the member company from the application (nothing typed twice) and record it."""
    application = MembershipApplication.objects.select_for_update().get(pk=application.pk)
    if application.status == MembershipApplication.Status.APPROVED:
        raise ApplicationAlreadyDecided(application.pk)
    # The applicant wrote city, address and description in the language of the form.
    language = application.language or settings.LANGUAGE_CODE
    in_their_language = {
        build_localized_fieldname(field, language): value
        for field, value in [
            ("city", application.city),
            ("address", application.address),
            ("short_description", application.about),
        ]
    }
    member = MemberCompany.objects.create(
        name_en=application.company_name_en,
        name_zh_hans=application.company_name_zh_hans,
        website=application.website,
        region=application.region,
        founded_year=application.founded_year,
        level=application.requested_level,
        phone=application.contact_phone,
        email=application.contact_email,
        member_since=timezone.localdate().year,
        **in_their_language,
    )
    member.segments.set(application.segments.all())
    application.status = MembershipApplication.Status.APPROVED
    application.member = member
    application.save(update_fields=["status", "member"])
    ApplicationDecision.objects.create(
        application=application, status=application.status, note=note, decided_by=by
    )
    return member


@transaction.atomic
def reject_application(
    *, application: MembershipApplication, by: AbstractBaseUser, note: str = ""
) -> None:
    application = MembershipApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != MembershipApplication.Status.PENDING:
        raise ApplicationAlreadyDecided(application.pk)
    application.status = MembershipApplication.Status.REJECTED
    application.save(update_fields=["status"])
    ApplicationDecision.objects.create(
        application=application, status=application.status, note=note, decided_by=by
    )
