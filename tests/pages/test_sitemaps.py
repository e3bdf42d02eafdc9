"""/sitemap.xml and /robots.txt: every address a visitor can open, in every language, for
search engines; and where they may not go."""

import datetime
import math
import urllib.robotparser
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from core.publishing import Status
from members.models import MemberCompany
from news.models import Article
from news.sitemaps import ArticleSitemap
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    MemberCompanyFactory,
    PageFactory,
    SiteSettingsFactory,
    edit,
)

pytestmark = pytest.mark.django_db

SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NS = {"sm": SITEMAPS, "xhtml": "http://www.w3.org/1999/xhtml"}
LANGUAGES = ("en", "zh-hans")
UTC = datetime.UTC


def read_xml(response, root: str) -> ElementTree.Element:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    element = ElementTree.fromstring(response.content)  # noqa: S314 (our own output)
    assert element.tag == f"{{{SITEMAPS}}}{root}"
    return element


def urlset(response) -> dict[str, dict]:
    """A sitemap's entries by address: {"lastmod": "2026-06-01" or None, "alternates":
    {hreflang: href}}; an address listed twice fails the test."""
    entries = {}
    for url in read_xml(response, "urlset").findall("sm:url", NS):
        loc = url.findtext("sm:loc", namespaces=NS)
        assert loc not in entries, f"{loc} is listed twice"
        links = url.findall("xhtml:link", NS)
        assert all(link.get("rel") == "alternate" for link in links)
        entries[loc] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {link.get("hreflang"): link.get("href") for link in links},
        }
    return entries


def sitemap_index(response) -> dict[str, str | None]:
    """A sitemap index's sitemaps: {address: lastmod or None}, in order."""
    return {
        sitemap.findtext("sm:loc", namespaces=NS): sitemap.findtext("sm:lastmod", namespaces=NS)
        for sitemap in read_xml(response, "sitemapindex").findall("sm:sitemap", NS)
    }


def without_language(path: str) -> str:
    """/en/news/x/ -> /news/x/"""
    return "/" + path.split("/", 2)[2]


def in_each_language(path: str, languages=LANGUAGES) -> dict[str, str]:
    """``path`` (without its language) as the sitemap names it in each language, and its
    x-default: the same path without a language."""
    versions = {code: f"http://testserver/{code}{path}" for code in languages}
    return {**versions, "x-default": f"http://testserver{path}"}


def test_sitemap_lists_each_article_in_both_languages_with_alternates(client):
    with time_machine.travel(datetime.datetime(2026, 6, 1, 2, 0, tzinfo=UTC), tick=False):
        ArticleFactory(slug="board-makers-meet", publish_at=timezone.now())
        ArticleFactory(slug="new-standard", publish_at=timezone.now())
    entries = urlset(client.get("/sitemap.xml"))
    for slug in ("board-makers-meet", "new-standard"):
        versions = in_each_language(f"/news/{slug}/")
        for code in LANGUAGES:
            assert entries[versions[code]] == {"lastmod": "2026-06-01", "alternates": versions}


def test_sitemap_lists_exactly_what_visitors_can_open(client):
    SiteSettingsFactory()
    future = timezone.now() + datetime.timedelta(days=1)
    category = CategoryFactory(slug="ic-news")
    ArticleFactory(slug="public-news", category=category)
    ArticleFactory(slug="draft-news", category=category, status=Status.DRAFT)
    ArticleFactory(slug="scheduled-news", category=category, publish_at=future)
    PageFactory(slug="about")
    PageFactory(slug="draft-page", status=Status.DRAFT)
    PageFactory(slug="scheduled-page", publish_at=future)
    MemberCompanyFactory(slug="active-maker")
    MemberCompanyFactory(slug="gone-maker", is_active=False)

    entries = urlset(client.get("/sitemap.xml"))

    public = [
        "/",
        "/news/",
        "/sitemap/",
        "/about/",
        "/news/category/ic-news/",
        "/news/public-news/",
        "/members/",
        "/members/join/",
        "/members/active-maker/",
    ]
    assert sorted(entries) == sorted(
        f"http://testserver/{code}{path}" for path in public for code in LANGUAGES
    )
    for loc, entry in entries.items():
        path = urlsplit(loc).path
        assert entry["alternates"] == in_each_language(without_language(path))
        assert client.get(path).status_code == 200, path


