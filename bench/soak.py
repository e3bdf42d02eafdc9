"""The soak: the production stack under a minute of steady load while editors publish and
visitors write in, optionally with the database cut in the middle. `make soak` runs it.

    .venv/bin/python bench/soak.py [--seconds 60] [--connections 64] [--cut-database 10]
                                   [--articles 2000] [--members 500]

1. A fresh PostgreSQL database ``xiehui_soak`` (the server from ``BENCH_POSTGRES``, default
   postgres://postgres@127.0.0.1:5432) with a large demo, and Redis (``BENCH_REDIS``, default
   redis://127.0.0.1:6379/10, emptied) as the shared cache.
2. gunicorn as in production (2 workers, DEBUG off, page cache on, behind one trusted proxy)
   reaching PostgreSQL through a relay this script can cut, and the task worker.
3. For ``--seconds``: ``--connections`` visitors read pages (home, news, a category, articles,
   the directory with filters, search in both languages) as fast as they are answered; an
   editor publishes an article every second (through the ORM, from outside the servers); and
   visitors send the contact form (each from its own address), trying again after a refusal.
4. With ``--cut-database N``, the relay is cut for N seconds in the middle: the servers lose
   the database (the editor does not), and must answer 503 or a cached page, never a 500,
   and serve again by themselves when it returns.
5. Afterwards: every article published is on the site (its own page and the news list),
   every message a visitor saw confirmed is stored, its staff email sent by the worker.

It prints what happened and a verdict; it exits non-zero when anything was lost or any
request failed otherwise than with a 503 while the database was cut.
"""

from __future__ import annotations

import argparse
import collections
import http.client
import os
import random
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.throughput import PYTHON, Server, postgres_url  # noqa: E402
from tests.proxy import Relay  # noqa: E402

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def fresh_redis() -> str:
    import redis

    url = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/10")
    redis.Redis.from_url(url, socket_connect_timeout=1).flushdb()
    return url


class Clock:
    """Which phase a moment falls in: before, during or after the cut."""

    def __init__(self):
        self.cut_at = self.restored_at = None

    def phase(self, began: float) -> str:
        """The phase of a request that began at ``began`` and has just ended: "during"
        when any part of it overlapped the cut."""
        ended = time.monotonic()
        if self.cut_at is None or ended < self.cut_at:
            return "before"
        if self.restored_at is None or began < self.restored_at:
            return "during"
        return "after"


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts: dict[tuple[str, int], int] = collections.Counter()

    def add(self, phase: str, status: int) -> None:
        with self.lock:
            self.counts[(phase, status)] += 1


def request(connection, method, path, *, body=None, headers=None):
    connection.request(
        method, path, body=body, headers={"X-Forwarded-Proto": "https"} | (headers or {})
    )
    response = connection.getresponse()
    return response.status, response.getheaders(), response.read()


def reader(port: int, paths: list[str], stop: threading.Event, clock: Clock, tally: Tally):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    rng = random.Random()
    while not stop.is_set():
        path = rng.choice(paths)
        began = time.monotonic()
        try:
            status, _headers, _body = request(connection, "GET", path)
        except (OSError, http.client.HTTPException):
            status = 0  # no answer at all
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        tally.add(clock.phase(began), status)


def writer(port: int, number: int, stop: threading.Event, clock: Clock, tally: Tally, sent: list):
    """One visitor (one address) sending the contact form now and then; a message refused
    (503) is sent again until it is confirmed."""
    address = f"10.{number // 250}.{number % 250}.7"
    rng = random.Random(number)
    count = 0
    while not stop.is_set():
        subject = f"Soak {number}-{count}"
        while not stop.is_set():
            began = time.monotonic()
            status = contact(port, address, subject)
            tally.add(clock.phase(began), status)
            if status == 302:
                sent.append(subject)
                break
            time.sleep(0.5)
        count += 1
        if count == 4:  # under the rate limit of five an hour
            return
        stop.wait(rng.uniform(1, 4))


