"""Member companies and applications: writes with side effects beyond one model's save."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop
from modeltranslation.utils import build_localized_fieldname

from core.languages import language_codes
from outbox.notifications import notify_staff, quote

from .models import (
    ApplicationDecision,
    MemberCompany,
    MembershipApplication,
)

if TYPE_CHECKING:
    from .forms import MembershipApplicationForm


def set_active(companies: Iterable[MemberCompany], *, active: bool) -> int:
    """Show (or hide) each company on the site, through save(); return how many changed.
    Hiding deletes nothing."""
    count = 0
    with transaction.atomic():
        for company in companies:
            if company.is_active != active:
                company.is_active = active
                company.save()
                count += 1
    return count


# --- Membership applications ---------------------------------------------------------------


def receive_application(*, form: MembershipApplicationForm, language: str) -> MembershipApplication:
    """Store an application from the public form, then tell staff."""
    application = form.save(commit=False)
    application.language = language
    application.save()
    form.save_m2m()
    notify_staff(
        subject=gettext_noop("Membership application: %(company)s"),
        # Staff read the email in the site's language: the name in it, if the applicant gave it.
        subject_params={
            "company": application.text_in_any_language("company_name", settings.LANGUAGE_CODE)
        },
        template="members/email/membership_application.txt",
        context={"application": application, "quoted_message": quote(application.message)},
        reply_to=application.contact_email,
        about=application,
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
    names = {
        build_localized_fieldname("name", code): application.translation("company_name", code)
        for code in language_codes()
    }
    member = MemberCompany.objects.create(
        **names,
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
