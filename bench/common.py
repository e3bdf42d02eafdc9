"""What every benchmark does first: Django on a throw-away SQLite database (or the one
DATABASE_URL names), with DEBUG on so that no production secret is needed."""

import os
import sys
import tempfile
from pathlib import Path


def start_django() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "association.settings")
    os.environ.setdefault("DJANGO_DEBUG", "1")
    if "DATABASE_URL" not in os.environ:
        os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"

    import django

    django.setup()