def contact(port: int, address: str, subject: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"X-Forwarded-For": address}
    try:
        status, response_headers, body = request(
            connection, "GET", "/en/contact-us/", headers=headers
        )
        if status != 200:
            return status
        token = TOKEN.search(body.decode()).group(1)
        cookie = next(
            v.split(";")[0]
            for k, v in response_headers
            if k.lower() == "set-cookie" and v.startswith("csrftoken")
        )
        fields = {
            "csrfmiddlewaretoken": token,
            "name": "Soak Visitor",
            "email": "visitor@example.com",
            "subject": subject,
            "message": "A message sent during the soak.",
            "referral_code": "",
        }
        status, _headers, _body = request(
            connection,
            "POST",
            "/en/contact-us/",
            body=urllib.parse.urlencode(fields),
            headers=headers
            | {
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": cookie,
                "Referer": f"https://127.0.0.1:{port}/en/contact-us/",
                "Origin": f"https://127.0.0.1:{port}",
            },
        )
        return status
    except (OSError, http.client.HTTPException):
        return 0
    finally:
        connection.close()


def editor(stop: threading.Event, published: list, errors: list):
    """Publishes an article every second, as an editor would save one (through save())."""
    from django.db import transaction

    from news.models import Article, Category

    categories = list(Category.objects.all())
    number = 0
    while not stop.wait(1.0):
        number += 1
        try:
            with transaction.atomic():
                article = Article(
                    title_en=f"Soak article {number}",
                    title_zh_hans=f"压力测试文章 {number}",
                    summary_en="Published during the soak.",
                    body_en="<p>Published during the soak.</p>",
                    category=random.choice(categories),
                    status="published",
                )
                article.save()
            published.append(article)
        except Exception as error:  # reported, not hidden
            errors.append(repr(error))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--cut-database", type=int, default=0, metavar="SECONDS")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--writers", type=int, default=40)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="xiehui-soak-"))
    database, cache_url = postgres_url("xiehui_soak"), fresh_redis()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))},
        "DATABASE_URL": database,
        "REDIS_URL": cache_url,
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        "PYTHONPATH": str(ROOT),
    }
    print(f"Loading {args.articles} articles and {args.members} members into PostgreSQL…")
    setup = {**env, "DJANGO_DEBUG": "1"}
    subprocess.run(  # noqa: S603 - our own manage.py
        [PYTHON, "manage.py", "migrate", "--no-input", "-v0"], cwd=ROOT, env=setup, check=True
    )
    subprocess.run(  # noqa: S603
        [PYTHON, "bench/large_demo.py", f"--articles={args.articles}", f"--members={args.members}"],
        cwd=ROOT,
        env=setup,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    production = {
        **env,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_PAGE_CACHE_SECONDS": "3600",
        "DJANGO_TRUSTED_PROXY_COUNT": "1",
        "DJANGO_DB_CONNECT_TIMEOUT": "2",
        "DJANGO_LOG_LEVEL": "ERROR",
        "DJANGO_MANAGERS": "office@example.org",
    }
    subprocess.run(  # noqa: S603 - our own manage.py
        [PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=production,
        check=True,
    )

    # This process is the editor: it talks to PostgreSQL directly, never through the relay.
    os.environ.update({**setup, "DJANGO_SETTINGS_MODULE": "association.settings"})
    import django

    django.setup()
    from contact.models import ContactMessage
    from news.models import Article
    from outbox.models import Email

    paths = [
        "/en/",
        "/zh-hans/",
        "/en/news/",
        "/zh-hans/news/",
        "/en/members/?sort=name",
        "/en/search/?q=copper",
        "/zh-hans/search/?q=%E8%8A%AF%E7%89%87",
    ]
    categories = {
        a.category.get_absolute_url() for a in Article.objects.select_related("category")[:50]
    }
    paths += sorted(categories) + [a.get_absolute_url() for a in Article.objects.all()[:40]]

    from urllib.parse import urlsplit

    address = urlsplit(database)
    with Relay((address.hostname, address.port or 5432)) as relay:
        relayed = address._replace(netloc=f"{address.username}@127.0.0.1:{relay.port}").geturl()
        site_env = {**production, "DATABASE_URL": relayed}
        server_log = (work / "gunicorn.log").open("w")
        site = Server("association.wsgi:application", site_env, log=server_log)
        worker_log = (work / "worker.log").open("w")
        worker = subprocess.Popen(  # noqa: S603
            [PYTHON, "manage.py", "db_worker", "--interval=0.5"],
            cwd=ROOT,
            env={**production, "DJANGO_LOG_LEVEL": "WARNING"},  # straight to the database
            stdout=worker_log,
            stderr=subprocess.STDOUT,
        )
        stop, clock, tally = threading.Event(), Clock(), Tally()
        published, editor_errors, confirmed = [], [], []
        threads = [
            threading.Thread(target=reader, args=(site.port, paths, stop, clock, tally))
            for _ in range(args.connections)
        ]
        threads += [
            threading.Thread(target=writer, args=(site.port, n, stop, clock, tally, confirmed))
            for n in range(args.writers)
        ]
        threads.append(threading.Thread(target=editor, args=(stop, published, editor_errors)))
        print(
            f"Soaking for {args.seconds} s with {args.connections} readers, {args.writers} "
            f"writers and an editor"
            + (f"; the database cut for {args.cut_database} s" if args.cut_database else "")
        )
        started = time.monotonic()
        for thread in threads:
            thread.start()
        if args.cut_database:
            time.sleep(max(0, args.seconds / 2 - args.cut_database / 2))
            relay.cut()
            clock.cut_at = time.monotonic()
            time.sleep(args.cut_database)
            relay.restore()
            clock.restored_at = time.monotonic()
        time.sleep(max(0, args.seconds - (time.monotonic() - started)))
        stop.set()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started

        # Let the worker send what was queued, then look at what the site shows.
        deadline = time.monotonic() + 60
        while Email.objects.waiting().exists() and time.monotonic() < deadline:
            time.sleep(0.5)
        missing_articles = []
        from django.utils import translation

        translation.activate("en")
        for article in published:
            connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=30)
            status, _h, body = request(connection, "GET", article.get_absolute_url())
            if status != 200 or article.title_en.encode() not in body:
                missing_articles.append((article.get_absolute_url(), status))
        connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=30)
        _s, _h, news = request(connection, "GET", "/en/news/")
        newest_listed = bool(published) and published[-1].title_en.encode() in news
        rows = list(
            ContactMessage.objects.filter(subject__startswith="Soak ").values_list(
                "subject", flat=True
            )
        )
        stored = set(rows)
        lost_messages = sorted(set(confirmed) - stored)
        # A message whose confirmation was lost with the connection (the database cut
        # between storing it and answering) is sent again by its visitor: stored twice.
        twice = len(rows) - len(stored)
        emails_sent = Email.objects.filter(
            status=Email.Status.SENT, subject__contains="Soak "
        ).count()
        worker.terminate()
        worker.wait(timeout=30)
        site.stop()

    print()
    total = sum(tally.counts.values())
    print(f"{total} requests in {elapsed:.0f} s ({total / elapsed:.0f}/s)")
    for phase in ("before", "during", "after"):
        statuses = {status: n for (p, status), n in sorted(tally.counts.items()) if p == phase}
        if statuses:
            print(
                f"  {phase + ' the cut' if args.cut_database else 'throughout':<18} "
                + ", ".join(f"{status or 'no answer'}: {n}" for status, n in statuses.items())
            )
    print(
        f"Articles published: {len(published)}; "
        f"not on the site afterwards: {len(missing_articles)}; "
        f"the newest on the news list: {'yes' if newest_listed else 'no'}"
    )
    print(
        f"Messages confirmed: {len(confirmed)}; stored: {len(set(confirmed) & stored)} "
        f"(sent again after a lost confirmation: {twice}); staff emails sent: {emails_sent}"
    )
    bad = {
        (phase, status): n
        for (phase, status), n in tally.counts.items()
        if status not in (200, 302) and not (phase == "during" and status == 503)
    }
    problems = []
    if bad:
        problems.append(f"failed requests: {bad}")
    if editor_errors:
        problems.append(f"the editor could not publish: {editor_errors[:3]}")
    if missing_articles or not newest_listed:
        problems.append(f"articles missing: {missing_articles[:5]}")
    if lost_messages:
        problems.append(f"messages lost: {lost_messages[:5]}")
    if emails_sent != len(rows):
        problems.append(f"{len(rows) - emails_sent} staff emails not sent (see {worker_log.name})")
    if args.cut_database and not tally.counts.get(("during", 503)):
        problems.append("no 503 while the database was cut: was it cut?")
    print(
        "Verdict: "
        + (
            "PASS, nothing lost, no error but the 503s of the cut"
            if not problems
            else "FAIL: " + "; ".join(problems)
        )
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
