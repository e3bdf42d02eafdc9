"""Public addresses refuse bodies and files no public form expects (core.security)."""

import pytest
from django.urls import reverse

from contact.models import ContactMessage
from pages.models import Page
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact_url(site_settings):
    page = factories.PageFactory(slug="contact-us", kind=Page.Kind.CONTACT)
    return page.get_absolute_url()


def test_an_oversized_body_is_refused_before_it_is_read(client, contact_url, settings):
    response = client.generic(
        "POST",
        contact_url,
        b"name=x",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(150 * 1024 * 1024),  # what it says it will send
    )
    assert response.status_code == 413
    assert response.content.decode() == "What was sent is too large (at most 256 KB)."
    assert not ContactMessage.objects.exists()


def test_the_refusal_speaks_the_page_language(client, contact_url):
    response = client.post(contact_url.replace("/en/", "/zh-hans/"), {"file": factories_file()})
    assert response.status_code == 415
    assert response.content.decode() == "此表单不接受文件。"


def test_files_and_bodies_of_unknown_length_are_refused(client, contact_url):
    upload = factories_file()
    response = client.post(contact_url, {"name": "A", "attachment": upload})
    assert response.status_code == 415
    response = client.generic("POST", contact_url, b"", HTTP_TRANSFER_ENCODING="chunked")
    assert response.status_code == 411


def test_an_ordinary_message_still_goes_through(client, contact_url):
    response = client.post(
        contact_url,
        {
            "name": "王芳",
            "email": "wang@example.com",
            "subject": "会员",
            "message": "长" * 5000,  # the longest message, in Chinese
            "consent": "on",
        },
    )
    assert response.status_code in (200, 302)
    assert ContactMessage.objects.count() == 1


def test_the_editors_uploads_keep_their_own_limits(admin_client, settings):
    settings.PUBLIC_MAX_BODY_BYTES = 10
    response = admin_client.post(reverse("admin:news_article_add"), {"title_en": "A" * 100})
    assert response.status_code == 200  # the form, with its errors: not refused


def factories_file():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("a.txt", b"hello", content_type="text/plain")
