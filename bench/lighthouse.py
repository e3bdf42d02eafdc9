"""Lighthouse (mobile, its default: a mid-range phone on a throttled connection) on the
demo site served as production serves it: DEBUG off, gunicorn, compressed and hashed static
files from WhiteNoise, security headers on. Prints the four scores of each page.

    python bench/lighthouse.py            # home, category, article and member, both languages
    python bench/lighthouse.py --runs 3   # the median of three runs per page

Needs Chromium (/usr/bin/chromium or CHROME_PATH) and npm; Lighthouse itself is installed
with npm under bench/.lighthouse the first time (nothing global).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(__file__).resolve().parent / ".lighthouse"
LIGHTHOUSE_VERSION = "13.5.0"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage "
    "--disable-background-networking --disable-component-update --disable-sync --no-first-run"
)
PAGES = {
    "home": "",
    "category": "news/category/ic-news/",
    "article": "news/jensen-huang-visits-beijing-ai-chips-deepseek/",
    "member": "members/shenzhen-east-space-light-technology/",
}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_env(folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env.pop("REDIS_URL", None)
    return env | {
        "DJANGO_SETTINGS_MODULE": "association.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",  # plain HTTP on the loopback
        "DJANGO_SERVE_MEDIA": "1",
        "DATABASE_URL": f"sqlite:///{folder}/site.sqlite3",
        "STATIC_ROOT": str(folder / "static"),
        "MEDIA_ROOT": str(folder / "media"),
        "DJANGO_SUPERUSER_PASSWORD": secrets.token_urlsafe(12),
    }


def lighthouse() -> Path:
    binary = TOOLS / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        TOOLS.mkdir(exist_ok=True)
        npm = shutil.which("npm")
        if npm is None:
            sys.exit("Lighthouse is installed with npm, which is not on the PATH.")
        subprocess.run(  # noqa: S603 - npm with fixed arguments
            [
                npm,
                "install",
                "--prefix",
                str(TOOLS),
                "--no-audit",
                "--no-fund",
                "--silent",
                f"lighthouse@{LIGHTHOUSE_VERSION}",
            ],
            check=True,
        )
    return binary


def audit(binary: Path, url: str, report: Path) -> dict[str, int]:
    subprocess.run(  # noqa: S603 - our own Lighthouse install
        [
            str(binary),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--chrome-flags={CHROME_FLAGS}",
            "--only-categories=" + ",".join(CATEGORIES),
        ],
        check=True,
        env=os.environ | {"CHROME_PATH": CHROME},
        timeout=240,
    )
    result = json.loads(report.read_text())
    return {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}


def shortfalls(report: Path) -> list[str]:
    """The audits that cost points, to say why a score is below 100."""
    result = json.loads(report.read_text())
    missing = []
    for name in CATEGORIES:
        for ref in result["categories"][name]["auditRefs"]:
            found = result["audits"][ref["id"]]
            if ref["weight"] and found["score"] is not None and found["score"] < 1:
                value = found.get("displayValue", "")
                missing.append(f"{name}: {ref['id']} {found['score']:.2f} {value}".strip())
    return missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="runs per page (the median counts)")
    parser.add_argument("--languages", default="en,zh-hans")
    args = parser.parse_args()
    binary = lighthouse()
    folder = Path(tempfile.mkdtemp(prefix="xiehui-lighthouse-"))
    env = production_env(folder)
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--no-input"], ["load_demo"], ["collectstatic", "--no-input"]):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(  # noqa: S603 - gunicorn from our virtualenv
        [str(gunicorn), "association.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(folder / "gunicorn.log").open("w"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/en/", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        print(f"Lighthouse {LIGHTHOUSE_VERSION}, mobile, median of {args.runs} run(s)")
        print(f"{'page':<22}" + "".join(f"{name:>16}" for name in CATEGORIES))
        for language in args.languages.split(","):
            for name, path in PAGES.items():
                url = f"{base}/{language}/{path}"
                urllib.request.urlopen(url, timeout=30)
                runs = []
                report = folder / f"{language}-{name}.json"
                for _ in range(args.runs):
                    runs.append(audit(binary, url, report))
                scores = {c: statistics.median(run[c] for run in runs) for c in CATEGORIES}
                label = f"{name} ({language})"
                print(f"{label:<22}" + "".join(f"{scores[c]:>16.0f}" for c in CATEGORIES))
                for line in shortfalls(report):
                    print(f"    {line}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"Reports: {folder}")


if __name__ == "__main__":
    main()
