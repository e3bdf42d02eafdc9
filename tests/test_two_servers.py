"""Two gunicorn servers on one database and one Redis, as a site with several app servers
runs: an edit saved through one is what visitors get from the other on the next request,
page cache, search index and all."""

import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.html import Html
from tests.servers import ROOT, gunicorn
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
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env |= {
        "DJANGO_SETTINGS_MODULE": "association.settings",
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "REDIS_URL": REDIS_URL,
        "DJANGO_PAGE_CACHE_SECONDS": "3600",
        "DJANGO_SUPERUSER_PASSWORD": PASSWORD,
    }
    for command in (["migrate", "--no-input"], ["load_demo"]):
        subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            timeout=180,
        )
    with (
        gunicorn(env, log=tmp_path / "gunicorn-a.log") as one,
        gunicorn(env, log=tmp_path / "gunicorn-b.log") as other,
    ):
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
