"""Scheduled items go live with no write at all; caches are bounded by the next one."""

import datetime
from unittest import mock

import pytest
import time_machine
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from core.publishing import Status, cache_seconds, next_publication, publish, unpublish
from pages.chrome import build_site_chrome
from pages.chrome import generation as chrome_generation
from tests.factories import ArticleFactory, PageFactory, SiteSettingsFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)


@time_machine.travel(NOW, tick=False)
def test_next_publication_is_the_soonest_scheduled_item_of_any_kind():
    assert next_publication() is None
    ArticleFactory(publish_at=NOW - datetime.timedelta(days=1))  # already public
    ArticleFactory(status=Status.DRAFT, publish_at=NOW + datetime.timedelta(minutes=5))
    ArticleFactory(publish_at=NOW + datetime.timedelta(hours=2))
    PageFactory(publish_at=NOW + datetime.timedelta(minutes=30))
    assert next_publication() == NOW + datetime.timedelta(minutes=30)
    assert cache_seconds(3600) == 30 * 60 + 1
    assert cache_seconds(60) == 60


def test_scheduled_footer_page_bounds_the_cached_footer(client):
    SiteSettingsFactory()
    with time_machine.travel(NOW, tick=False):
        PageFactory(
            title="Annual report",
            show_in_footer=True,
            publish_at=NOW + datetime.timedelta(minutes=10),
        )
        chrome, seconds = build_site_chrome()
        assert chrome.footer_pages == []
        assert seconds == 10 * 60 + 1
        with (
            mock.patch.object(cache, "set", wraps=cache.set) as cache_set,
            mock.patch.object(cache, "set_many", wraps=cache.set_many) as cache_set_many,
        ):
            assert "Annual report" not in client.get("/en/").content.decode()

        # The chrome, and the header and footer rendered from it (whatever the backend).
        def timeout(call):
            return call.kwargs["timeout"] if "timeout" in call.kwargs else call.args[-1]

        chrome_key = chrome_generation.name
        timeouts = {
            timeout(call)
            for call in cache_set.call_args_list
            if call.args[0].startswith(chrome_key)
        } | {
            timeout(call)
            for call in cache_set_many.call_args_list
            if all(key.startswith(chrome_key) for key in call.args[0])
        }
        assert timeouts == {10 * 60 + 1}


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
def test_scheduled_footer_page_appears_on_time_with_no_write(client):
    """Seen end to end on the in-process cache, whose expiry follows the travelled clock
    (Redis expires keys by its own clock)."""
    SiteSettingsFactory()
    with time_machine.travel(NOW, tick=False):
        PageFactory(
            title="Annual report",
            show_in_footer=True,
            publish_at=NOW + datetime.timedelta(minutes=10),
        )
        assert "Annual report" not in client.get("/en/").content.decode()
    with time_machine.travel(NOW + datetime.timedelta(minutes=11), tick=False):
        assert "Annual report" in client.get("/en/").content.decode()


def test_publish_and_unpublish_go_through_save():
    now = timezone.now()
    old = ArticleFactory(status=Status.DRAFT, publish_at=now - datetime.timedelta(days=30))
    future = ArticleFactory(status=Status.DRAFT, publish_at=now + datetime.timedelta(days=3))
    before = old.updated_at
    assert publish([old, future]) == 2
    old.refresh_from_db()
    assert old.is_public and old.publish_at >= now and old.updated_at > before
    assert future.is_scheduled
    assert publish([old]) == 0  # already published
    assert unpublish([old, future]) == 2
    old.refresh_from_db()
    assert old.status == Status.DRAFT
