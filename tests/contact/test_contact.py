"""Contact Us: the form, the stored message, the inbox, and abuse limits."""

import pytest
from django.core import mail
from django.urls import reverse

from contact.models import ContactMessage
from pages.models import Page
from tests.factories import ContactPhoneFactory, PageFactory, SiteSettingsFactory
from tests.html import Html

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact_page():
    site_settings = SiteSettingsFactory(email="office@example.org")
    ContactPhoneFactory(settings=site_settings, number="+86 191 9627 2716")
    return PageFactory(
        slug="contact-us", title_en="Contact Us", title_zh_hans="联系我们", kind=Page.Kind.CONTACT
    )


def message_data(**changes):
    data = {
        "name": "Li Wei",
        "company": "Changsha Boards",
        "email": "li@example.com",
        "phone": "+86 731 0000 0000",
        "subject": "Training dates",
        "message": "When is the next IPC training?",
        "referral_code": "",
    }
    data.update(changes)
    return data


def test_contact_page_shows_settings_and_the_form(client, contact_page):
    html = client.get("/en/contact-us/").content.decode()
    assert "+86 191 9627 2716" in html and "office@example.org" in html
    assert '<form method="post" action="/en/contact-us/#contact-form"' in html
    for name in ["name", "company", "email", "phone", "subject", "message"]:
        assert f'name="{name}"' in html
        assert f'<label for="id_{name}"' in html


def test_message_is_stored_then_emailed_with_a_confirmation(client, contact_page):
    response = client.post("/en/contact-us/", message_data(), follow=True)
    # The visitor lands on the confirmation itself: before, on #contact-form, an empty form
    # far below the confirmation.
    url, fragment = response.redirect_chain[-1][0].split("#")
    assert url == "/en/contact-us/"
    landing = Html(response).one(f"#{fragment}")
    assert "Thank you, your message has been sent." in landing.get_text()
    message = ContactMessage.objects.get()
    assert (message.subject, message.email, message.language) == (
        "Training dates",
        "li@example.com",
        "en",
    )
    assert message.notified and not message.is_read
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["office@example.org"]
    assert "When is the next IPC training?" in mail.outbox[0].body


def test_message_survives_a_mail_server_that_is_down(client, contact_page, settings):
    # A real SMTP connection to a port where nothing listens: the mail server is down.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    response = client.post("/en/contact-us/", message_data(), follow=True)
    assert response.status_code == 200
    assert "Thank you, your message has been sent." in response.content.decode()
    message = ContactMessage.objects.get()
    assert message.message == "When is the next IPC training?"
    assert message.notified is False


def test_unsent_message_is_in_the_admin_inbox(client, staff_client, contact_page, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    client.post("/en/contact-us/", message_data(subject="Mail server down test"))
    inbox = staff_client.get(reverse("admin:contact_contactmessage_changelist"))
    html = inbox.content.decode()
    assert "Mail server down test" in html
    message = ContactMessage.objects.get()
    assert not message.is_read
    staff_client.get(reverse("admin:contact_contactmessage_change", args=[message.pk]))
    message.refresh_from_db()
    assert message.is_read


def test_inbox_filters_and_search(staff_client, contact_page):
    ContactMessage.objects.create(
        name="A", email="a@example.com", subject="Dues invoice", message="x", is_read=True
    )
    ContactMessage.objects.create(name="B", email="b@example.com", subject="Standards", message="y")
    url = reverse("admin:contact_contactmessage_changelist")
    unread = staff_client.get(url, {"is_read__exact": "0"}).content.decode()
    assert "Standards" in unread and "Dues invoice" not in unread
    found = staff_client.get(url, {"q": "invoice"}).content.decode()
    assert "Dues invoice" in found and "Standards" not in found


def test_inbox_actions_mark_handled(staff_client, contact_page):
    message = ContactMessage.objects.create(
        name="A", email="a@example.com", subject="S", message="m"
    )
    staff_client.post(
        reverse("admin:contact_contactmessage_changelist"),
        {"action": "mark_handled", "_selected_action": [message.pk]},
    )
    message.refresh_from_db()
    assert message.is_handled and message.is_read


def test_honeypot_filled_in_stores_nothing(client, contact_page):
    response = client.post("/en/contact-us/", message_data(referral_code="http://spam.example"))
    assert response.status_code == 302  # the bot sees success
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


def test_honeypot_is_hidden_from_people(client, contact_page):
    html = client.get("/en/contact-us/").content.decode()
    assert '<div class="hp" aria-hidden="true">' in html
    assert 'name="referral_code"' in html and 'tabindex="-1"' in html


def test_rate_limit_per_address_keeps_what_was_typed(client, contact_page):
    for i in range(5):
        assert client.post("/en/contact-us/", message_data(subject=f"Q{i}")).status_code == 302
    response = client.post("/en/contact-us/", message_data(subject="One too many"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "You have sent several messages in a short time." in html
    assert 'value="One too many"' in html
    assert ContactMessage.objects.count() == 5
    # another address is not affected
    other = client.post("/en/contact-us/", message_data(subject="Other"), REMOTE_ADDR="10.0.0.2")
    assert other.status_code == 302


def test_rate_limit_message_is_translated(client, contact_page):
    for i in range(5):
        client.post("/zh-hans/contact-us/", message_data(subject=f"Q{i}"))
    html = client.post("/zh-hans/contact-us/", message_data()).content.decode()
    assert "You have sent several messages" not in html
    assert 'class="form-errors"' in html


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"email": "not-an-address"}, "Enter a valid email address."),
        ({"name": ""}, "This field is required."),
        ({"message": "x" * 5001}, "Ensure this value has at most 5000 characters"),
        ({"subject": "s" * 201}, "Ensure this value has at most 200 characters"),
    ],
)
def test_bad_input_gets_a_clear_error_and_keeps_the_text(client, contact_page, changes, error):
    response = client.post("/en/contact-us/", message_data(**changes))
    assert response.status_code == 400
    html = response.content.decode()
    assert error in html
    assert "When is the next IPC training?" in html or "x" * 100 in html
    assert not ContactMessage.objects.exists()


