"""Pages past the middle are read from the other end (core.pagination)."""

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.pagination import BoundedPaginator
from members.models import MemberCompany
from news.models import Article
from tests import factories

pytestmark = pytest.mark.django_db


def test_every_page_holds_what_the_plain_paginator_gives(category):
    first = factories.ArticleFactory(category=category)
    for _n in range(26):
        # Equal publish times on purpose: the order's last key (the id) decides.
        factories.ArticleFactory(category=category, publish_at=first.publish_at)
    articles = Article.objects.published()
    for per_page, orphans in ((10, 0), (10, 3), (5, 0), (27, 0), (30, 0)):
        plain = Paginator(articles, per_page, orphans=orphans)
        bounded = BoundedPaginator(articles, per_page, orphans=orphans)
        assert bounded.num_pages == plain.num_pages
        for number in plain.page_range:
            assert list(bounded.page(number)) == list(plain.page(number)), (per_page, number)


def test_ties_and_nulls_keep_their_order_from_both_ends():
    level = factories.MembershipLevelFactory()
    for n in range(9):
        factories.MemberCompanyFactory(slug=f"m-{n}", level=level if n % 2 else None)
    from members.forms import MemberFilterForm

    companies = MemberCompany.objects.order_by(*MemberFilterForm.SORTS["level"])
    plain = Paginator(companies, 2)
    bounded = BoundedPaginator(companies, 2)
    for number in plain.page_range:
        assert list(bounded.page(number)) == list(plain.page(number))


def test_the_last_page_skips_no_more_rows_than_the_first(category):
    for _n in range(30):
        factories.ArticleFactory(category=category)
    paginator = BoundedPaginator(Article.objects.published(), 10)
    paginator.count  # noqa: B018 - counted once, before the pages are read
    with CaptureQueriesContext(connection) as last:
        list(paginator.page(3))
    [query] = last.captured_queries
    assert "OFFSET" not in query["sql"].upper() or "OFFSET 0" in query["sql"].upper()


def test_a_list_named_by_its_key_is_counted_once_until_a_change(
    category, committed, django_assert_num_queries
):
    for _n in range(3):
        committed(factories.ArticleFactory, category=category)
    articles = Article.objects.published()
    assert BoundedPaginator(articles, 10, count_key=["all news"]).count == 3
    with django_assert_num_queries(0):
        assert BoundedPaginator(articles, 10, count_key=["all news"]).count == 3
    with django_assert_num_queries(1):  # a list without a key is counted every time
        assert BoundedPaginator(articles, 10).count == 3
    committed(factories.ArticleFactory, category=category)
    assert BoundedPaginator(articles, 10, count_key=["all news"]).count == 4
