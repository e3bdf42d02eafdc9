"""Cards and rows rendered once and reused until content changes (core.fragments)."""

import datetime

import pytest
from django.utils import timezone, translation

from core.fragments import generation, remember, render_each, render_once
from news.models import Article
from tests import factories
from tests.html import Html

pytestmark = pytest.mark.django_db


def cards(ids, **variant):
    return render_each(
        "includes/_article_card.html",
        ids,
        load=lambda missing: Article.objects.for_listing().in_bulk(missing),
        as_name="article",
        context=variant,
    )


def test_pieces_come_in_order_and_are_rendered_once(django_assert_num_queries):
    first, second = (
        factories.ArticleFactory(title="First"),
        factories.ArticleFactory(title="Second"),
    )
    generation.current()  # started once: it asks when the next scheduled item goes live
    with django_assert_num_queries(1):  # both missing: loaded together
        rendered = cards([second.pk, first.pk], level=2)
    assert [Html(card).text("h2") for card in rendered] == ["Second", "First"]
    with django_assert_num_queries(0):
        assert cards([second.pk, first.pk], level=2) == rendered
    # Another variant, another piece.
    assert Html(cards([first.pk])[0]).has("h3")


def test_a_piece_is_kept_per_language():
    article = factories.ArticleFactory(title_en="Copper", title_zh_hans="铜箔")
    assert Html(cards([article.pk])[0]).text("h3") == "Copper"
    with translation.override("zh-hans"):
        assert Html(cards([article.pk])[0]).text("h3") == "铜箔"


def test_a_deleted_row_is_left_out():
    article = factories.ArticleFactory()
    assert cards([article.pk + 1000, article.pk]) == cards([article.pk])


def test_any_change_renders_the_pieces_again(client, committed, site_settings):
    category = committed(factories.CategoryFactory, name="IC News", slug="ic-news")
    article = committed(factories.ArticleFactory, title="Old title", category=category)
    assert "Old title" in Html(client.get("/en/news/")).text(".card__title")

    article.title = "New title"
    committed(article.save)
    assert Html(client.get("/en/news/")).text(".card__title") == "New title"

    # A change to something the card shows but does not own: its category's name.
    category.name = "Chip News"
    committed(category.save)
    assert "Chip News" in Html(client.get("/en/news/")).text(".card__meta")


def test_the_directory_rows_and_charts_follow_changes(client, committed, site_settings):
    level = committed(factories.MembershipLevelFactory, name="Gold", slug="gold")
    company = committed(factories.MemberCompanyFactory, name="Acme Boards", level=level)
    page = Html(client.get("/en/members/"))
    assert page.text(".member-row h3") == "Acme Boards"
    assert "Gold: 1" in page.text(".directory__charts")

    company.name = "Acme Circuits"
    committed(company.save)
    committed(factories.MemberCompanyFactory, name="Beta Boards", level=level)
    page = Html(client.get("/en/members/"))
    assert [row.get_text() for row in page.all(".member-row h3")] == [
        "Acme Circuits",
        "Beta Boards",
    ]
    assert "Gold: 2" in page.text(".directory__charts")


def test_render_once_builds_its_context_only_when_missing():
    calls = []

    def context():
        calls.append(1)
        return {"filter_form": None}

    first = render_once("members/_filter_fields.html", context, variant=[("q", "a")])
    again = render_once("members/_filter_fields.html", context, variant=[("q", "a")])
    render_once("members/_filter_fields.html", context, variant=[("q", "b")])
    assert first == again and len(calls) == 2


def test_remember_keeps_data_until_a_change(committed):
    calls = []

    def compute():
        calls.append(1)
        return [len(calls)]

    assert remember("numbers", compute, variant=[1]) == [1]
    assert remember("numbers", compute, variant=[1]) == [1]
    assert remember("numbers", compute, variant=[2]) == [2]  # another variant
    committed(factories.ArticleFactory)
    assert remember("numbers", compute, variant=[1]) == [3]


def test_a_scheduled_article_shows_on_the_kept_pages_when_it_goes_live(
    client, committed, site_settings, time_machine
):
    """The home page's news and an article's neighbours are kept (they cost queries), but
    their generation ends when the next scheduled article goes live: nothing is written
    then, so nothing else would say they are stale."""
    category = committed(factories.CategoryFactory, name="IC News", slug="ic-news")
    older = committed(factories.ArticleFactory, title="Older story", category=category)
    soon = timezone.now() + datetime.timedelta(hours=1)
    committed(factories.ArticleFactory, title="Scheduled story", category=category, publish_at=soon)
    home = Html(client.get("/en/"))
    assert "Scheduled story" not in home.text("main")
    assert not Html(client.get(older.get_absolute_url())).has("a[rel=next]")

    time_machine.move_to(soon + datetime.timedelta(seconds=1))
    assert "Scheduled story" in Html(client.get("/en/")).text("main")
    page = Html(client.get(older.get_absolute_url()))
    assert page.text("a[rel=next] span[class!=muted]") == "Scheduled story"
