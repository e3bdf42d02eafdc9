"""What every page tells search engines and the apps a link is shared in: a title of its
own, a description, one canonical address, Open Graph and Twitter card tags, and structured
data (the association as an Organization, the breadcrumbs as a BreadcrumbList)."""

import json

import pytest

from pages.models import Page
from tests.factories import (
    ArticleFactory,
    ContactPhoneFactory,
    MemberCompanyFactory,
    PageFactory,
    SiteSettingsFactory,
)
from tests.html import Html

pytestmark = pytest.mark.django_db


def structured_data(page: Html, kind: str) -> list[dict]:
    scripts = page.all('script[type="application/ld+json"]')
    return [data for s in scripts if (data := json.loads(s.string))["@type"] == kind]


def canonical(page: Html) -> str:
    href = page.attr("link[rel=canonical]", "href")
    assert page.attr("meta[property='og:url']", "content") == href
    return href


# --- Canonical addresses ---------------------------------------------------------------------


def test_a_list_is_canonical_without_its_query_but_a_later_page_keeps_its_number(client):
    SiteSettingsFactory()
    ArticleFactory.create_batch(12)  # two pages of ten
    news = "http://testserver/en/news/"
    assert canonical(Html(client.get("/en/news/"))) == news
    assert canonical(Html(client.get("/en/news/?page=1"))) == news
    assert canonical(Html(client.get("/en/news/?page=2"))) == news + "?page=2"
    assert canonical(Html(client.get("/en/news/?page=last"))) == news + "?page=2"
    # a link shared in WeChat comes back with ?from=…: still the same page
    shared = client.get("/en/news/?page=2&from=singlemessage&isappinstalled=0&utm_source=x")
    assert canonical(Html(shared)) == news + "?page=2"


def test_a_searched_or_filtered_directory_stands_for_the_whole_directory(client):
    SiteSettingsFactory()
    for i in range(30):  # two pages of 24
        MemberCompanyFactory(name=f"Changsha Boards {i}", slug=f"changsha-{i}")
    directory = "http://testserver/en/members/"
    assert canonical(Html(client.get("/en/members/?page=2"))) == directory + "?page=2"
    for query in ("?q=Changsha", "?q=Changsha&page=2", "?sort=name&page=2"):
        assert canonical(Html(client.get("/en/members/" + query))) == directory, query


def test_pages_are_canonical_in_their_own_language(client):
    SiteSettingsFactory()
    PageFactory(slug="about")
    MemberCompanyFactory(slug="acme")
    assert canonical(Html(client.get("/zh-hans/"))) == "http://testserver/zh-hans/"
    assert canonical(Html(client.get("/zh-hans/about/"))) == "http://testserver/zh-hans/about/"
    assert canonical(Html(client.get("/en/about/"))) == "http://testserver/en/about/"
    shared = client.get("/en/members/acme/?utm_source=wechat")
    assert canonical(Html(shared)) == "http://testserver/en/members/acme/"


def test_a_missing_page_has_no_canonical_address(client):
    SiteSettingsFactory()
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    page = Html(response)
    assert not page.has("link[rel=canonical]")
    assert not page.has("meta[property='og:url']")


# --- Titles and descriptions -----------------------------------------------------------------


def test_every_page_has_a_title_of_its_own_and_a_description(client):
    SiteSettingsFactory(site_name="Hunan PCA", tagline="Connecting the circuit industry")
    ArticleFactory.create_batch(12)
    MemberCompanyFactory(slug="acme", name="Acme Boards", short_description="")
    PageFactory(slug="about", title="About us", body="")
    urls = [
        "/en/",
        "/en/news/",
        "/en/news/?page=2",
        "/en/members/",
        "/en/members/acme/",
        "/en/members/join/",
        "/en/members/join/thanks/",
        "/en/about/",
        "/en/sitemap/",
    ]
    pages = {url: Html(client.get(url)) for url in urls}
    titles = {url: page.text("title") for url, page in pages.items()}
    assert len(set(titles.values())) == len(urls), titles
    assert titles["/en/news/"] == "News | Hunan PCA"
    assert titles["/en/news/?page=2"] == "News – page 2 | Hunan PCA"
    for url, page in pages.items():
        description = page.attr("meta[name=description]", "content")
        assert description, url
        assert page.attr("meta[property='og:description']", "content") == description
        assert page.attr("meta[name='twitter:description']", "content") == description
        title = page.attr("meta[property='og:title']", "content")
        assert page.attr("meta[name='twitter:title']", "content") == title
    # pages with nothing to say of themselves are described by the tagline
    for url in ("/en/", "/en/members/acme/", "/en/about/"):
        description = pages[url].attr("meta[name=description]", "content")
        assert description == "Connecting the circuit industry", url
    assert "Hunan PCA" in pages["/en/members/"].attr("meta[name=description]", "content")
    assert pages["/en/members/join/thanks/"].attr("meta[name=robots]", "content") == "noindex"


