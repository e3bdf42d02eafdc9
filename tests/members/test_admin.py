import pytest
from django.urls import reverse

from members.models import MemberCompany
from tests.factories import ImageFactory, MemberCompanyFactory

pytestmark = pytest.mark.django_db


def test_member_company_bulk_deactivate(staff_client):
    members = MemberCompanyFactory.create_batch(3)
    response = staff_client.post(
        reverse("admin:members_membercompany_changelist"),
        {"action": "make_inactive", "_selected_action": [m.pk for m in members[:2]]},
        follow=True,
    )
    assert "2 companies are now inactive." in response.content.decode()
    for member in members:
        member.refresh_from_db()
    assert [m.is_active for m in members] == [False, False, True]


def test_member_with_a_missing_logo_file_can_still_be_edited(staff_client, settings):
    member = MemberCompanyFactory(logo=ImageFactory())
    (settings.MEDIA_ROOT / member.logo.file.name).unlink()
    assert staff_client.get(reverse("admin:members_membercompany_changelist")).status_code == 200
    url = reverse("admin:members_membercompany_change", args=[member.pk])
    data = {
        "name_en": member.name_en,
        "name_zh_hans": "",
        "slug": member.slug,
        "short_description_en": "Edited",
        "logo": member.logo.pk,
        "is_active": "on",
    }
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    member.refresh_from_db()
    assert member.short_description_en == "Edited"


def test_member_slug_join_is_refused(staff_client):
    response = staff_client.post(
        reverse("admin:members_membercompany_add"),
        {"name_en": "Join Co", "slug": "join", "is_active": "on"},
    )
    assert response.status_code == 200
    assert "is used by the site itself" in response.content.decode()


def test_admin_refuses_an_invisible_company_name_and_folds_line_breaks(staff_client):
    url = reverse("admin:members_membercompany_add")
    response = staff_client.post(url, {"name_en": "\u200b\u2060", "slug": "", "is_active": "on"})
    assert response.status_code == 200
    assert "only invisible characters" in response.content.decode()
    response = staff_client.post(
        url, {"name_en": "Acme\r\nCircuits", "city_en": " Changsha ", "is_active": "on"}
    )
    assert response.status_code == 302
    company = MemberCompany.objects.get()
    assert (company.name_en, company.city_en, company.slug) == (
        "Acme Circuits",
        "Changsha",
        "acme-circuits",
    )


def test_the_admin_refuses_control_characters_in_email_and_web_addresses(rf, admin_user):
    """As the public forms do (core.forms): Django's own checks take both as valid."""
    from django.contrib import admin as django_admin
    from django.core.exceptions import ValidationError

    request = rf.get("/admin/")
    request.user = admin_user
    form = django_admin.site._registry[MemberCompany].get_form(request)()
    for name, value in (("email", '"\x01"@example.com'), ("website", "https://example.com/a\x01b")):
        with pytest.raises(ValidationError, match="invisible control character"):
            form.fields[name].clean(value)
    assert form.fields["email"].clean("office@example.com") == "office@example.com"
