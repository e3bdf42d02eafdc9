"""Real servers for the tests that need one: gunicorn from our virtualenv, on a free port
of the loopback interface, stopped when the test is done."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(env: dict, *, log: Path, options: tuple[str, ...] = ()) -> Iterator[str]:
    """Serve the site with ``env``; yields its base address once it answers."""
    if not GUNICORN.exists():
        pytest.skip(f"gunicorn is not installed in {GUNICORN.parent} (make test installs it)")
    port = free_port()
    with log.open("w") as errors:
        process = subprocess.Popen(  # noqa: S603 - gunicorn from our virtualenv
            [
                str(GUNICORN),
                "association.wsgi",
                f"--bind=127.0.0.1:{port}",
                "--workers=2",
                "--no-control-socket",
                "--log-level=warning",
                *options,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(150):
                try:
                    urllib.request.urlopen(f"{base}/admin/login/", timeout=2)  # noqa: S310
                    break
                except OSError:  # refused, reset, timed out (URLError is one too)
                    time.sleep(0.1)
            else:
                pytest.fail(f"gunicorn did not start (see {log})")
            yield base
        finally:
            process.terminate()
            process.wait(timeout=10)


POSTGRES_URL = os.environ.get("SERVERS_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def postgres_reachable() -> str:
    """ "" when PostgreSQL answers at POSTGRES_URL, else why not."""
    try:
        import psycopg2

        psycopg2.connect(POSTGRES_URL, connect_timeout=2).close()
    except Exception as error:  # not installed, not running, refused: all "not here"
        return str(error)
    return ""


@contextmanager
def postgres_database(label: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for real servers (dropped afterwards); its URL."""
    import psycopg2

    name = f"xiehui_{label}_{os.getpid()}"
    admin = psycopg2.connect(POSTGRES_URL)
    admin.autocommit = True
    try:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{name}"')
        yield urlsplit(POSTGRES_URL)._replace(path=f"/{name}").geturl()
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def manage(env: dict, *commands: list[str]) -> None:
    """Run our manage.py commands, one after another, with ``env``."""
    for command in commands:
        subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            timeout=300,
        )