def test_sitemap_lastmod_is_when_visitors_last_saw_a_change(client):
    def at(*moment):
        return datetime.datetime(*moment, tzinfo=UTC)

    with time_machine.travel(at(2026, 3, 2, 2), tick=False):
        category = CategoryFactory(slug="ic-news")
        edited = ArticleFactory(slug="edited", category=category, publish_at=at(2026, 3, 1, 2))
        # Saved in March, out on its own in April with no write.
        ArticleFactory(slug="scheduled", category=category, publish_at=at(2026, 4, 10, 2))
        ArticleFactory(slug="draft", category=category, status=Status.DRAFT)
        CategoryFactory(slug="empty")
        PageFactory(slug="about", publish_at=at(2026, 3, 1, 2))
        MemberCompanyFactory(slug="maker")
    # 18:00 UTC is 02:00 the next day in Beijing: dates are in the site's TIME_ZONE.
    with time_machine.travel(at(2026, 5, 1, 18), tick=False):
        edit(edited, title="Corrected title")
        edit(MemberCompany.objects.get(slug="maker"), city="Changsha")
    with time_machine.travel(at(2026, 6, 1, 2), tick=False):
        entries = urlset(client.get("/sitemap.xml"))
        # A draft edited today changes no public page.
        edit(category.articles.get(slug="draft"), title="Still a draft")
        assert urlset(client.get("/sitemap.xml")) == entries

    def lastmod(path):
        return {entries[f"http://testserver/{code}{path}"]["lastmod"] for code in LANGUAGES}

    assert lastmod("/news/edited/") == {"2026-05-02"}
    assert lastmod("/news/scheduled/") == {"2026-04-10"}
    assert lastmod("/news/category/ic-news/") == {"2026-05-02"}  # its newest article change
    assert lastmod("/news/category/empty/") == {None}
    assert lastmod("/about/") == {"2026-03-02"}
    assert lastmod("/members/maker/") == {"2026-05-02"}
    assert lastmod("/news/") == {None}  # a list: no single row says when it changed


def test_sitemap_and_robots_follow_the_configured_languages(client, settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("zh-hant", "Traditional Chinese")]
    languages = ("en", "zh-hans", "zh-hant")
    ArticleFactory(slug="three-ways")
    entries = urlset(client.get("/sitemap-articles.xml"))
    versions = in_each_language("/news/three-ways/", languages)
    assert sorted(entries) == sorted(versions[code] for code in languages)
    assert all(entry["alternates"] == versions for entry in entries.values())
    assert "Disallow: /zh-hant/search/\n" in client.get("/robots.txt").content.decode()


def test_x_default_sends_each_visitor_to_their_language(client, settings):
    ArticleFactory(slug="board-makers-meet")
    entries = urlset(client.get("/sitemap.xml"))
    for path in ("/news/board-makers-meet/", "/"):
        x_default = entries[f"http://testserver/en{path}"]["alternates"]["x-default"]
        for accept, language in [("zh-CN,zh;q=0.9", "zh-hans"), ("en-GB", "en"), ("fr", None)]:
            response = client.get(x_default, headers={"accept-language": accept})
            assert response.status_code == 302
            assert response["Location"] == f"/{language or settings.LANGUAGE_CODE}{path}"
            assert "Accept-Language" in response["Vary"]


