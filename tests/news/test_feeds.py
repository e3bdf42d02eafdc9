import calendar
import datetime

import feedparser
import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from core.publishing import Status
from news.feeds import FEED_LENGTH
from news.models import Category
from tests.factories import ArticleFactory, CategoryFactory, ImageFactory, SiteSettingsFactory
from tests.html import Html

pytestmark = pytest.mark.django_db

RSS_AND_ATOM = pytest.mark.parametrize("atom", [False, True], ids=["rss", "atom"])


@pytest.fixture
def news():
    """Two categories in both languages, public articles, a draft and a scheduled one."""
    SiteSettingsFactory(site_name_en="Hunan PCA", site_name_zh_hans="湖南省印制电路行业协会")
    ic = CategoryFactory(name_en="IC News", name_zh_hans="集成电路新闻", slug="ic-news")
    events = CategoryFactory(name_en="Events", name_zh_hans="活动", slug="events")
    now = timezone.now()
    return {
        "older": ArticleFactory(
            title_en="Export rules tighten",
            title_zh_hans="出口规定收紧",
            summary_en="New rules for chips.",
            summary_zh_hans="芯片新规。",
            slug="export-rules",
            category=ic,
            publish_at=now - datetime.timedelta(days=3),
        ),
        "newer": ArticleFactory(
            title_en="Annual meeting in Changsha",
            title_zh_hans="长沙年会召开",
            summary_en="Members met in Changsha.",
            summary_zh_hans="会员齐聚长沙。",
            slug="annual-meeting",
            category=events,
            publish_at=now - datetime.timedelta(days=1),
        ),
        "draft": ArticleFactory(
            title_en="Unfinished draft", slug="draft", category=ic, status=Status.DRAFT
        ),
        "scheduled": ArticleFactory(
            title_en="Embargoed story",
            slug="embargoed",
            category=ic,
            publish_at=now + datetime.timedelta(days=1),
        ),
    }


def feed_url(name: str, language: str = "en", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"news:{name}", kwargs=kwargs or None)


def parse(client, url: str):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def as_datetime(parsed) -> datetime.datetime:
    """feedparser's UTC struct_time as an aware datetime (to the second)."""
    return datetime.datetime.fromtimestamp(calendar.timegm(parsed), tz=datetime.UTC)


@RSS_AND_ATOM
def test_news_feed_lists_public_articles_newest_first_in_english(client, news, atom):
    feed = parse(client, feed_url("feed_atom" if atom else "feed"))
    assert feed.version == ("atom10" if atom else "rss20")
    assert feed.feed.title == "News | Hunan PCA"
    assert feed.feed.language == "en"
    assert feed.feed.link == "http://testserver/en/news/"
    assert [entry.title for entry in feed.entries] == [
        "Annual meeting in Changsha",
        "Export rules tighten",
    ]
    entry = feed.entries[0]
    assert entry.link == entry.id == "http://testserver/en/news/annual-meeting/"
    assert entry.summary == "Members met in Changsha."
    assert [tag.term for tag in entry.tags] == ["Events"]
    published = news["newer"].publish_at.replace(microsecond=0)
    assert as_datetime(entry.published_parsed) == published


@RSS_AND_ATOM
def test_news_feed_in_chinese_has_chinese_titles_and_links(client, news, atom):
    feed = parse(client, feed_url("feed_atom" if atom else "feed", "zh-hans"))
    assert feed.feed.title == "新闻资讯 | 湖南省印制电路行业协会"
    assert feed.feed.language == "zh-hans"
    assert feed.feed.link == "http://testserver/zh-hans/news/"
    assert [(entry.title, entry.summary) for entry in feed.entries] == [
        ("长沙年会召开", "会员齐聚长沙。"),
        ("出口规定收紧", "芯片新规。"),
    ]
    assert feed.entries[0].link == "http://testserver/zh-hans/news/annual-meeting/"
    assert [tag.term for tag in feed.entries[0].tags] == ["活动"]


@RSS_AND_ATOM
def test_feeds_leave_out_drafts_and_scheduled_articles(client, news, atom):
    for url in [
        feed_url("feed_atom" if atom else "feed"),
        feed_url("category_feed_atom" if atom else "category_feed", slug="ic-news"),
    ]:
        response = client.get(url)
        titles = [entry.title for entry in feedparser.parse(response.content).entries]
        assert "Export rules tighten" in titles
        assert "Unfinished draft" not in titles and "Embargoed story" not in titles
        # Nor anywhere else in the document, such as the feed's dates.
        assert b"Embargoed" not in response.content and b"draft" not in response.content


