"""Two gunicorn servers on one database and one Redis, as a site with several app servers
runs: an edit saved through one is what visitors get from the other on the next request,
page cache, search index and all; a login through one is valid on the other; the contact
form's rate limit and the admin login's lockout count across both.

On PostgreSQL (a new database) when it answers, as in production and in CI; on a shared
SQLite file otherwise."""

import os
import urllib.error
import urllib.parse
import urllib.request
from contextlib import ExitStack

import pytest

from tests.html import Html
from tests.servers import gunicorn, manage, postgres_database, postgres_reachable
from tests.test_sqlite_server import PASSWORD, Editor, form_fields

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/12"
ARTICLE = "/en/news/jensen-huang-visits-beijing-ai-chips-deepseek/"


def redis_or_skip() -> None:
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).flushdb()
    except Exception as error:
        pytest.skip(f"Redis is not reachable at {REDIS_URL} ({error}); .ci/run provides it")


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    redis_or_skip()
    tmp_path = tmp_path_factory.mktemp("two-servers")
    with ExitStack() as stack:
        if postgres_reachable() == "":
            database = stack.enter_context(postgres_database("two_servers"))
        else:
            database = f"sqlite:///{tmp_path / 'db.sqlite3'}"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
        env |= {
            "DJANGO_SETTINGS_MODULE": "association.settings",
            "DJANGO_DEBUG": "1",
            "DATABASE_URL": database,
            "MEDIA_ROOT": str(tmp_path / "media"),
            "REDIS_URL": REDIS_URL,
            "DJANGO_PAGE_CACHE_SECONDS": "3600",
            "DJANGO_SUPERUSER_PASSWORD": PASSWORD,
        }
        manage(env, ["migrate", "--no-input"], ["load_demo"])
        one = stack.enter_context(gunicorn(env, log=tmp_path / "gunicorn-a.log"))
        other = stack.enter_context(gunicorn(env, log=tmp_path / "gunicorn-b.log"))
        yield one, other


def visit(base: str, path: str) -> tuple[str, str]:
    """What a visitor without cookies gets: the page, and whether it came from the cache."""
    with urllib.request.urlopen(base + path, timeout=30) as response:  # noqa: S310
        return response.read().decode(), response.headers.get("X-Page-Cache", "")


def test_an_edit_through_one_server_shows_through_the_other_at_once(servers):
    one, other = servers
    visit(other, ARTICLE)
    html, cache = visit(other, ARTICLE)
    assert cache == "hit"
    old_title = Html(html).text("h1")

    editor = Editor(one)
    editor.log_in()
    path = Html(editor.get("/admin/news/article/?q=Jensen")).attr("#result_list tbody th a", "href")
    fields = form_fields(editor.get(path))
    fields = [(n, "Edited through server one" if n == "title_en" else v) for n, v in fields]
    assert editor.post(path, fields) == 302

    html, cache = visit(other, ARTICLE)
    assert cache == "miss"  # the copy from before the edit is never served again
    assert Html(html).text("h1") == "Edited through server one" != old_title
    assert visit(other, ARTICLE)[1] == "hit"
    # The news list and the site search on the other server know it too.
    assert "Edited through server one" in visit(other, "/en/news/")[0]
    found, _cache = visit(other, "/en/search/?" + urllib.parse.urlencode({"q": "server one"}))
    assert Html(found).text(".search-result__title") == "Edited through server one"


def test_a_login_through_one_server_is_valid_on_the_other(servers):
    one, other = servers
    editor = Editor(one)
    editor.log_in()
    same_browser = Editor(other)
    same_browser.opener = editor.opener  # the same cookies, sent to the other server
    # Not sent to the login page (a redirect would raise here): signed in there too.
    assert 'id="logout-form"' in same_browser.get("/admin/")


def contact(base: str, visitor: Editor, subject: str) -> tuple[int, str]:
    visitor.base = base
    html = visitor.get("/en/contact-us/")
    token = Html(html).attr("input[name=csrfmiddlewaretoken]", "value")
    fields = {
        "csrfmiddlewaretoken": token,
        "name": "Li Wei",
        "email": "li@example.com",
        "subject": subject,
        "message": "When is the next training?",
        "referral_code": "",
    }
    request = urllib.request.Request(  # noqa: S310 - our own local server
        base + "/en/contact-us/",
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Referer": base + "/en/contact-us/"},
    )
    try:
        with visitor.opener.open(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_the_contact_rate_limit_counts_across_both_servers(servers):
    one, other = servers
    visitor = Editor(one)
    # Five messages an hour from one address, wherever they land: three here, two there.
    sent = [contact(base, visitor, f"Question {n}") for n, base in enumerate([one, other] * 3)]
    assert [status for status, _html in sent] == [302] * 5 + [429]
    assert "sent several messages in a short time" in Html(sent[5][1]).text("#contact-form")


def test_the_login_lockout_counts_across_both_servers(servers):
    """Last in this file: it locks the admin for this address."""
    one, other = servers
    attempts = []
    for base in [one, other] * 3:
        guesser = Editor(base)
        token = Html(guesser.get("/admin/login/")).attr("input[name=csrfmiddlewaretoken]", "value")
        attempts.append(
            guesser.post(
                "/admin/login/?next=/admin/",
                [("csrfmiddlewaretoken", token), ("username", "admin"), ("password", "guess")],
            )
        )
    # Four wrong passwords are refused as wrong (two through each server); the fifth locks
    # the login, wherever it lands, and so is every try after it, the right password too.
    assert attempts == [200] * 4 + [429] * 2
    for base in (one, other):
        editor = Editor(base)
        token = Html(editor.get("/admin/login/")).attr("input[name=csrfmiddlewaretoken]", "value")
        status = editor.post(
            "/admin/login/?next=/admin/",
            [("csrfmiddlewaretoken", token), ("username", "admin"), ("password", PASSWORD)],
        )
        assert status == 429
