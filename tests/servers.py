"""Real servers for the tests that need one: gunicorn from our virtualenv, on a free port
of the loopback interface, stopped when the test is done."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
                except (urllib.error.URLError, ConnectionError):
                    time.sleep(0.1)
            else:
                pytest.fail(f"gunicorn did not start (see {log})")
            yield base
        finally:
            process.terminate()
            process.wait(timeout=10)