@RSS_AND_ATOM
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_category_feed_has_only_its_category(client, news, atom, language):
    name = "category_feed_atom" if atom else "category_feed"
    feed = parse(client, feed_url(name, language, slug="ic-news"))
    expected = {
        "en": ("IC News | Hunan PCA", "Export rules tighten"),
        "zh-hans": ("集成电路新闻 | 湖南省印制电路行业协会", "出口规定收紧"),
    }[language]
    assert (feed.feed.title, *[entry.title for entry in feed.entries]) == expected
    assert feed.feed.link == f"http://testserver/{language}/news/category/ic-news/"
    assert feed.feed.language == language


def test_category_feed_describes_the_category(client, news):
    category = news["older"].category
    category.description = "Integrated circuits, from design to packaging."
    category.save()
    assert (
        parse(client, feed_url("category_feed", slug="ic-news")).feed.subtitle
        == "Integrated circuits, from design to packaging."
    )
    assert (
        parse(client, feed_url("category_feed_atom", slug="events")).feed.subtitle
        == "The newest articles in Events."
    )


@pytest.mark.parametrize("name", ["category_feed", "category_feed_atom"])
def test_feed_of_an_unknown_category_is_not_found(client, news, name):
    assert client.get(feed_url(name, slug="no-such-category")).status_code == 404


def test_feed_title_without_a_site_name_is_the_feed_alone(client):
    ArticleFactory()
    assert parse(client, feed_url("feed")).feed.title == "News"


def test_feed_holds_the_newest_twenty(client):
    category = CategoryFactory()
    articles = ArticleFactory.create_batch(FEED_LENGTH + 5, category=category)
    newest = sorted(articles, key=lambda article: article.publish_at, reverse=True)
    feed = parse(client, feed_url("category_feed_atom", slug=category.slug))
    assert [entry.title for entry in feed.entries] == [a.title for a in newest[:FEED_LENGTH]]


@RSS_AND_ATOM
def test_feed_text_is_shown_as_written(client, atom):
    """Titles are text and summaries HTML to a reader: neither loses "<" nor shows "&amp;"."""
    ArticleFactory(
        title="R&D: chips <5 nm", summary="Yields <b>up</b> & costs down", seo_description=""
    )
    entry = parse(client, feed_url("feed_atom" if atom else "feed")).entries[0]
    assert entry.title == "R&D: chips <5 nm"
    assert entry.title_detail.type == "text/plain"
    # The summary is HTML: the reader shows it decoded, markup included as text.
    assert entry.summary_detail.type == "text/html"
    assert Html(f"<p>{entry.summary}</p>").text("p") == "Yields <b>up</b> & costs down"


def test_feed_prefers_the_search_engine_description_to_the_summary(client):
    ArticleFactory(summary="The summary.", seo_description="The description.")
    assert parse(client, feed_url("feed")).entries[0].summary == "The description."


@RSS_AND_ATOM
def test_feed_names_the_author_by_full_name_never_by_username(client, atom):
    users = get_user_model().objects
    named = users.create_user("wfang", first_name="Fang", last_name="Wang")
    unnamed = users.create_user("editor7")
    ArticleFactory(title="Named", author=named)
    ArticleFactory(title="Unnamed", author=unnamed)
    ArticleFactory(title="Nobody's", author=None)
    response = client.get(feed_url("feed_atom" if atom else "feed"))
    entries = {entry.title: entry for entry in feedparser.parse(response.content).entries}
    assert entries["Named"].author == "Fang Wang"
    assert "author" not in entries["Unnamed"] and "author" not in entries["Nobody's"]
    assert b"editor7" not in response.content


@RSS_AND_ATOM
def test_featured_image_is_an_enclosure(client, atom):
    image = ImageFactory()
    ArticleFactory(title="With a picture", image=image)
    ArticleFactory(title="Without one")
    feed = parse(client, feed_url("feed_atom" if atom else "feed"))
    entries = {entry.title: entry for entry in feed.entries}
    [enclosure] = entries["With a picture"].enclosures
    assert enclosure.href == f"http://testserver{image.file.url}"
    assert enclosure.type == "image/png"
    assert int(enclosure.length) == image.file_size == image.file.size
    assert entries["Without one"].enclosures == []


