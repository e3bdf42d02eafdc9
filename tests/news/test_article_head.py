"""An article shared or found: its title, description and picture in the Open Graph and
Twitter card tags, its NewsArticle structured data, and the QR code beside it that opens it
on a phone or in WeChat."""

import datetime
import json

import pytest
import segno
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from PIL import Image as Pillow

from core.templatetags.qr import qr_cache_key
from tests.factories import ArticleFactory, CategoryFactory, ImageFactory, SiteSettingsFactory, _png
from tests.html import Html
from tests.news.test_admin import article_form

pytestmark = pytest.mark.django_db


def structured_data(page: Html, kind: str) -> list[dict]:
    scripts = page.all('script[type="application/ld+json"]')
    return [data for s in scripts if (data := json.loads(s.string))["@type"] == kind]


def meta(page: Html, name: str) -> str | None:
    attribute = "property" if name.startswith(("og:", "article:")) else "name"
    return page.attr(f"meta[{attribute}='{name}']", "content")


@pytest.fixture
def story():
    SiteSettingsFactory(site_name="Hunan PCA")
    image = ImageFactory(file=_png("summit.png", size=(1600, 900)), alt_en="Delegates in the hall")
    return ArticleFactory(
        title="Changsha hosts the PCB summit",
        slug="pcb-summit",
        category=CategoryFactory(name="IC News", slug="ic-news"),
        summary="Board makers met in Changsha.",
        seo_description="Three hundred board makers met in Changsha to talk about AI servers.",
        image=image,
        publish_at=timezone.make_aware(datetime.datetime(2025, 4, 17, 9, 30)),
    )


# --- Open Graph and Twitter cards ------------------------------------------------------------


def test_a_shared_article_shows_its_title_description_and_picture(client, story):
    page = Html(client.get("/en/news/pcb-summit/"))
    assert meta(page, "og:type") == "article"
    assert meta(page, "og:title") == meta(page, "twitter:title") == story.title
    description = "Three hundred board makers met in Changsha to talk about AI servers."
    assert meta(page, "description") == meta(page, "og:description") == description
    assert meta(page, "twitter:description") == description
    url = "http://testserver/en/news/pcb-summit/"
    assert meta(page, "og:url") == page.attr("link[rel=canonical]", "href") == url
    shared = meta(page, "og:image")
    assert shared.startswith("http://testserver/media/") and shared.endswith(".png")
    with Pillow.open(settings.MEDIA_ROOT / shared.split("/media/", 1)[1]) as made:
        assert made.size == (1200, 630)
    assert (meta(page, "og:image:width"), meta(page, "og:image:height")) == ("1200", "630")
    assert meta(page, "og:image:alt") == meta(page, "twitter:image:alt") == "Delegates in the hall"
    assert meta(page, "twitter:card") == "summary_large_image"
    assert meta(page, "twitter:image") == shared
    assert meta(page, "article:published_time") == "2025-04-17T09:30:00+08:00"
    assert meta(page, "article:modified_time") >= "2025-04-17T09:30:00+08:00"
    assert meta(page, "article:section") == "IC News"


def test_a_small_picture_is_shared_at_its_own_size(client):
    SiteSettingsFactory()
    article = ArticleFactory(image=ImageFactory(file=_png("small.png", size=(800, 450))))
    page = Html(client.get(article.get_absolute_url()))
    assert (meta(page, "og:image:width"), meta(page, "og:image:height")) == ("800", "420")


def test_an_article_without_a_picture_shares_the_icon_and_its_start(client):
    SiteSettingsFactory(site_name="Hunan PCA")
    article = ArticleFactory(summary="", body="<p>Board makers met &amp; talked.</p>")
    page = Html(client.get(article.get_absolute_url()))
    assert meta(page, "twitter:card") == "summary"
    assert meta(page, "og:image").startswith("http://testserver/icons/512.png?v=")
    assert meta(page, "og:description") == "Board makers met & talked."


# --- NewsArticle -----------------------------------------------------------------------------


