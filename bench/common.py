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


class QueryCounter:
    """Counts the statements a block sends to the database (an execute wrapper sees every
    one, whatever the debug log keeps)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)

    def __enter__(self) -> "QueryCounter":
        from django.db import connection

        self._wrapper = connection.execute_wrapper(self)
        self._wrapper.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._wrapper.__exit__(*exc)

    def __len__(self) -> int:
        return self.count
