"""Faults: the cache away or silent, the database away, the probes, and the request id in
the logs (core/redis_cache.py, core/faults.py, core/logs.py). The database cut under real
servers is in tests/test_faults_servers.py."""

import json
import logging
import os

import pytest
import redis
from django.core.cache import cache
from django.db import OperationalError
from django.test import Client

from core import cache as shared
from core import pagecache
from core.logs import JsonFormatter, RequestIdFilter
from core.redis_cache import RedisCache
from news.views import ArticleListView
from tests import factories
from tests.proxy import Relay

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/13"


@pytest.fixture
def article(committed, site_settings):
    return committed(factories.ArticleFactory, title="Copper prices rise")


def redis_cache_at(settings, port: int, *, db: int = 13) -> None:
    settings.CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/{db}",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    settings.PAGE_CACHE_SECONDS = 600
    shared.copies.clear()
    pagecache._kept.clear()


def visit_everything(client, article) -> list[int]:
    return [
        client.get(path).status_code
        for path in (
            "/en/",
            "/zh-hans/",
            "/en/news/",
            article.get_absolute_url(),
            "/en/members/?sort=name",
            "/en/search/?q=copper",
            "/en/sitemap/",
        )
    ]


@pytest.fixture
def reset_outage():
    """Each test starts with no outage remembered (the state is per process)."""
    from core import redis_cache

    redis_cache._outages.clear()
    yield
    redis_cache._outages.clear()


def test_pages_are_served_without_redis(client, article, settings, caplog, reset_outage):
    with Relay(None) as relay:
        port = relay.port
    redis_cache_at(settings, port)  # nothing listens there now: connections are refused
    with caplog.at_level(logging.ERROR, logger="core.redis_cache"):
        assert visit_everything(client, article) == [200] * 7
        assert visit_everything(client, article) == [200] * 7
    assert "1 result for “copper”" in client.get("/en/search/?q=copper").content.decode()
    outages = [r.getMessage() for r in caplog.records if "Cache unavailable" in r.getMessage()]
    assert len(outages) == 1  # said once, not once per call


def test_a_silent_redis_costs_one_timeout_per_interval_not_per_call(
    client, article, settings, reset_outage
):
    with Relay(None, silent=True) as relay:
        redis_cache_at(settings, relay.port)
        assert visit_everything(client, article) == [200] * 7
        # Fourteen pages, each needing the cache several times: one connection tried.
        assert visit_everything(client, article) == [200] * 7
        assert relay.accepted == 1


def redis_or_skip() -> redis.Redis:
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.exceptions.ConnectionError as error:
        pytest.skip(f"Redis is not reachable at {REDIS_URL} ({error}); .ci/run provides it")
    return client


def test_the_site_recovers_by_itself_when_redis_returns(
    client, article, settings, monkeypatch, committed, reset_outage
):
    server = redis_or_skip()
    address = server.connection_pool.connection_kwargs
    monkeypatch.setattr(RedisCache, "RETRY_AFTER", 0)  # try Redis again on every call
    with Relay((address["host"], address["port"])) as relay:
        redis_cache_at(settings, relay.port, db=address.get("db", 0))
        cache.clear()
        url = article.get_absolute_url()
        assert client.get(url)["X-Page-Cache"] == "miss"
        assert client.get(url)["X-Page-Cache"] == "hit"

        relay.cut()
        away = client.get(url)
        assert away.status_code == 200 and away["X-Page-Cache"] == "miss"
        # An edit while Redis is away cannot be announced through it...
        article.title = "Copper prices fall"
        committed(article.save)
        assert "Copper prices fall" in client.get(url).content.decode()

        relay.restore()
        # ...so the first process to see Redis again starts every generation anew: the
        # copy stored before the outage is never served again.
        back = client.get(url)
        assert back["X-Page-Cache"] == "miss" and "Copper prices fall" in back.content.decode()
        assert client.get(url)["X-Page-Cache"] == "hit"
    cache.clear()


def test_without_the_shared_cache_an_edit_shows_at_once(
    client, article, settings, committed, reset_outage
):
    """Pieces this process kept from before cannot be taken for current while Redis is
    away: each request is its own generation."""
    with Relay(None) as relay:
        port = relay.port
    redis_cache_at(settings, port)
    assert "Copper prices rise" in client.get("/en/").content.decode()
    article.title = "Copper prices fall"
    committed(article.save)
    home = client.get("/en/").content.decode()
    assert "Copper prices fall" in home and "Copper prices rise" not in home


