import datetime
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from core.publishing import Status
from news.views import PAGE_SIZE
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    ContactPhoneFactory,
    ImageFactory,
    MemberCompanyFactory,
    SiteSettingsFactory,
)
from tests.html import Html

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_article(category):
    SiteSettingsFactory()
    company = MemberCompanyFactory(
        name="Shenzhen East Space Light Technology Co., Ltd",
        slug="shenzhen-east-space-light",
        featured=True,
    )
    article = ArticleFactory(
        title="Jensen Huang Visits Beijing Amidst U.S. Export Restrictions",
        slug="jensen-huang-visits-beijing",
        category=category,
        dateline_place="Beijing",
        publish_at=datetime.datetime(
            2025, 4, 17, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8))
        ),
        body="<p>NVIDIA CEO Jensen Huang arrived in Beijing on April 17.</p>"
        "<p>In his remarks, Huang acknowledged the impact.</p>",
    )
    article.companies.add(company)
    return article


def text_of(response) -> str:
    return Html(response).text()


def test_article_page_shows_what_the_seed_page_shows(client, seed_article):
    response = client.get(seed_article.get_absolute_url())
    assert response.status_code == 200
    page = Html(response)
    text = page.text()
    assert page.text("nav.breadcrumbs") == "Home IC News"
    assert "Jensen Huang Visits Beijing Amidst U.S. Export Restrictions" in text
    assert "Beijing, April 17 – NVIDIA CEO Jensen Huang arrived" in text
    assert "In his remarks, Huang acknowledged the impact." in text
    assert "Shenzhen East Space Light Technology Co., Ltd" in text
    assert "8:30 a.m. to 5:30 p.m., Monday to Friday" in text
    assert "中文" in text


def test_article_breadcrumb_links_work(client, seed_article):
    links = Html(client.get(seed_article.get_absolute_url())).links("nav.breadcrumbs")
    assert links == [("/en/", "Home"), ("/en/news/category/ic-news/", "IC News")]
    for url, _label in links:
        assert client.get(url).status_code == 200


def test_article_url_is_readable(seed_article):
    assert seed_article.get_absolute_url() == "/en/news/jensen-huang-visits-beijing/"


def test_dateline_uses_the_local_date_of_publication(client, category):
    # 23:30 UTC on 16 April is already 17 April in Asia/Shanghai.
    article = ArticleFactory(
        category=category,
        dateline_place="Shenzhen",
        publish_at=datetime.datetime(2025, 4, 16, 23, 30, tzinfo=datetime.UTC),
    )
    assert "Shenzhen, April 17 –" in text_of(client.get(article.get_absolute_url()))


def test_a_story_without_a_place_has_no_dateline(client, category):
    article = ArticleFactory(
        category=category,
        dateline_place="",
        publish_at=datetime.datetime(2025, 5, 2, 4, 0, tzinfo=datetime.UTC),
    )
    page = Html(client.get(article.get_absolute_url()))
    assert not page.has(".dateline")
    assert page.text("div.prose").startswith("First paragraph.")


def test_a_chinese_dateline_does_not_repeat_the_date_the_story_opens_with(client, category):
    article = ArticleFactory(
        category=category,
        dateline_place_zh_hans="北京",
        body_zh_hans="<p>4月17日，英伟达首席执行官黄仁勋抵达北京。</p>",
        publish_at=datetime.datetime(2025, 4, 17, 10, 0, tzinfo=datetime.UTC),
    )
    page = Html(client.get(f"/zh-hans/news/{article.slug}/"))
    assert page.text(".dateline") == "北京 –"
    assert page.text("div.prose").startswith("北京 – 4月17日，英伟达")


