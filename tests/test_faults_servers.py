"""The database cut under a real server: gunicorn (DEBUG off, page cache on Redis) talks to
PostgreSQL through a relay that the test cuts, makes silent, and restores. Visitors get the
translated 503 page or the page cache's copy, never a 500 or a hung request; the probes say
what is wrong; the site recovers without a restart. (The shared PostgreSQL server itself is
never stopped: others use it.)"""

import os
import secrets
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

from tests.proxy import Relay
from tests.servers import gunicorn, manage, postgres_database, postgres_reachable

REDIS_URL = "redis://127.0.0.1:6379/11"


def fetch(url: str, *, timeout: float = 15) -> tuple[int, dict, str]:
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def services_or_skip() -> None:
    why_not = postgres_reachable()
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).flushdb()
    except Exception as error:
        why_not = why_not or str(error)
    if why_not:
        pytest.skip(f"PostgreSQL or Redis is not reachable ({why_not}); .ci/run provides both")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    services_or_skip()
    tmp_path = tmp_path_factory.mktemp("faults")
    with postgres_database("faults") as direct:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
        env |= {
            "DJANGO_SETTINGS_MODULE": "association.settings",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_DB_CONNECT_TIMEOUT": "2",
            "STATIC_ROOT": str(tmp_path / "static"),
            "MEDIA_ROOT": str(tmp_path / "media"),
            "REDIS_URL": REDIS_URL,
            "DJANGO_PAGE_CACHE_SECONDS": "3600",
            "DATABASE_URL": direct,
        }
        manage(env, ["migrate", "--no-input"], ["load_demo"], ["collectstatic", "--no-input"])
        address = urlsplit(direct)
        with Relay((address.hostname, address.port or 5432)) as relay:
            relayed = address._replace(netloc=f"{address.username}@127.0.0.1:{relay.port}")
            served = env | {"DATABASE_URL": relayed.geturl()}
            with gunicorn(served, log=tmp_path / "gunicorn.log") as base:
                yield base, relay


def test_the_database_cut_and_restored(site):
    base, relay = site
    cached = f"{base}/en/"
    uncached = f"{base}/en/news/?page=2"
    assert fetch(cached)[0] == 200
    assert fetch(cached)[1]["X-Page-Cache"] == "hit"
    assert fetch(f"{base}/readyz")[0] == 200

    relay.cut()
    status, headers, html = fetch(uncached)
    assert status == 503 and headers["Retry-After"] == "30"
    assert "Back in a moment" in html and "Traceback" not in html
    status, _, html = fetch(f"{base}/zh-hans/news/?page=2")
    assert status == 503 and '<html lang="zh-hans">' in html
    # The page cache reads no database: its pages are still there.
    status, headers, html = fetch(cached)
    assert status == 200 and headers["X-Page-Cache"] == "hit"
    assert fetch(f"{base}/healthz")[0] == 200
    status, _, body = fetch(f"{base}/readyz")
    assert status == 503 and '"database": {"ok": false' in body

    relay.restore()  # no restart: the next request connects again
    assert fetch(uncached)[0] == 200
    assert fetch(f"{base}/readyz")[0] == 200


def test_a_database_that_never_answers_is_a_503_in_seconds_not_a_hung_worker(site):
    base, relay = site
    relay.cut()
    relay.silent = True  # accepts connections, never says a word
    relay.restore()
    try:
        status, _, html = fetch(f"{base}/en/news/?page=3", timeout=20)
        assert status == 503 and "Back in a moment" in html
    finally:
        relay.cut()
        relay.silent = False
        relay.restore()
    assert fetch(f"{base}/en/news/?page=3")[0] == 200
