"""The public forms (Contact Us on the contact page, and the membership application), fed
hostile values in every field and bodies that are not forms at all. Each answer is a
redirect to the confirmation or a clear 4xx, never a 500; a refused form stores nothing;
what is stored is exactly what the form accepted, and no control character (NUL least of
all) reaches the database."""

from urllib.parse import urlencode

import pytest
from django.core import mail
from django.core.cache import cache
from django.http import QueryDict
from hypothesis import event, example, given
from hypothesis import strategies as st

from contact.forms import ContactForm
from contact.models import ContactMessage
from members.forms import MembershipApplicationForm
from members.models import MembershipApplication
from outbox.models import Email

from .hostile import (
    BROKEN_UTF8,
    PAGE_NUMBERS,
    assert_answered,
    control_characters,
    fuzz,
    has_control_character,
    hostile_text,
    query_string,
)

pytestmark = pytest.mark.django_db

CONTACT_URL = "/en/contact-us/"
JOIN_URLS = ("/en/members/join/", "/zh-hans/members/join/")
FORM = "application/x-www-form-urlencoded"  # what a browser sends for these forms


def email_addresses() -> st.SearchStrategy[str]:
    # Quoted local parts may hold control characters as far as Django's validator goes.
    quoted = st.builds(lambda char: f'"{char}"@example.com', control_characters())
    return st.one_of(hostile_text(), st.emails(), quoted)


def web_addresses() -> st.SearchStrategy[str]:
    in_path = st.builds(lambda char: f"https://example.com/a{char}b", control_characters())
    return st.one_of(hostile_text(), in_path)


def form_data(valid: dict, hostile: dict[str, st.SearchStrategy]) -> st.SearchStrategy[dict]:
    """What a person would send (``valid``) with a few fields, or all of them, given a
    hostile value instead; so that both accepted and refused forms are tried."""
    return st.lists(st.sampled_from(sorted(hostile)), unique=True).flatmap(
        lambda names: st.fixed_dictionaries(
            {name: hostile[name] if name in names else st.just(valid[name]) for name in valid}
        )
    )


def as_sent(data: dict) -> tuple[str, QueryDict]:
    """``data`` as a browser sends it, and as the view reads it back."""
    body = urlencode(data, doseq=True)
    return body, QueryDict(body)


def post_form(client, url: str, body: str):
    cache.clear()  # the per-address rate limit would otherwise refuse later examples
    response = client.post(url, body, content_type=FORM)
    assert_answered(response)
    return response


def assert_clean(row, *, single_line: tuple[str, ...], multiline: tuple[str, ...] = ()) -> None:
    """No control characters but line breaks and tabs in multi-line texts, and nothing
    longer than its column (SQLite would store it)."""
    for name in (*single_line, *multiline):
        value = getattr(row, name) or ""
        allowed = "\n\t" if name in multiline else ""
        assert not has_control_character(value, allowed=allowed), f"{name}: {value!r}"
        max_length = type(row)._meta.get_field(name).max_length
        assert max_length is None or len(value) <= max_length, name


def assert_stored_clean() -> None:
    """Whatever the visitors' forms stored, messages, applications and the emails about
    them, is clean text."""
    for message in ContactMessage.objects.all():
        assert_clean(message, **CONTACT_TEXT)
    for application in MembershipApplication.objects.all():
        assert_clean(application, **APPLICATION_TEXT)
    for email in Email.objects.all():
        assert_clean(email, single_line=("subject", "reply_to"), multiline=("body",))


# --- Contact Us -----------------------------------------------------------------------------

CONTACT_FIELDS = ("name", "company", "email", "phone", "subject", "message")
CONTACT_TEXT = {
    "single_line": ("name", "company", "email", "phone", "subject"),
    "multiline": ("message",),
}

PLAIN_CONTACT = {
    "name": "Li Wei",
    "company": "",
    "email": "li@example.com",
    "phone": "",
    "subject": "Training dates",
    "message": "When is the next IPC training?",
    "referral_code": "",
}
contact_data = form_data(
    PLAIN_CONTACT,
    {
        **dict.fromkeys(("name", "company", "phone", "subject", "message"), hostile_text()),
        "email": email_addresses(),
    },
)


