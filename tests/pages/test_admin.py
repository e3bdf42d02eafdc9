import pytest
from django.urls import reverse

from core.languages import localized, localized_fields
from pages.models import ContactPhone, SiteSettings
from tests.factories import ContactPhoneFactory, SiteSettingsFactory
from tests.html import Html

pytestmark = pytest.mark.django_db


def settings_form_data(site_settings, **changes):
    """The site settings admin form as the browser would post it, with ``changes`` applied."""
    translated = ["site_name", "tagline", "address", "working_hours", "copyright", "powered_by"]
    data = {name: getattr(site_settings, name) or "" for name in localized_fields(*translated)}
    data.update(
        {
            "email": site_settings.email,
            "powered_by_url": site_settings.powered_by_url,
            "icp_number": site_settings.icp_number,
            "icp_url": site_settings.icp_url,
            "brand_colour": site_settings.brand_colour,
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
                **{f"phones-{i}-{name}": getattr(phone, name) or "" for name in localized("label")},
            }
        )
    data.update(changes)
    return data


def test_site_settings_list_goes_straight_to_the_single_page(staff_client):
    response = staff_client.get(reverse("admin:pages_sitesettings_changelist"))
    assert response.status_code == 302
    assert response.url == reverse("admin:pages_sitesettings_change", args=[1])
    assert SiteSettings.objects.count() == 1


def test_site_settings_page_has_no_add_or_delete(staff_client):
    SiteSettingsFactory()
    assert staff_client.get(reverse("admin:pages_sitesettings_add")).status_code == 403
    page = staff_client.get(reverse("admin:pages_sitesettings_change", args=[1]))
    assert page.status_code == 200
    html = page.content.decode()
    assert not Html(page).has("a.deletelink")  # the settings row has no delete button
    assert 'id="phones-group"' in html  # phones are edited inline on the same page
    assert staff_client.get(reverse("admin:pages_sitesettings_delete", args=[1])).status_code == 403


def test_site_settings_edit_in_the_admin_shows_in_every_footer(
    staff_client, client, django_capture_on_commit_callbacks
):
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
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(reverse("admin:pages_sitesettings_change", args=[1]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ContactPhone.objects.count() == 2
    for url in ["/en/", "/en/news/", "/en/sitemap/", "/en/members/"]:
        html = client.get(url).content.decode()
        assert "9:00 a.m. to 6:00 p.m., Mon–Sat" in html, url
        assert "+86 181 7379 0595" in html, url
