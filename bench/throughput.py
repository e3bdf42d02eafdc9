"""Requests per second of the public pages under gunicorn, as in production, against the
in-run ceiling. `make bench` runs it.

    .venv/bin/python bench/throughput.py [--database sqlite|postgres] [--seconds 10]
                                   [--articles 10000] [--members 2000]

1. Loads a large association (bench/large_demo.py) into a throw-away SQLite file, or into
   a fresh PostgreSQL database ``xiehui_bench`` (``--database postgres``; the server from
   ``BENCH_POSTGRES``, default postgres://postgres@127.0.0.1:5432).
2. Starts gunicorn as production would (2 sync workers, DEBUG off, persistent database
   connections, Redis as the shared cache when it answers at ``BENCH_REDIS``, default
   redis://127.0.0.1:6379/14, which it empties) and, beside it, bench/ceiling.py: a Django
   view returning 20 KB that touches no database.
3. Drives each page with wrk (32 connections, 2 threads) with the page cache on, then off,
   measuring the ceiling just before and just after each page (the machine's speed drifts
   within a run), and prints req/s, p50 and p99, each page's share of the mean of those two
   ceilings, its queries and bytes, and a verdict against the targets:
   every page at least 50 % of the ceiling with the page cache and 5 % without it, and an
   article under 60 KB of HTML, CSS and JS.

Figures vary with the machine and what else it runs: compare within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
TARGET_CACHED = 0.50
TARGET_UNCACHED = 0.05
TARGET_ARTICLE_BYTES = 60 * 1024


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_url() -> str | None:
    url = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/14")
    try:
        import redis

        client = redis.Redis.from_url(url, socket_connect_timeout=1)
        client.flushdb()
        return url
    except Exception:
        return None


def postgres_url(name: str = "xiehui_bench") -> str:
    """A new, empty PostgreSQL database ``name`` on the server of ``BENCH_POSTGRES``."""
    import psycopg2

    server = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
    connection = psycopg2.connect(f"{server}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        cursor.execute(f"CREATE DATABASE {name}")
    connection.close()
    return f"{server}/{name}"


class Server:
    def __init__(self, app: str, env: dict, *, chdir: Path = ROOT, log=None):
        self.port = free_port()
        self.process = subprocess.Popen(  # noqa: S603
            [
                str(BIN / "gunicorn"),
                app,
                "--workers=2",
                f"--bind=127.0.0.1:{self.port}",
                "--no-control-socket",
                "--log-level=warning",
                f"--chdir={chdir}",
            ],
            env=env,
            stdout=log,
            stderr=log,
        )
        self.wait()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait(self) -> None:
        for _ in range(200):
            try:
                get(self.base + "/", timeout=2)
                return
            except urllib.error.HTTPError:
                return  # it answers
            except OSError:
                time.sleep(0.1)
        raise SystemExit(f"gunicorn did not start on {self.base}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def get(url: str, *, timeout: float = 30) -> bytes:
    """As the reverse proxy in front of gunicorn would ask (HTTPS already ended there)."""
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read()


LATENCY = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.M)
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url: str, *, seconds: int, connections: int) -> dict:
    output = subprocess.run(  # noqa: S603
        [
            shutil.which("wrk") or "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            "X-Forwarded-Proto: https",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {p: float(v) * UNITS[u] for p, v, u in LATENCY.findall(output)}
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rate": rate,
        "p50": latency.get("50", 0.0),
        "p99": latency.get("99", 0.0),
        "errors": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--members", type=int, default=2_000)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (make bench installs it: apt-get install wrk)")

    work = Path(tempfile.mkdtemp(prefix="xiehui-bench-"))
    database = postgres_url() if args.database == "postgres" else f"sqlite:///{work / 'db.sqlite3'}"
    cache_url = redis_url()
    env = {
        **os.environ,
        "DATABASE_URL": database,
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("REDIS_URL", None)
    if cache_url:
        env["REDIS_URL"] = cache_url
    print(f"Database: {args.database}; cache: {'Redis' if cache_url else 'per process'}")

    subprocess.run(  # noqa: S603
        [PYTHON, "bench/large_demo.py", f"--articles={args.articles}", f"--members={args.members}"],
        cwd=ROOT,
        env={**env, "DJANGO_DEBUG": "1"},
        check=True,
    )
    urls = json.loads(
        subprocess.run(  # noqa: S603
            [PYTHON, "bench/page_costs.py", "--urls"],
            cwd=ROOT,
            env={**env, "DJANGO_DEBUG": "1"},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    costs = json.loads(
        subprocess.run(  # noqa: S603
            [PYTHON, "bench/page_costs.py", *urls.values()],
            cwd=ROOT,
            env={**env, "DJANGO_DEBUG": "1"},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    production = {
        **env,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=production,
        check=True,
    )

    results: dict[str, dict] = {}
    ceilings: list[float] = []
    load = {"seconds": args.seconds, "connections": args.connections}
    ceiling = Server("ceiling:application", production, chdir=ROOT / "bench")
    try:
        get(ceiling.base + "/")
        for mode, seconds_setting in (("cached", "3600"), ("uncached", "0")):
            site = Server(
                "association.wsgi:application",
                {**production, "DJANGO_PAGE_CACHE_SECONDS": seconds_setting},
            )
            try:
                for name, path in urls.items():
                    get(site.base + path)  # warm: the header, footer, and (cached) the page
                    # The ceiling just before and just after each page (the machine's speed
                    # drifts within a run): the page is read against their mean. One run
                    # between two pages serves as the after of one and the before of the next.
                    if not ceilings:
                        ceilings.append(wrk(ceiling.base + "/", **load)["rate"])
                    before = ceilings[-1]
                    result = wrk(site.base + path, **load)
                    ceilings.append(wrk(ceiling.base + "/", **load)["rate"])
                    result["ceiling"] = (before + ceilings[-1]) / 2
                    results[f"{name} [{mode}]"] = {**result, "path": path, "mode": mode}
            finally:
                site.stop()
    finally:
        ceiling.stop()
    results["ceiling (lowest, highest)"] = {
        "rate": min(ceilings),
        "p50": 0.0,
        "p99": 0.0,
        "highest": max(ceilings),
    }

    print()
    print(
        f"{'page':<38} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'ceiling':>8} "
        f"{'queries':>7} {'KB':>6} {'errors':>6}"
    )
    failures = []
    for name, result in results.items():
        if "ceiling" not in result:
            print(f"{name:<38} {result['rate']:>8.0f} to {result['highest']:.0f}")
            continue
        share = result["rate"] / result["ceiling"]
        cost = costs[result["path"]]
        print(
            f"{name:<38} {result['rate']:>8.0f} {result['p50']:>8.2f} {result['p99']:>8.2f} "
            f"{share:>7.1%} {cost['queries']:>7} {cost['html_bytes'] / 1024:>6.1f} "
            f"{result['errors']:>6}"
        )
        target = TARGET_CACHED if result["mode"] == "cached" else TARGET_UNCACHED
        if share < target:
            failures.append(f"{name} at {share:.1%} (target {target:.0%})")
        if result["errors"] or result["socket_errors"]:
            failures.append(f"{name}: {result['errors']} errors {result['socket_errors']}")
    article = costs[urls["article"]]
    print(
        f"\nArticle page: {article['weight'] / 1024:.1f} KB of HTML, CSS and JS "
        f"({article['weight_gzip'] / 1024:.1f} KB compressed), images aside"
    )
    if article["weight"] >= TARGET_ARTICLE_BYTES:
        failures.append(f"article weighs {article['weight'] / 1024:.1f} KB (target < 60 KB)")
    shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("Verdict: below target: " + "; ".join(failures))
        return 1
    print(
        "Verdict: every page meets the targets "
        f"(cached >= {TARGET_CACHED:.0%}, uncached >= {TARGET_UNCACHED:.0%} of the ceiling, "
        "article < 60 KB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
