"""The search results page and the search box, as a visitor uses them."""

import pytest
from django.db import connection

from tests import factories
from tests.html import Html

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed(committed, site_settings):
    article = committed(
        factories.ArticleFactory,
        title_en="Jensen Huang Visits Beijing, Talks AI Chips",
        title_zh_hans="黄仁勋访问北京，谈人工智能芯片",
        body_en="<p>Nvidia's chief said the company will keep selling chips in China.</p>",
        body_zh_hans="<p>英伟达首席执行官表示，公司将继续在中国销售芯片。</p>",
    )
    company = committed(
        factories.MemberCompanyFactory,
        name_en="Shenzhen East Space Light Technology Co., Ltd",
        name_zh_hans="深圳市东方宇之光科技有限公司",
    )
    return article, company


def test_every_page_has_the_search_box(client, site_settings):
    page = Html(client.get("/en/"))
    form = page.one("header form[role=search]")
    assert form["action"] == "/en/search/"
    assert page.one("header form[role=search] input[type=search]")["name"] == "q"
    assert page.text("header form[role=search] label") == "Search the site"
    assert Html(client.get("/zh-hans/")).one("header form[role=search]")["action"] == (
        "/zh-hans/search/"
    )


def test_search_in_english_finds_the_article_and_the_firm(client, seed):
    article, company = seed
    page = Html(client.get("/en/search/", {"q": "chips"}))
    assert page.text(".search-summary") == "1 result for “chips”"
    assert page.links(".search-result__title") == [
        (article.get_absolute_url(), "Jensen Huang Visits Beijing, Talks AI Chips")
    ]
    assert [m.get_text() for m in page.all(".search-result mark")] == ["Chips", "chips"]
    page = Html(client.get("/en/search/", {"q": "Shenzhen"}))
    assert page.links(".search-result__title") == [
        (f"/en/members/{company.slug}/", "Shenzhen East Space Light Technology Co., Ltd")
    ]
    assert page.text(".search-result__meta") == "Member company"


def test_search_in_chinese_finds_the_article_and_the_firm(client, seed):
    article, company = seed
    page = Html(client.get("/zh-hans/search/", {"q": "芯片"}))
    title = page.one(".search-result__title a")
    assert (title["href"], title.get_text()) == (
        f"/zh-hans/news/{article.slug}/",
        "黄仁勋访问北京，谈人工智能芯片",
    )
    assert "1" in page.text(".search-summary")
    page = Html(client.get("/zh-hans/search/", {"q": "深圳"}))
    title = page.one(".search-result__title a")
    assert (title["href"], title.get_text()) == (
        f"/zh-hans/members/{company.slug}/",
        "深圳市东方宇之光科技有限公司",
    )
    assert page.text(".search-result__title mark") == "深圳"


def test_no_results_says_what_to_do_and_where_the_other_language_has_some(client, seed):
    page = Html(client.get("/en/search/", {"q": "黄仁勋"}))
    assert page.text(".search-summary") == "0 results for “黄仁勋”"
    assert not page.has(".search-result")
    assert page.links(".empty-state p") == [
        ("/zh-hans/search/?q=%E9%BB%84%E4%BB%81%E5%8B%8B", "1 result in 简体中文")
    ]
    assert "member directory" in page.text(".empty-state")


def test_an_empty_query_explains_the_search(client, site_settings):
    page = Html(client.get("/en/search/"))
    assert not page.has(".search-summary")
    assert "in English or in Chinese" in page.text("main")
    assert page.one("meta[name=robots]")["content"] == "noindex"


def test_results_are_paginated_with_the_query_kept(client, committed, site_settings):
    for n in range(12):
        committed(factories.ArticleFactory, title=f"Copper report {n}")
    page = Html(client.get("/en/search/", {"q": "copper"}))
    assert page.text(".search-summary") == "12 results for “copper”"
    assert len(page.all(".search-result")) == 10
    next_link = page.one(".pagination a[rel=next]")["href"]
    assert "q=copper" in next_link and "page=2" in next_link
    second = Html(client.get("/en/search/" + next_link))
    assert len(second.all(".search-result")) == 2
    assert "page 2" in second.text("title")
    # A page number that does not exist shows the last page, not an error.
    assert client.get("/en/search/", {"q": "copper", "page": "999"}).status_code == 200


def test_the_query_is_shown_back_escaped(client, site_settings):
    response = client.get("/en/search/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    assert Html(response).one("#page-search")["value"] == "<script>alert(1)</script>"


def test_search_costs_the_same_queries_at_any_size(
    client, committed, site_settings, django_assert_num_queries
):
    committed(factories.ArticleFactory, title="Copper one")
    client.get("/en/search/", {"q": "Shenzhen"})  # the header and footer are cached
    # Two counts (in titles, anywhere) and the page; on SQLite, first the size of the
    # full-text match, which decides how the rows are read (core.search).
    first = 4 if connection.vendor == "sqlite" else 3
    # The counts are kept until the content changes: the same words again read the page.
    again = first - 2
    with django_assert_num_queries(first):
        client.get("/en/search/", {"q": "copper"})
    with django_assert_num_queries(again):
        assert (
            Html(client.get("/en/search/", {"q": "copper"})).text(".search-summary")
            == "1 result for “copper”"
        )
    for n in range(15):
        committed(factories.ArticleFactory, title=f"Copper {n}")
    client.get("/en/search/", {"q": "Shenzhen"})  # new categories: the menu is built anew
    with django_assert_num_queries(first):
        response = client.get("/en/search/", {"q": "copper"})
    assert Html(response).text(".search-summary") == "16 results for “copper”"
    with django_assert_num_queries(again):
        client.get("/en/search/", {"q": "copper"})


def test_the_404_page_offers_the_search_in_its_language(client, site_settings):
    for language in ("en", "zh-hans"):
        response = client.get(f"/{language}/no-such-page/")
        assert response.status_code == 404
        form = Html(response).one("main form[role=search]")
        assert form["action"] == f"/{language}/search/"


def test_the_500_page_offers_the_search_without_the_database(django_assert_num_queries):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("zh-hans"), django_assert_num_queries(0):
        page = Html(render_to_string("500.html"))
    assert page.one("form[role=search]")["action"] == "/zh-hans/search/"
    assert page.text("form[role=search] label") == "搜索本站"


def test_very_many_results_say_more_than(client, committed, site_settings, monkeypatch):
    from core import search

    monkeypatch.setattr(search, "MAX_COUNTED", 2)
    for n in range(4):
        committed(factories.ArticleFactory, title=f"Copper {n}")
    page = Html(client.get("/en/search/", {"q": "copper"}))
    assert page.text(".search-summary").startswith("More than 2 results for “copper”")
    assert len(page.all(".search-result")) == 2
