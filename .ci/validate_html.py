"""Render the public pages of the demo site and check them with the W3C Nu HTML Checker.

    python .ci/validate_html.py path/to/vnu.jar

Uses a throw-away SQLite database with the demo content; exits non-zero when the checker
reports any error or warning.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "association.settings"
os.environ["DJANGO_DEBUG"] = "1"
workdir = Path(tempfile.mkdtemp(prefix="xiehui-html-"))
os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'db.sqlite3'}"
os.environ["MEDIA_ROOT"] = str(workdir / "media")

import logging  # noqa: E402

import django  # noqa: E402

django.setup()
logging.disable(logging.WARNING)  # the 404 and 400 pages are rendered on purpose

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

PATHS = [
    "",
    "news/",
    "news/?page=2",
    "news/category/ic-news/",
    "news/jensen-huang-visits-beijing-ai-chips-deepseek/",
    "members/",
    "members/?q=Shenzhen&level=vice-president",
    "members/shenzhen-east-space-light-technology/",
    "members/join/",
    "members/join/thanks/",
    "contact-us/",
    "privacy-policy/",
    "about/",
    "sitemap/",
    "search/",
    "search/?q=chips",
    "search/?q=%E8%8A%AF%E7%89%87",
    "search/?q=nothing-matches-this",
    "no-such-page/",
]


def main() -> int:
    vnu = sys.argv[1]
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=StringIO())
    client = Client(HTTP_HOST="127.0.0.1")
    pages = workdir / "pages"
    pages.mkdir()
    for language in ("en", "zh-hans"):
        for path in PATHS:
            response = client.get(f"/{language}/{path}")
            name = f"{language}-{path}".replace("/", "_").replace("?", "_") or "home"
            (pages / f"{name}.html").write_bytes(response.content)
        # a form sent back with errors
        response = client.post(f"/{language}/contact-us/", {"email": "not an address"})
        (pages / f"{language}-contact-errors.html").write_bytes(response.content)
    files = sorted(str(p) for p in pages.glob("*.html"))
    # The checker prints every error and warning; valid pages print nothing.
    result = subprocess.run(  # noqa: S603 - our own files and a fixed command
        ["java", "-jar", vnu, *files],  # noqa: S607
        check=False,
        capture_output=True,
        text=True,
    )
    if result.returncode or result.stderr.strip() or result.stdout.strip():
        print(result.stdout, result.stderr)
        return 1
    print(f"{len(files)} pages are valid HTML (W3C Nu HTML Checker: no errors, no warnings)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
