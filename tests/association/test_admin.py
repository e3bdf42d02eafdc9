import re

import pytest
from django.urls import reverse

from association.models import ContactPhone, SiteSettings
from tests.factories import ContactPhoneFactory, MemberCompanyFactory, SiteSettingsFactory

pytestmark = pytest.mark.django_db


def settings_form_data(site_settings, **changes):
    """The site settings admin form as the browser would post it, with ``changes`` applied."""
    translated = ["site_name", "tagline", "address", "working_hours", "copyright", "powered_by"]
    data = {
        f"{name}_{language}": getattr(site_settings, f"{name}_{language}") or ""
        for name in translated
        for language in ("en", "zh_hans")
    }
    data.update(
        {
            "email": site_settings.email,
            "powered_by_url": site_settings.powered_by_url,
            "icp_number": site_settings.icp_number,
            "icp_url": site_settings.icp_url,
        }
    )
    phones = list(site_settings.phones.all())
    data.update(
        {
            "phones-TOTAL_FORMS": str(len(phones)),
            "phones-INITIAL_FORMS": str(len(phones)),
            "phones-MIN_NUM_FORMS": "0",
            "phones-MAX_NUM_FORMS": "1000",
        }
    )
    for i, phone in enumerate(phones):
        data.update(
            {
                f"phones-{i}-id": str(phone.pk),
                f"phones-{i}-settings": "1",
                f"phones-{i}-number": phone.number,
                f"phones-{i}-order": str(phone.order),
                f"phones-{i}-label_en": phone.label_en or "",
                f"phones-{i}-label_zh_hans": phone.label_zh_hans or "",
            }
        )
    data.update(changes)
    return data


def test_site_settings_list_goes_straight_to_the_single_page(staff_client):
    response = staff_client.get(reverse("admin:association_sitesettings_changelist"))
    assert response.status_code == 302
    assert response.url == reverse("admin:association_sitesettings_change", args=[1])
    assert SiteSettings.objects.count() == 1


def test_site_settings_page_has_no_add_or_delete(staff_client):
    SiteSettingsFactory()
    assert staff_client.get(reverse("admin:association_sitesettings_add")).status_code == 403
    page = staff_client.get(reverse("admin:association_sitesettings_change", args=[1]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "deletelink" not in html
    assert 'id="phones-group"' in html  # phones are edited inline on the same page
    assert (
        staff_client.get(reverse("admin:association_sitesettings_delete", args=[1])).status_code
        == 403
    )


def test_site_settings_edit_in_the_admin_shows_in_every_footer(staff_client, client):
    site_settings = SiteSettingsFactory()
    ContactPhoneFactory(settings=site_settings, number="+86 191 9627 2716")
    client.get("/en/")  # the footer is now cached
    data = settings_form_data(site_settings, working_hours_en="9:00 a.m. to 6:00 p.m., Mon–Sat")
    data.update(
        {
            "phones-TOTAL_FORMS": "2",
            "phones-1-number": "+86 181 7379 0595",
            "phones-1-order": "5",
            "phones-1-settings": "1",
        }
    )
    response = staff_client.post(reverse("admin:association_sitesettings_change", args=[1]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ContactPhone.objects.count() == 2
    for url in ["/en/", "/en/news/", "/en/sitemap/", "/en/members/"]:
        html = client.get(url).content.decode()
        assert "9:00 a.m. to 6:00 p.m., Mon–Sat" in html, url
        assert "+86 181 7379 0595" in html, url


def test_member_company_bulk_deactivate(staff_client):
    members = MemberCompanyFactory.create_batch(3)
    response = staff_client.post(
        reverse("admin:association_membercompany_changelist"),
        {"action": "make_inactive", "_selected_action": [m.pk for m in members[:2]]},
        follow=True,
    )
    assert "2 companies are now inactive." in response.content.decode()
    for member in members:
        member.refresh_from_db()
    assert [m.is_active for m in members] == [False, False, True]


def test_every_admin_list_and_add_page_opens(staff_client):
    for model in ["membercompany", "page"]:
        assert staff_client.get(reverse(f"admin:association_{model}_changelist")).status_code == 200
        add = staff_client.get(reverse(f"admin:association_{model}_add"))
        assert add.status_code == 200
    for model in ["article", "category"]:
        assert staff_client.get(reverse(f"admin:news_{model}_changelist")).status_code == 200
        assert staff_client.get(reverse(f"admin:news_{model}_add")).status_code == 200


def test_admin_uses_ckeditor_for_rich_text(staff_client):
    html = staff_client.get(reverse("admin:news_article_add")).content.decode()
    assert "django_ckeditor_5/dist/bundle.js" in html
    for name in ["body_en", "body_zh_hans"]:
        assert re.search(rf'<textarea\s+name="{name}" class="django_ckeditor_5\b', html)
    upload = re.search(r'data-upload-url="([^"]+)"', html).group(1)
    assert upload == reverse("richtext_image_upload")


def test_every_admin_page_opens(staff_client):
    from association.models import ContactMessage, MembershipApplication

    MembershipApplication.objects.create(
        company_name_en="Applicant",
        contact_name="A",
        contact_email="a@example.com",
        contact_phone="1",
    )
    ContactMessage.objects.create(name="N", email="n@example.com", subject="S", message="M")
    SiteSettingsFactory()
    for model in [
        "membershiplevel",
        "industrysegment",
        "region",
        "membershipapplication",
        "contactmessage",
        "membercompany",
        "page",
    ]:
        assert (
            staff_client.get(reverse(f"admin:association_{model}_changelist")).status_code == 200
        ), model
    for model in ["membershipapplication", "contactmessage"]:
        obj = {"membershipapplication": MembershipApplication, "contactmessage": ContactMessage}[
            model
        ].objects.get()
        url = reverse(f"admin:association_{model}_change", args=[obj.pk])
        assert staff_client.get(url).status_code == 200, model
    assert (
        staff_client.get(reverse("admin:association_sitesettings_change", args=[1])).status_code
        == 200
    )


def test_member_with_a_missing_logo_file_can_still_be_edited(staff_client, settings):
    member = MemberCompanyFactory()
    type(member).objects.filter(pk=member.pk).update(logo="members/logos/gone.png")
    member.refresh_from_db()
    url = reverse("admin:association_membercompany_change", args=[member.pk])
    data = {
        "name_en": member.name_en,
        "name_zh_hans": "",
        "slug": member.slug,
        "short_description_en": "Edited",
        "is_active": "on",
    }
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    member.refresh_from_db()
    assert member.short_description_en == "Edited"


def test_member_slug_join_is_refused(staff_client):
    response = staff_client.post(
        reverse("admin:association_membercompany_add"),
        {"name_en": "Join Co", "slug": "join", "is_active": "on"},
    )
    assert response.status_code == 200
    assert "is used by the site itself" in response.content.decode()