@pytest.fixture
def database_away(monkeypatch):
    def fail(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(ArticleListView, "get_queryset", fail)


def test_a_database_outage_is_a_translated_503_page(site_settings, database_away):
    client = Client(raise_request_exception=False)
    response = client.get("/en/news/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30" and response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert "Back in a moment" in html and "Traceback" not in html
    chinese = client.get("/zh-hans/news/")
    assert chinese.status_code == 503
    assert '<html lang="zh-hans">' in chinese.content.decode()
    assert "稍后" in chinese.content.decode()


def test_other_errors_stay_a_500(site_settings, monkeypatch):
    monkeypatch.setattr(ArticleListView, "get_queryset", lambda self: 1 / 0)
    response = Client(raise_request_exception=False).get("/en/news/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def test_cached_pages_are_served_while_the_database_is_away(client, article, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/en/news/")
    monkeypatch.setattr(ArticleListView, "get_queryset", lambda self: 1 / 0)
    assert client.get("/en/news/")["X-Page-Cache"] == "hit"


def test_a_generation_whose_end_cannot_be_read_ends_soon(monkeypatch, time_machine):
    time_machine.move_to("2026-11-30 10:00+08:00")

    def away():
        raise OperationalError("server closed the connection unexpectedly")

    generation = shared.Generation("test-away", ends_at=away)
    value = generation.start_new()
    assert not shared.is_over(value)
    time_machine.shift(shared.UNKNOWN_END_SECONDS + 1)
    assert shared.is_over(value)


def test_liveness_touches_nothing(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_readiness_reports_database_cache_and_queue(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    checks = response.json()["checks"]
    assert {name: check["ok"] for name, check in checks.items()} == {
        "database": True,
        "cache": True,
        "tasks": True,
    }
    assert checks["tasks"]["waiting"] == 0


def test_readiness_fails_when_redis_is_away(client, settings, reset_outage):
    with Relay(None) as relay:
        port = relay.port
    redis_cache_at(settings, port)
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable" and not body["checks"]["cache"]["ok"]
    assert "Connection" in body["checks"]["cache"]["error"]
    assert body["checks"]["database"]["ok"]


def test_probes_answer_over_plain_http_in_production(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/en/").status_code == 301  # everything else goes to HTTPS


def test_each_response_and_log_line_carries_the_request_id(client, site_settings):
    lines = []

    class Collect(logging.Handler):
        def emit(self, record):
            lines.append(json.loads(self.format(record)))

    handler = Collect()
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        missing = client.get("/en/no-such-page/", headers={"X-Request-ID": "lb-0123456789"})
    finally:
        logger.removeHandler(handler)
    assert missing.status_code == 404 and missing["X-Request-ID"] == "lb-0123456789"
    [line] = lines
    assert line["request_id"] == "lb-0123456789"
    assert line["level"] == "WARNING" and line["status"] == 404
    assert line["path"] == "/en/no-such-page/"

    made_up = client.get("/en/", headers={"X-Request-ID": "<script>"})["X-Request-ID"]
    assert made_up != "<script>" and len(made_up) == 32


def test_errors_are_mailed_to_the_admins_and_an_outage_once(site_settings, settings, monkeypatch):
    from django.core import mail

    from core import faults

    settings.ADMINS = [("Webmaster", "webmaster@example.org")]
    monkeypatch.setattr(faults, "_last_report", 0.0)
    client = Client(raise_request_exception=False)
    monkeypatch.setattr(ArticleListView, "get_queryset", lambda self: 1 / 0)
    assert client.get("/en/news/").status_code == 500
    assert len(mail.outbox) == 1 and "ZeroDivisionError" in mail.outbox[0].body
    assert mail.outbox[0].to == ["webmaster@example.org"]

    def away(self):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(ArticleListView, "get_queryset", away)
    statuses = [client.get("/en/news/").status_code for _ in range(20)]
    assert statuses == [503] * 20
    outage_mails = [m for m in mail.outbox if "Database unavailable" in m.subject]
    assert len(outage_mails) == 1  # twenty visitors, one email
    assert "Connection refused" in outage_mails[0].subject