def test_draft_article_is_not_public(client):
    draft = ArticleFactory(status=Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert draft.title not in client.get("/en/news/").content.decode()


def test_scheduled_article_is_hidden_until_its_time(client):
    start = timezone.now()
    article = ArticleFactory(title="Embargoed story", publish_at=start + datetime.timedelta(days=1))
    assert client.get(article.get_absolute_url()).status_code == 404
    assert "Embargoed story" not in client.get("/en/news/").content.decode()
    assert "Embargoed story" not in client.get("/en/").content.decode()
    with mock.patch("django.utils.timezone.now", return_value=start + datetime.timedelta(days=2)):
        assert client.get(article.get_absolute_url()).status_code == 200
        assert "Embargoed story" in client.get("/en/news/").content.decode()


def test_editors_preview_drafts_and_scheduled_articles_with_a_notice(staff_client):
    draft = ArticleFactory(status=Status.DRAFT)
    assert Html(staff_client.get(draft.get_absolute_url())).text("p.notice") == (
        "Draft: only editors can see this."
    )
    beijing = datetime.timezone(datetime.timedelta(hours=8))
    scheduled = ArticleFactory(publish_at=datetime.datetime(2031, 5, 4, 9, 30, tzinfo=beijing))
    notice = Html(staff_client.get(scheduled.get_absolute_url())).text("p.notice")
    assert notice == "Scheduled for May 4, 2031, 09:30: until then only editors can see this."


def test_news_index_lists_all_categories_newest_first(client):
    old = ArticleFactory(
        title="Older story", publish_at=timezone.now() - datetime.timedelta(days=2)
    )
    new = ArticleFactory(
        title="Newer story", publish_at=timezone.now() - datetime.timedelta(days=1)
    )
    html = client.get("/en/news/").content.decode()
    assert html.index(new.title) < html.index(old.title)
    assert old.category.name in html and new.category.name in html


def test_category_page_lists_only_its_articles(client, category):
    mine = ArticleFactory(category=category, title="In IC News")
    other = ArticleFactory(title="Somewhere else")
    response = client.get(category.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert mine.title in html and other.title not in html


def test_unknown_category_is_404(client):
    assert client.get("/en/news/category/nope/").status_code == 404


def test_news_index_paginates(client):
    ArticleFactory.create_batch(PAGE_SIZE + 3)
    first = client.get("/en/news/")
    assert first.context["page_obj"].paginator.num_pages == 2
    assert len(first.context["article_list"]) == PAGE_SIZE
    assert 'href="?page=2"' in first.content.decode()
    second = client.get("/en/news/?page=2")
    assert len(second.context["article_list"]) == 3
    assert client.get("/en/news/?page=9").status_code == 404


def test_article_shows_previous_next_and_related(client, category):
    base = timezone.now() - datetime.timedelta(days=30)
    articles = [
        ArticleFactory(
            category=category, title=f"Story {i}", publish_at=base + datetime.timedelta(days=i)
        )
        for i in range(6)
    ]
    response = client.get(articles[2].get_absolute_url())
    html = response.content.decode()
    assert f'rel="prev" href="{articles[1].get_absolute_url()}"' in html
    assert f'rel="next" href="{articles[3].get_absolute_url()}"' in html
    related = Html(response).links(".related .card__title")
    assert related and all(href in {a.get_absolute_url() for a in articles} for href, _ in related)
    neighbours = {a.get_absolute_url() for a in (articles[1], articles[2], articles[3])}
    assert not neighbours & {href for href, _title in related}


def test_article_title_is_escaped(client):
    article = ArticleFactory(title="<script>alert(1)</script> chips")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script> chips" not in html
    assert escape("<script>alert(1)</script> chips") in html


def test_inactive_member_is_not_shown_on_the_article(client, seed_article):
    for company in seed_article.companies.all():
        company.is_active = False
        company.save()
    text = text_of(client.get(seed_article.get_absolute_url()))
    assert "Shenzhen East Space Light Technology" not in text


def _populate(n_articles: int) -> None:
    SiteSettingsFactory()
    ContactPhoneFactory.create_batch(2, settings_id=1)
    categories = CategoryFactory.create_batch(3)
    companies = MemberCompanyFactory.create_batch(3, featured=True)
    for i in range(n_articles):
        article = ArticleFactory(category=categories[i % 3])
        article.companies.set(companies[: i % 3])


# Queries per page with a warm site cache (header and footer served from the cache).
# They must not grow with the number of articles, nor with the second language: each text's
# translations are columns of the same row.
# Home: none, its news and members sections are kept once rendered; lists: the page's ids
# (their count is kept), and a category itself; an article: none (the article itself, its
# companies' ids, its two neighbours and the related ids are kept, core.fragments.remember).
# Cards come from the cache too.
PAGE_QUERIES = {"home": 0, "news": 1, "category": 2, "article": 0}


def _url(name: str, language: str) -> str:
    from django.utils import translation

    from news.models import Article, Category

    with translation.override(language):
        if name == "home":
            return reverse("pages:home")
        if name == "news":
            return reverse("news:index")
        if name == "category":
            return Category.objects.first().get_absolute_url()
        return Article.objects.published()[5].get_absolute_url()


@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize("n_articles", [30, 120])
@pytest.mark.parametrize("page", list(PAGE_QUERIES))
def test_page_query_count_does_not_grow_with_articles(
    client, django_assert_num_queries, page, n_articles, language
):
    _populate(n_articles)
    url = _url(page, language)
    assert url.startswith(f"/{language}/")
    assert client.get(url).status_code == 200  # warms the site cache
    with django_assert_num_queries(PAGE_QUERIES[page]):
        assert client.get(url).status_code == 200


# Cold, the header and footer cost four more queries (settings, phones, categories, pages),
# starting the pieces' generation two (when the next article or page is scheduled), and
# what is not kept yet is read: the home page's news (the top stories' ids and the newest
# of each category) and members sections (the featured members' ids, the member count),
# a list's count, an article itself and its links (its companies, its neighbours, the
# related ids), and
# one query per kind of card (the lead story, the other top stories, the featured members
# on the home page; the related articles beside this article, which names no company).
COLD_EXTRA = {
    "home": 4 + 2 + 2 + 2 + 3,
    "news": 4 + 2 + 1 + 1,
    "category": 4 + 2 + 1 + 1,
    "article": 4 + 2 + 1 + 3 + 1,
}


@pytest.mark.parametrize("page", list(PAGE_QUERIES))
def test_page_query_count_with_a_cold_cache(client, django_assert_num_queries, page):
    _populate(30)
    url = _url(page, "en")
    with django_assert_num_queries(PAGE_QUERIES[page] + COLD_EXTRA[page]):
        assert client.get(url).status_code == 200


def test_an_article_reads_in_one_column_with_its_picture_captioned(client):
    SiteSettingsFactory()
    image = ImageFactory(
        caption_en="", caption_zh_hans="理事会合影", credit="Photo: Hunan PCA", alt="The council"
    )
    category = CategoryFactory()
    ArticleFactory.create_batch(2, category=category)  # related ones, beyond the neighbour
    article = ArticleFactory(image=image, category=category)
    page = Html(client.get(article.get_absolute_url()))
    # The story, the companies it names and the related articles share one column.
    assert page.has(".reading > article.article") and page.has(".reading > section.related")
    caption = page.one(".article__image figcaption")
    # The English page falls back to the Chinese caption, and says so for screen readers.
    assert caption.span["lang"] == "zh-hans" and caption.span.get_text() == "理事会合影"
    assert page.text(".article__image .credit") == "Photo: Hunan PCA"
    assert page.one(".article__image img")["alt"] == "The council"


def test_article_cards_show_a_thumbnail_when_the_article_has_a_picture(client):
    SiteSettingsFactory()
    category = CategoryFactory()
    ArticleFactory(category=category, title="With a picture", image=ImageFactory())
    ArticleFactory(category=category, title="Without one")
    page = Html(client.get(category.get_absolute_url()))
    cards = {card.h2.get_text(strip=True): card for card in page.all("article.card")}
    thumbnail = cards["With a picture"].select_one(".card__image img")
    assert thumbnail["alt"] == "" and "240w" in thumbnail["srcset"]
    assert cards["Without one"].select_one(".card__image") is None