def test_atom_entry_is_updated_when_edited_but_never_before_it_was_published(client):
    now = timezone.now()
    edited = ArticleFactory(title="Edited", publish_at=now - datetime.timedelta(days=9))
    # Written last week, scheduled for yesterday: for readers it is new as of yesterday.
    with time_machine.travel(now - datetime.timedelta(days=7)):
        ArticleFactory(title="Waited", publish_at=now - datetime.timedelta(days=1))
    entries = {e.title: e for e in parse(client, feed_url("feed_atom")).entries}
    edited.refresh_from_db()
    assert as_datetime(entries["Edited"].updated_parsed) == edited.updated_at.replace(microsecond=0)
    assert entries["Waited"].updated_parsed == entries["Waited"].published_parsed


def head_feeds(response) -> list[tuple[str, str, str]]:
    head = Html(response).one("head")
    return [
        (link["type"], link["href"], link["title"])
        for link in head.select("link[rel=alternate][type$='+xml']")
    ]


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_every_page_links_the_news_feeds_in_its_language(client, news, language):
    feeds = head_feeds(client.get(f"/{language}/"))
    assert [(kind, href) for kind, href, _title in feeds] == [
        ("application/rss+xml", f"/{language}/news/feed/"),
        ("application/atom+xml", f"/{language}/news/feed/atom/"),
    ]
    assert all(title for _kind, _href, title in feeds)
    # Each link leads to a feed in that language.
    for _kind, href, _title in feeds:
        assert parse(client, href).feed.language == language


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_category_page_links_its_own_feeds(client, news, language):
    response = client.get(f"/{language}/news/category/ic-news/")
    base = f"/{language}/news/category/ic-news/feed/"
    assert [(kind, href) for kind, href, _title in head_feeds(response)] == [
        ("application/rss+xml", f"/{language}/news/feed/"),
        ("application/atom+xml", f"/{language}/news/feed/atom/"),
        ("application/rss+xml", base),
        ("application/atom+xml", f"{base}atom/"),
    ]
    name = {"en": "IC News", "zh-hans": "集成电路新闻"}[language]
    assert name in head_feeds(response)[2][2]
    # The visible line offers the same two, and they parse.
    links = Html(response).links("p.feed-links")
    assert [href for href, _text in links] == [base, f"{base}atom/"]
    for href, _text in links:
        assert parse(client, href).entries[0].title in ("Export rules tighten", "出口规定收紧")


def test_category_page_offers_to_subscribe(client, news):
    page = Html(client.get("/en/news/category/ic-news/"))
    assert page.text("p.feed-links") == "Subscribe: RSS feed · Atom feed"
    assert [text for _href, text in page.links("p.feed-links")] == ["RSS feed", "Atom feed"]


def _populate(n_articles: int) -> None:
    SiteSettingsFactory()
    categories = CategoryFactory.create_batch(2)
    author = get_user_model().objects.create_user("author", first_name="Li", last_name="Wei")
    for i in range(n_articles):
        ArticleFactory(category=categories[i % 2], author=author, image=ImageFactory())


# With a warm site cache (the site's name comes from it): the articles, and the category.
FEED_QUERIES = {"feed": 1, "feed_atom": 1, "category_feed": 2, "category_feed_atom": 2}


@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize("n_articles", [3, 25])
@pytest.mark.parametrize("name", list(FEED_QUERIES))
def test_feed_query_count_does_not_grow_with_articles(
    client, django_assert_num_queries, name, n_articles, language
):
    _populate(n_articles)
    kwargs = {"slug": Category.objects.first().slug} if "category" in name else {}
    url = feed_url(name, language, **kwargs)
    assert client.get(url).status_code == 200  # warms the site cache
    with django_assert_num_queries(FEED_QUERIES[name]):
        feed = parse(client, url)
    expected = min(n_articles if "category" not in name else (n_articles + 1) // 2, FEED_LENGTH)
    assert len(feed.entries) == expected
    assert all(entry.enclosures and entry.author == "Li Wei" for entry in feed.entries)


def test_head_links_name_the_feeds(client, news):
    assert [title for _kind, _href, title in head_feeds(client.get("/en/news/"))] == [
        "News (RSS)",
        "News (Atom)",
    ]