def test_chinese_form_errors_are_chinese(client, contact_page):
    html = client.post("/zh-hans/contact-us/", message_data(email="bad")).content.decode()
    assert "Enter a valid email address." not in html
    assert "输入一个有效的 Email 地址。" in html  # Django's own Chinese message


def test_only_contact_pages_accept_posts(client, contact_page):
    PageFactory(slug="about", title_en="About")
    assert client.post("/en/about/", message_data()).status_code == 405


def test_visitor_lines_cannot_pass_for_lines_of_the_email(client, contact_page, settings):
    """Line breaks in a one-line field are folded away, and the message is quoted line by
    line, so a visitor cannot add a "Bcc:" or "Email:" line of their own to what staff read."""
    settings.LANGUAGE_CODE = "en"
    client.post(
        "/en/contact-us/",
        message_data(
            name="Li Wei\nBcc: thief@example.com",
            message="Hello.\nEmail: thief@example.com\r\nBcc: thief@example.com",
        ),
    )
    body = mail.outbox[0].body
    lines = body.splitlines()
    assert "Name: Li Wei Bcc: thief@example.com" in lines
    assert "> Email: thief@example.com" in lines and "> Bcc: thief@example.com" in lines
    assert not [line for line in lines if line.startswith(("Bcc:", "Email: thief"))]
    stored = ContactMessage.objects.get()
    assert stored.name == "Li Wei Bcc: thief@example.com"
    assert stored.message == "Hello.\nEmail: thief@example.com\nBcc: thief@example.com"


@pytest.mark.parametrize(
    ("field", "value"),
    [("name", "\u200b\u200b"), ("subject", "\u200d \u2060"), ("message", "\ufeff\n\u200b")],
)
def test_invisible_text_is_not_a_value(client, contact_page, field, value):
    response = client.post("/en/contact-us/", message_data(**{field: value}))
    assert response.status_code == 400
    assert "only invisible characters" in Html(response).text(f"#id_{field}_error, .field--error")
    assert not ContactMessage.objects.exists()


def test_control_characters_in_a_message_are_refused_with_a_clear_error(client, contact_page):
    response = client.post("/en/contact-us/", message_data(message="Hi\x00there\x1b[31m"))
    assert response.status_code == 400
    assert "control character (U+0000)" in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_line_breaks_in_the_subject_cannot_break_the_email(client, contact_page, settings):
    settings.LANGUAGE_CODE = "en"  # staff read notifications in the site's default language
    response = client.post("/en/contact-us/", message_data(subject="Hi\r\nBcc: x@example.com"))
    assert response.status_code == 302
    message = ContactMessage.objects.get()
    assert message.notified
    assert mail.outbox[0].subject == "Contact message: Hi Bcc: x@example.com"
    assert "Bcc" not in mail.outbox[0].extra_headers


def test_staff_email_is_in_the_site_language_and_replies_go_to_the_visitor(
    client, contact_page, settings
):
    settings.LANGUAGE_CODE = "zh-hans"
    client.post("/en/contact-us/", message_data())
    email = mail.outbox[0]
    assert email.subject == "网站留言：Training dates"
    assert "通过“联系我们”页面发来一条新留言" in email.body
    assert email.reply_to == ["li@example.com"]


def test_rate_limit_behind_a_proxy_counts_each_visitor(client, contact_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for i in range(5):
        client.post(
            "/en/contact-us/",
            message_data(subject=f"Q{i}"),
            HTTP_X_FORWARDED_FOR="203.0.113.7",
            **proxy,
        )
    limited = client.post(
        "/en/contact-us/", message_data(), HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy
    )
    assert limited.status_code == 429
    # another visitor behind the same proxy is not limited ...
    other = client.post(
        "/en/contact-us/", message_data(), HTTP_X_FORWARDED_FOR="198.51.100.9", **proxy
    )
    assert other.status_code == 302
    # ... and a forged left-hand entry does not reset the count
    forged = client.post(
        "/en/contact-us/", message_data(), HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7", **proxy
    )
    assert forged.status_code == 429


def test_inbox_with_a_bad_id_is_not_a_server_error(staff_client, contact_page):
    response = staff_client.get("/admin/contact/contactmessage/abc/change/")
    assert response.status_code == 302


def test_staff_without_inbox_rights_cannot_mark_messages_read(
    client, contact_page, django_user_model
):
    message = ContactMessage.objects.create(
        name="A", email="a@example.com", subject="S", message="m"
    )
    clerk = django_user_model.objects.create_user("clerk", password="x-1-very-long", is_staff=True)
    client.force_login(clerk)
    url = reverse("admin:contact_contactmessage_change", args=[message.pk])
    assert client.get(url).status_code == 403
    message.refresh_from_db()
    assert not message.is_read
    # and the translation status lists only what the user may see
    assert client.get(reverse("translation_status")).context["sections"] == []


def test_a_chinese_notification_uses_chinese_punctuation(client, contact_page, settings):
    settings.LANGUAGE_CODE = "zh-hans"
    client.post("/zh-hans/contact-us/", message_data(subject="培训时间", name="李伟"))
    lines = mail.outbox[0].body.splitlines()
    assert "主题：培训时间" in lines and "姓名：李伟" in lines
    assert not [line for line in lines if ": " in line and not line.startswith(">")]