@fuzz
@given(data=contact_data)
@example(data={**PLAIN_CONTACT, "email": '"\x01"@example.com'})  # was stored as typed
@example(data={**PLAIN_CONTACT, "name": "a\x00b", "subject": "\x1b[31mred"})
@example(data={**PLAIN_CONTACT, "message": "line\x00"})
@example(data={**PLAIN_CONTACT, "subject": "x" * 201})
@example(data={**PLAIN_CONTACT, "message": "{{ settings.SECRET_KEY }}\r\n' OR 1=1 --"})
def test_contact_form_stores_exactly_what_it_accepts(client, site, data):
    before = set(ContactMessage.objects.values_list("pk", flat=True))
    emails = len(mail.outbox)
    body, sent = as_sent(data)
    form = ContactForm(sent)  # what the form accepts, as the view will see it
    response = post_form(client, CONTACT_URL, body)
    new = ContactMessage.objects.exclude(pk__in=before)
    event("accepted" if form.is_valid() else "refused")
    if form.is_valid():
        assert response.status_code == 302
        assert response["Location"] == f"{CONTACT_URL}#messages"
        message = new.get()
        assert {name: getattr(message, name) for name in CONTACT_FIELDS} == {
            name: form.cleaned_data[name] for name in CONTACT_FIELDS
        }
        assert len(mail.outbox) == emails + 1  # no text of theirs stops the email
    else:
        assert response.status_code in (400, 413)
        assert not new.exists()
        assert len(mail.outbox) == emails
    assert_stored_clean()


@fuzz
@given(data=contact_data, honeypot=hostile_text().filter(bool))
def test_contact_form_filled_in_by_a_bot_stores_nothing(client, site, data, honeypot):
    body, _sent = as_sent({**data, "referral_code": honeypot})
    response = post_form(client, CONTACT_URL, body)
    assert response.status_code in (302, 413)
    assert not ContactMessage.objects.exists()
    assert mail.outbox == []


# --- Membership application -----------------------------------------------------------------

APPLICATION_TEXT = {
    "single_line": (
        "company_name_en",
        "company_name_zh_hans",
        "website",
        "city",
        "address",
        "contact_name",
        "contact_email",
        "contact_phone",
    ),
    "multiline": ("about", "message"),
}
APPLICATION_FIELDS = (
    *APPLICATION_TEXT["single_line"],
    *APPLICATION_TEXT["multiline"],
    "region",
    "requested_level",
    "founded_year",
)


# Stands for the id of the site's row in a choice (ids differ between databases and runs).
THE_ROW = "<the row's id>"
CHOICES = {"region": "region", "requested_level": "level", "segments": "segment"}


def choice() -> st.SearchStrategy[str]:
    """A choice from a list, as the form posts it (a row's id), or any other id or text."""
    ids = st.integers(min_value=-(10**20), max_value=10**20).map(str)
    return st.one_of(st.just(THE_ROW), st.just(""), ids, hostile_text(max_size=20))


def with_ids(data: dict, site: dict) -> dict:
    def resolve(name: str, value: str) -> str:
        return str(site[CHOICES[name]].pk) if value == THE_ROW else value

    data = dict(data)
    for name in CHOICES:
        value = data.get(name, "")
        data[name] = (
            [resolve(name, v) for v in value] if isinstance(value, list) else resolve(name, value)
        )
    return data


year = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**6).map(str),
    st.sampled_from(PAGE_NUMBERS),
)
PLAIN_APPLICATION = {
    "company_name_en": "Xiangjiang New Materials Co., Ltd",
    "company_name_zh_hans": "湘江新材料有限公司",
    "website": "xiangjiang.example.com",
    "region": THE_ROW,
    "segments": [THE_ROW],
    "requested_level": THE_ROW,
    "city": "株洲",
    "address": "株洲市天元区",
    "founded_year": "2012",
    "about": "生产覆铜板。",
    "contact_name": "王经理",
    "contact_email": "wang@example.com",
    "contact_phone": "+86 731 1234 5678",
    "message": "希望加入协会。",
    "referral_code": "",
}
application_data = form_data(
    PLAIN_APPLICATION,
    {
        **dict.fromkeys(
            (
                "company_name_en",
                "company_name_zh_hans",
                "city",
                "address",
                "about",
                "contact_name",
                "contact_phone",
                "message",
            ),
            hostile_text(),
        ),
        "website": web_addresses(),
        "region": choice(),
        "requested_level": choice(),
        "segments": st.lists(choice(), max_size=3),
        "founded_year": year | hostile_text(),
        "contact_email": email_addresses(),
    },
)