def test_a_site_without_a_tagline_is_described_by_its_name(client):
    SiteSettingsFactory(site_name="Hunan PCA", tagline="")
    assert Html(client.get("/en/")).attr("meta[name=description]", "content") == "Hunan PCA"


def test_pages_without_a_picture_of_their_own_share_the_icon_as_a_small_card(client):
    SiteSettingsFactory(site_name="Hunan PCA")
    page = Html(client.get("/en/members/"))
    image = page.attr("meta[property='og:image']", "content")
    assert image.startswith("http://testserver/icons/512.png?v=")
    assert page.attr("meta[name='twitter:image']", "content") == image
    assert page.attr("meta[property='og:image:width']", "content") == "512"
    assert page.attr("meta[property='og:image:height']", "content") == "512"
    assert page.attr("meta[property='og:image:alt']", "content") == "Hunan PCA"
    assert page.attr("meta[name='twitter:card']", "content") == "summary"


# --- Structured data -------------------------------------------------------------------------


def test_the_home_page_describes_the_association_with_its_phones_and_hours(client):
    SiteSettingsFactory(
        site_name="Hunan PCA",
        email="info@example.org",
        address_en="288 Lugu Avenue, Changsha",
        working_hours_en="8:30 a.m. to 5:30 p.m., Monday to Friday",
        working_hours_zh_hans="周一至周五 上午8:30至下午5:30",
    )
    ContactPhoneFactory(settings_id=1, number="+86 191 9627 2716", label_en="Office")
    ContactPhoneFactory(settings_id=1, number="+86 181 7379 0595", label_en="")
    [organization] = structured_data(Html(client.get("/en/")), "Organization")
    assert organization["@context"] == "https://schema.org"
    assert organization["name"] == "Hunan PCA"
    assert organization["url"] == "http://testserver/en/"
    assert organization["logo"].startswith("http://testserver/icons/512.png?v=")
    assert client.get(organization["logo"]).status_code == 200
    assert organization["telephone"] == "+86 191 9627 2716"
    assert organization["email"] == "info@example.org"
    assert organization["address"] == "288 Lugu Avenue, Changsha"
    office, other = organization["contactPoint"]
    assert (office["telephone"], office["contactType"]) == ("+86 191 9627 2716", "Office")
    assert other["telephone"] == "+86 181 7379 0595" and "contactType" not in other
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    expected = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": weekdays,
            "opens": "08:30",
            "closes": "17:30",
        }
    ]
    assert office["hoursAvailable"] == other["hoursAvailable"] == expected
    # the Chinese page reads the same hours from the Chinese text
    [chinese] = structured_data(Html(client.get("/zh-hans/")), "Organization")
    assert chinese["url"] == "http://testserver/zh-hans/"
    assert chinese["contactPoint"][0]["hoursAvailable"] == expected


def test_hours_that_say_no_days_and_times_are_left_out_not_guessed(client):
    SiteSettingsFactory(working_hours="By appointment")
    ContactPhoneFactory(settings_id=1)
    [organization] = structured_data(Html(client.get("/en/")), "Organization")
    assert "hoursAvailable" not in organization["contactPoint"][0]


def test_the_contact_page_describes_the_association_and_other_pages_do_not(client):
    SiteSettingsFactory(site_name="Hunan PCA")
    contact = PageFactory(slug="contact-us", kind=Page.Kind.CONTACT)
    about = PageFactory(slug="about")
    [organization] = structured_data(Html(client.get(contact.get_absolute_url())), "Organization")
    assert organization["name"] == "Hunan PCA"
    assert not structured_data(Html(client.get(about.get_absolute_url())), "Organization")
    assert not structured_data(Html(client.get("/en/members/")), "Organization")


def test_breadcrumbs_are_given_to_search_engines_as_shown(client):
    SiteSettingsFactory()
    member = MemberCompanyFactory(slug="acme", name="Acme Boards")
    page = Html(client.get(member.get_absolute_url()))
    [trail] = structured_data(page, "BreadcrumbList")
    assert trail["itemListElement"] == [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "http://testserver/en/"},
        {
            "@type": "ListItem",
            "position": 2,
            "name": "Members",
            "item": "http://testserver/en/members/",
        },
        {"@type": "ListItem", "position": 3, "name": "Acme Boards"},
    ]
    assert page.text("nav.breadcrumbs") == "Home Members Acme Boards"
    [chinese] = structured_data(Html(client.get("/zh-hans/members/")), "BreadcrumbList")
    assert [item["position"] for item in chinese["itemListElement"]] == [1, 2]
    assert chinese["itemListElement"][0]["item"] == "http://testserver/zh-hans/"