def test_an_article_is_a_news_article_published_by_the_association(client, story):
    page = Html(client.get("/en/news/pcb-summit/"))
    [article] = structured_data(page, "NewsArticle")
    url = "http://testserver/en/news/pcb-summit/"
    association = {
        "@type": "Organization",
        "@id": "http://testserver/en/#organization",
        "name": "Hunan PCA",
        "url": "http://testserver/en/",
        "logo": article["publisher"]["logo"],
    }
    assert article["@context"] == "https://schema.org"
    assert article["headline"] == "Changsha hosts the PCB summit"
    assert article["description"] == meta(page, "description")
    assert article["image"] == [meta(page, "og:image")]
    assert article["datePublished"] == "2025-04-17T09:30:00+08:00"
    assert article["dateModified"] >= article["datePublished"]
    assert article["publisher"] == article["author"] == association
    assert article["publisher"]["logo"].startswith("http://testserver/icons/512.png?v=")
    assert article["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert article["url"] == url
    assert article["inLanguage"] == "en"
    assert article["articleSection"] == "IC News"
    [trail] = structured_data(page, "BreadcrumbList")
    assert [(i["position"], i["name"], i["item"]) for i in trail["itemListElement"]] == [
        (1, "Home", "http://testserver/en/"),
        (2, "IC News", "http://testserver/en/news/category/ic-news/"),
    ]


def test_the_chinese_article_is_described_in_chinese(client, story):
    story.title_zh_hans = "长沙举办印制电路板峰会"
    story.save()
    [article] = structured_data(Html(client.get("/zh-hans/news/pcb-summit/")), "NewsArticle")
    assert article["headline"] == "长沙举办印制电路板峰会"
    assert article["inLanguage"] == "zh-hans"
    assert article["url"] == "http://testserver/zh-hans/news/pcb-summit/"
    assert article["publisher"]["url"] == "http://testserver/zh-hans/"


def test_a_long_headline_is_cut_to_what_google_shows(client):
    SiteSettingsFactory()
    article = ArticleFactory(title="Printed circuit boards " * 10)
    [data] = structured_data(Html(client.get(article.get_absolute_url())), "NewsArticle")
    assert len(data["headline"]) <= 110 and data["headline"].endswith("…")


def test_a_hostile_title_cannot_break_out_of_the_structured_data(client):
    SiteSettingsFactory()
    title = "</script><script>alert(1)</script> & <!-- chips"
    article = ArticleFactory(title=title)
    html = client.get(article.get_absolute_url()).content.decode()
    page = Html(html)
    scripts = page.all("script")
    assert scripts and all(s["type"] == "application/ld+json" for s in scripts)
    assert html.count("<script") == len(scripts)
    assert "alert(1)</script>" not in html
    [data] = structured_data(page, "NewsArticle")
    assert data["headline"] == title


# --- The QR code -----------------------------------------------------------------------------


def expected_svg(url: str) -> str:
    code = segno.make(url, error="m", micro=False)
    return code.svg_inline(
        border=4, dark="#000", light="#fff", omitsize=True, svgclass="qr", lineclass=None
    )


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_a_qr_code_beside_the_article_opens_it_in_the_same_language(client, story, language):
    url = f"http://testserver/{language}/news/pcb-summit/"
    page = Html(client.get(f"/{language}/news/pcb-summit/"))
    figure = page.one("article figure.share-qr")
    svg = figure.select_one("svg")
    assert svg["role"] == "img" and svg["aria-label"]
    drawn = Html(expected_svg(url)).one("path[stroke]")["d"]
    assert svg.select_one("path[stroke]")["d"] == drawn
    assert cache.get(qr_cache_key(url)) == expected_svg(url)
    if language == "en":
        caption = "Scan to read on your phone or share in WeChat"
        assert page.text("figure.share-qr figcaption") == caption
        assert svg["aria-label"] == "QR code with this article's address"


def test_the_qr_code_is_made_once(client, story, monkeypatch):
    client.get("/en/news/pcb-summit/")

    def fail(*args, **kwargs):
        raise AssertionError("made again")

    monkeypatch.setattr(segno, "make", fail)
    page = Html(client.get("/en/news/pcb-summit/"))
    assert page.has("figure.share-qr svg")


def test_the_article_head_costs_no_query(client, django_assert_num_queries, story):
    """The picture's renditions come with the article (one prefetch, kept with it), the
    association's details from the cached site chrome: the head adds no query to the
    article page's none (the article and its links are kept, news.views)."""
    client.get("/en/news/pcb-summit/")  # makes the renditions, warms the caches
    with django_assert_num_queries(0):
        client.get("/en/news/pcb-summit/")


def test_a_preview_has_no_canonical_address_and_a_new_article_no_qr_code(staff_client, story):
    url = reverse("admin:news_article_preview", args=[story.pk])
    page = Html(staff_client.post(url, article_form(story.category, slug="pcb-summit")))
    assert not page.has("link[rel=canonical]")
    [data] = structured_data(page, "NewsArticle")
    assert data["url"] == "http://testserver/en/news/pcb-summit/"
    assert page.has("figure.share-qr svg")
    new = reverse("admin:news_article_preview", args=["add"])
    page = Html(staff_client.post(new, article_form(story.category, slug="")))
    assert page.text("h1") == "Changsha hosts the PCB summit"
    assert not page.has("figure.share-qr")
    assert "url" not in structured_data(page, "NewsArticle")[0]