@fuzz
@given(url=st.sampled_from(JOIN_URLS), data=application_data)
@example(url=JOIN_URLS[0], data={**PLAIN_APPLICATION, "contact_email": '"\x1b"@example.com'})
@example(url=JOIN_URLS[0], data={**PLAIN_APPLICATION, "website": "https://example.com/a\x01b"})
@example(url=JOIN_URLS[1], data={**PLAIN_APPLICATION, "region": "99999999999999999999"})
@example(url=JOIN_URLS[1], data={**PLAIN_APPLICATION, "segments": ["-1", "x", "1e5"]})
# Was a 500 on SQLite: Django looked the id up, and SQLite's integers stop at 2**63 - 1.
@example(url=JOIN_URLS[0], data={**PLAIN_APPLICATION, "segments": [str(2**63)]})
@example(url=JOIN_URLS[0], data={**PLAIN_APPLICATION, "founded_year": "9" * 5000})
def test_membership_form_stores_exactly_what_it_accepts(client, site, url, data):
    emails = len(mail.outbox)
    body, sent = as_sent(with_ids(data, site))
    form = MembershipApplicationForm(sent)
    before = set(MembershipApplication.objects.values_list("pk", flat=True))
    response = post_form(client, url, body)
    new = MembershipApplication.objects.exclude(pk__in=before)
    event("accepted" if form.is_valid() else "refused")
    if form.is_valid():
        assert response.status_code == 302
        assert response["Location"] == url + "thanks/"
        application = new.get()
        assert {name: getattr(application, name) for name in APPLICATION_FIELDS} == {
            name: form.cleaned_data[name] for name in APPLICATION_FIELDS
        }
        assert set(application.segments.all()) == set(form.cleaned_data["segments"])
        assert len(mail.outbox) == emails + 1
    else:
        assert response.status_code in (400, 413)
        assert not new.exists()
        assert len(mail.outbox) == emails
    assert_stored_clean()


# --- Bodies that are not what a browser sends ----------------------------------------------

CONTENT_TYPES = (
    FORM,
    f"{FORM}; charset=latin-1",
    f"{FORM}; charset=utf-16",
    f"{FORM}; charset=x-unknown",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "multipart/form-data; boundary=fuzz",
    "text/plain",
    "application/json",
    "",
)
FORM_FIELDS = (*CONTACT_FIELDS, *APPLICATION_FIELDS, "segments", "referral_code")


@fuzz
@given(
    url=st.sampled_from((CONTACT_URL, *JOIN_URLS)),
    content_type=st.sampled_from(CONTENT_TYPES),
    body=st.one_of(
        st.binary(max_size=400),
        query_string(FORM_FIELDS).map(str.encode),
        st.lists(st.sampled_from(BROKEN_UTF8), max_size=8).map(
            lambda parts: "".join(parts).encode()
        ),
        st.just(b'--fuzz\r\nContent-Disposition: form-data; name="name"\r\n\r\n\x00\r\n--fuzz--'),
    ),
)
@example(url=CONTACT_URL, content_type=FORM, body=b"name=%ff%fe&email=%c0%80&message=%00")
@example(url=JOIN_URLS[0], content_type="multipart/form-data; boundary=fuzz", body=b"--fuzz\r\n")
def test_bodies_that_are_not_forms_are_refused(client, site, url, content_type, body):
    cache.clear()
    response = client.generic("POST", url, body, content_type=content_type)
    assert_answered(response)
    assert_stored_clean()


PAGES_WITHOUT_A_FORM = ("/en/", "/en/about/", "/en/news/", "/en/members/", "/en/search/")
OTHER_METHODS = ("PUT", "PATCH", "DELETE", "TRACE", "PROPFIND")


@fuzz
@given(
    url_and_method=st.one_of(
        st.tuples(st.sampled_from(PAGES_WITHOUT_A_FORM), st.sampled_from(("POST", *OTHER_METHODS))),
        st.tuples(st.sampled_from((CONTACT_URL, *JOIN_URLS)), st.sampled_from(OTHER_METHODS)),
    ),
    body=query_string(FORM_FIELDS).map(str.encode),
)
def test_other_methods_and_addresses_are_refused(client, site, url_and_method, body):
    url, method = url_and_method
    response = client.generic(method, url, body, content_type=FORM)
    assert_answered(response)
    assert 400 <= response.status_code < 500
    assert not ContactMessage.objects.exists()
    assert not MembershipApplication.objects.exists()