def test_a_section_over_its_limit_turns_the_sitemap_into_an_index(client, monkeypatch):
    with time_machine.travel(datetime.datetime(2026, 6, 1, 2, 0, tzinfo=UTC), tick=False):
        ArticleFactory.create_batch(3, publish_at=timezone.now())
    everything = set(urlset(client.get("/sitemap.xml")))
    monkeypatch.setattr(ArticleSitemap, "limit", 4)  # 3 articles in 2 languages: 2 pages

    sitemaps = sitemap_index(client.get("/sitemap.xml"))

    assert list(sitemaps) == [
        "http://testserver/sitemap-site.xml",
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-categories.xml",
        "http://testserver/sitemap-articles.xml",
        "http://testserver/sitemap-articles.xml?p=2",
        "http://testserver/sitemap-membership.xml",
        "http://testserver/sitemap-members.xml",
    ]
    assert sitemaps["http://testserver/sitemap-articles.xml?p=2"].startswith("2026-06-01T")
    pages = {sitemap: urlset(client.get(sitemap)) for sitemap in sitemaps}
    assert len(pages["http://testserver/sitemap-articles.xml"]) == 4
    assert len(pages["http://testserver/sitemap-articles.xml?p=2"]) == 2
    # Together, the pages list every address once.
    listed = [loc for page in pages.values() for loc in page]
    assert len(listed) == len(everything) and set(listed) == everything
    assert client.get("/sitemap-articles.xml?p=3").status_code == 404


def test_section_sitemaps_exist_while_the_sitemap_is_one_file(client):
    ArticleFactory(slug="only-one")
    assert read_xml(client.get("/sitemap.xml"), "urlset") is not None
    assert sorted(urlset(client.get("/sitemap-articles.xml"))) == [
        "http://testserver/en/news/only-one/",
        "http://testserver/zh-hans/news/only-one/",
    ]
    assert client.get("/sitemap-drafts.xml").status_code == 404
    assert client.get("/sitemap-articles.xml?p=2").status_code == 404


def test_robots_keeps_crawlers_out_of_the_admin_previews_and_search(client, settings):
    settings.ALLOWED_HOSTS = ["xiehui.example.org"]
    draft = ArticleFactory(slug="draft-news", status=Status.DRAFT)
    response = client.get("/robots.txt", secure=True, headers={"host": "xiehui.example.org"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "User-agent: *\n"
        "Disallow: /admin/\n"
        "Disallow: /en/search/\n"
        "Disallow: /zh-hans/search/\n"
        "\n"
        "Sitemap: https://xiehui.example.org/sitemap.xml\n"
    )
    # As a crawler reads it:
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(response.content.decode().splitlines())
    assert robots.site_maps() == ["https://xiehui.example.org/sitemap.xml"]
    preview = reverse("admin:news_article_preview", args=[draft.pk])
    for path in ["/admin/", preview, "/en/search/?q=pcb", "/zh-hans/search/?q=电路板"]:
        assert not robots.can_fetch("*", path), path
    for path in ["/en/", "/zh-hans/news/", "/en/news/draft-news/", "/sitemap.xml"]:
        assert robots.can_fetch("*", path), path


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/sitemap.xml", 8),  # each of the four sections of rows, twice (Django's views)
        ("/sitemap-articles.xml", 1),
        ("/sitemap-categories.xml", 1),
        ("/sitemap-members.xml", 1),
        ("/sitemap-pages.xml", 1),
        ("/sitemap-site.xml", 0),
    ],
)
def test_sitemap_query_counts_stay_the_same_as_content_grows(
    client, django_assert_num_queries, url, queries
):
    for count in (3, 30):
        for factory in (ArticleFactory, MemberCompanyFactory, PageFactory):  # and categories
            factory.create_batch(count - factory._meta.model.objects.count())
        with django_assert_num_queries(queries):
            assert client.get(url).status_code == 200


def test_sitemap_index_query_count_stays_the_same_as_content_grows(
    client, django_assert_max_num_queries, monkeypatch
):
    monkeypatch.setattr(ArticleSitemap, "limit", 4)
    counts = []
    for count in (3, 30):
        ArticleFactory.create_batch(count - Article.objects.count())
        # At most three times each section of rows: to choose an index (up to the first
        # section over its limit), then Django's index view, for its lastmod and its pages.
        with django_assert_max_num_queries(12) as queries:
            sitemaps = sitemap_index(client.get("/sitemap.xml"))
        assert len(sitemaps) == 5 + math.ceil(count * len(LANGUAGES) / 4)
        counts.append(len(queries))
    assert counts[0] == counts[1]
