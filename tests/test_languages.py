"""Nothing in the code names a language: every per-language column, form field, CSV column,
link and fallback comes from settings.LANGUAGES.

These tests are written for any set of languages. The suite runs them with English and
Simplified Chinese; .ci/run runs them again in a copy of the project with Traditional
Chinese added (DJANGO_LANGUAGES=en,zh-hans,zh-hant and `makemigrations` for the new
columns), which is all an association serving Hong Kong and Taiwan would have to do.
"""

import csv
import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from core.languages import localized
from members.csv_io import COLUMNS, export_members, import_members
from members.models import MemberCompany, MembershipApplication
from members.services import approve_application
from news.models import Article
from tests.factories import ArticleFactory, MemberCompanyFactory
from tests.html import Html

pytestmark = pytest.mark.django_db

CODES = [code for code, _name in settings.LANGUAGES]
DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
OTHERS = [code for code in CODES if code != DEFAULT]


def names(field: str) -> dict[str, str]:
    """A distinct text per language: {"title_en": "title in en", ...}."""
    return {build_localized_fieldname(field, code): f"{field} in {code}" for code in CODES}


def test_every_translated_field_has_a_column_per_language():
    for model in translator.get_registered_models():
        columns = {field.name for field in model._meta.concrete_fields}
        for field in translator.get_options_for_model(model).fields:
            assert set(localized(field)) <= columns, (model, field)


@pytest.mark.parametrize("code", CODES)
def test_each_language_reads_its_own_text(client, code):
    article = ArticleFactory(**names("title"), **names("body"))
    page = Html(client.get(f"/{code}/news/{article.slug}/"))
    assert page.attr("html", "lang") == code
    assert page.text("h1") == f"title in {code}"
    assert not page.one("h1").has_attr("lang")  # not a fallback


@pytest.mark.parametrize("code", OTHERS)
def test_a_missing_translation_falls_back_marked_with_its_language(client, code):
    article = ArticleFactory(**{build_localized_fieldname("title", DEFAULT): "Only one"})
    page = Html(client.get(f"/{code}/news/{article.slug}/"))
    assert page.text("h1") == "Only one"
    assert page.attr("h1", "lang") == DEFAULT


@pytest.mark.parametrize("code", CODES)
def test_the_switch_and_the_alternates_offer_every_other_language(client, code):
    article = ArticleFactory()
    page = Html(client.get(f"/{code}/news/{article.slug}/"))
    switch = [link["hreflang"] for link in page.all("p.language-switch a")]
    assert switch == [other for other in CODES if other != code]
    alternates = {link["hreflang"] for link in page.all("link[rel=alternate][hreflang]")}
    assert alternates == {*CODES, "x-default"}


def test_the_admin_form_has_a_field_per_language(staff_client):
    page = Html(staff_client.get(reverse("admin:news_article_add")))
    for name in localized("title") + localized("body"):
        assert page.has(f'[name="{name}"]'), name


def test_csv_has_a_column_per_language_and_round_trips_each(tmp_path):
    assert set(localized("name")) <= set(COLUMNS)
    MemberCompanyFactory(slug="acme", **names("name"), **names("city"))
    out = io.StringIO()
    export_members(out=out)
    header = out.getvalue().splitlines()[0].split(",")
    assert [c for c in header if c.startswith("name_")] == localized("name")
    MemberCompany.objects.all().delete()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    report = import_members(rows=rows)
    assert report.created == 1 and report.rejected == []
    company = MemberCompany.objects.get(slug="acme")
    for code in CODES:
        assert company.translation("name", code) == f"name in {code}"


def test_an_application_in_any_language_becomes_a_member_named_in_each(client, admin_user):
    code = CODES[-1]
    data = {
        **names("company_name"),
        "contact_name": "Chan",
        "contact_email": "chan@example.com",
        "contact_phone": "+852 0000 0000",
        "referral_code": "",
    }
    form = Html(client.get(f"/{code}/members/join/"))
    assert form.attr("form input[type=text]", "name") == build_localized_fieldname(
        "company_name", code
    )
    assert client.post(f"/{code}/members/join/", data).status_code == 302
    member = approve_application(application=MembershipApplication.objects.get(), by=admin_user)
    for language in CODES:
        assert member.translation("name", language) == f"company_name in {language}"


def test_the_directory_finds_a_company_by_its_name_in_any_language(client):
    MemberCompanyFactory(**names("name"))
    for code in CODES:
        response = client.get(f"/{CODES[0]}/members/", {"q": f"name in {code}"})
        assert response.context["paginator"].count == 1, code


def test_the_demo_loads_and_every_language_shows_a_page(client, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "languages-test-password")
    call_command("load_demo", stdout=io.StringIO())
    article = Article.objects.published().first()
    for code in CODES:
        with translation.override(code):
            page = Html(client.get(article.get_absolute_url()))
        assert page.attr("html", "lang") == code
        shown = page.attr("h1", "lang") or code  # the text's own language when it fell back
        assert page.text("h1") == article.translation("title", shown)
