"""The whole-page cache for anonymous visitors (core.pagecache)."""

import datetime

import pytest
from django.utils import timezone

from core import pagecache
from core.publishing import Status
from tests import factories
from tests.html import Html

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def article(committed, site_settings):
    return committed(factories.ArticleFactory, title="Copper prices rise")


def test_a_second_visit_costs_no_query(client, article, django_assert_num_queries):
    first = client.get(article.get_absolute_url())
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(article.get_absolute_url())
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["X-Frame-Options"] == "DENY"  # the headers added below the cache stay


def test_each_language_and_address_has_its_own_copy(client, article):
    english = client.get(article.get_absolute_url())
    chinese = client.get(article.get_absolute_url().replace("/en/", "/zh-hans/"))
    assert chinese["X-Page-Cache"] == "miss"
    assert Html(english).one("html")["lang"] == "en"
    assert (
        Html(client.get(article.get_absolute_url().replace("/en/", "/zh-hans/"))).one("html")[
            "lang"
        ]
        == "zh-hans"
    )
    assert client.get("/en/news/?page=1")["X-Page-Cache"] == "miss"


def test_an_edit_shows_at_once(client, article, committed):
    client.get(article.get_absolute_url())
    client.get("/en/")
    article.title = "Copper prices fall"

    committed(article.save)
    page = client.get(article.get_absolute_url())
    assert page["X-Page-Cache"] == "miss"
    assert "Copper prices fall" in page.content.decode()
    assert "Copper prices fall" in client.get("/en/").content.decode()


def test_a_change_to_anything_public_ends_every_copy(client, article, committed):
    client.get(article.get_absolute_url())
    committed(factories.MemberCompanyFactory, name="New Member Ltd")
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "miss"


def test_a_scheduled_article_appears_when_its_time_comes(
    client, committed, site_settings, time_machine
):
    soon = timezone.now() + datetime.timedelta(minutes=30)
    committed(factories.ArticleFactory, title="Trade fair opens", publish_at=soon)
    assert "Trade fair opens" not in client.get("/en/news/").content.decode()
    assert client.get("/en/news/")["X-Page-Cache"] == "hit"
    time_machine.move_to(soon + datetime.timedelta(seconds=1))
    page = client.get("/en/news/")
    assert page["X-Page-Cache"] == "miss"
    assert "Trade fair opens" in page.content.decode()


def test_the_copy_expires_by_the_next_publication(article, committed, client, settings):
    """The stored copy's own timeout is cut to the next publication, too (so a cache
    that lost the generation pointer cannot keep it longer)."""
    from unittest import mock

    from django.core.cache import cache

    soon = timezone.now() + datetime.timedelta(seconds=90)
    committed(factories.ArticleFactory, title="Later", publish_at=soon)
    with mock.patch.object(cache, "set", wraps=cache.set) as cache_set:
        client.get("/en/news/")
    [timeout] = [
        c.args[2] for c in cache_set.call_args_list if c.args[0].startswith("pagecache:page")
    ]
    assert 80 <= timeout <= 91


def test_logged_in_editors_always_get_a_fresh_page(admin_client, client, article):
    client.get(article.get_absolute_url())
    response = admin_client.get(article.get_absolute_url())
    assert "X-Page-Cache" not in response
    # and what an editor sees is never stored for visitors
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "hit"


def test_editors_preview_a_draft_that_visitors_never_get(
    admin_client, client, committed, site_settings
):
    draft = committed(factories.ArticleFactory, title="Draft story", status=Status.DRAFT)
    assert admin_client.get(draft.get_absolute_url()).status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_pages_with_forms_are_never_shared(client, site_settings):
    from django.test import Client

    first = client.get("/en/members/join/")
    other = Client().get("/en/members/join/")
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in other
    # each visitor gets a token of their own
    assert first.cookies["csrftoken"].value != other.cookies["csrftoken"].value


def test_a_pending_message_skips_the_cache(client, article):
    client.get(article.get_absolute_url())
    client.cookies["messages"] = "something"
    assert "X-Page-Cache" not in client.get(article.get_absolute_url())


def test_errors_and_redirects_are_not_stored(client, site_settings):
    client.get("/en/no-such-page/")
    assert client.get("/en/no-such-page/").status_code == 404
    assert "X-Page-Cache" not in client.get("/en/no-such-page/")
    assert client.get("/").status_code == 302
    assert "X-Page-Cache" not in client.get("/")


def test_unchanged_pages_answer_conditional_requests_with_304(client, article, committed):
    first = client.get(article.get_absolute_url())
    etag, modified = first["ETag"], first["Last-Modified"]
    assert first["Cache-Control"] == "no-cache"
    again = client.get(article.get_absolute_url(), headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    since = client.get(article.get_absolute_url(), headers={"If-Modified-Since": modified})
    assert since.status_code == 304
    article.title = "Changed"
    committed(article.save)
    changed = client.get(article.get_absolute_url(), headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_uncached_pages_get_an_etag_too(admin_client, article):
    first = admin_client.get(article.get_absolute_url())
    again = admin_client.get(article.get_absolute_url(), headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304


def test_off_when_seconds_is_zero(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(article.get_absolute_url())
    assert "X-Page-Cache" not in client.get(article.get_absolute_url())


def test_the_generation_is_shared_through_the_cache(client, article):
    """Another server process ends the generation (as through Redis): this one serves the
    page anew."""
    client.get(article.get_absolute_url())
    pagecache.start_generation()  # what a change in another process does
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "miss"


def test_overlong_query_strings_are_not_stored(client, site_settings):
    path = "/en/news/?" + "x=" + "a" * 400
    client.get(path)
    assert "X-Page-Cache" not in client.get(path)


def test_a_hit_reads_only_the_generation_when_this_process_has_the_page(
    client, article, monkeypatch
):
    from django.core.cache import cache

    url = article.get_absolute_url()
    client.get(url)
    reads = []
    get_many = cache.get_many
    monkeypatch.setattr(cache, "get_many", lambda keys: reads.append(keys) or get_many(keys))
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert reads == [[pagecache.POINTER]]


def test_another_process_serves_the_page_from_the_shared_cache(client, article):
    url = article.get_absolute_url()
    first = client.get(url)
    pagecache._kept.clear()  # as in a process that has not served it yet
    second = client.get(url)
    assert second["X-Page-Cache"] == "hit" and second.content == first.content


def test_a_kept_page_is_not_served_past_its_time(client, article, time_machine, settings):
    time_machine.move_to(timezone.now())
    url = article.get_absolute_url()
    client.get(url)
    time_machine.shift(datetime.timedelta(seconds=settings.PAGE_CACHE_SECONDS + 1))
    assert client.get(url)["X-Page-Cache"] == "miss"
