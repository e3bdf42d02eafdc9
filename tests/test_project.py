"""Project-wide guarantees: migrations committed, production settings safe."""

import os
import sqlite3
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    clean_env.pop("DATABASE_URL", None)
    clean_env.pop("REDIS_URL", None)  # CI's PostgreSQL run sets it; each test says its own
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.django_db
def test_no_migrations_are_missing():
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit:
        pytest.fail(f"Model changes without a migration:\n{out.getvalue()}")


def test_production_settings_pass_the_deployment_checks():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY="x" * 20 + "-a-long-random-production-key-" + "y" * 20,
        DJANGO_ALLOWED_HOSTS="xiehui.example.org",
        REDIS_URL="redis://127.0.0.1:6379/0",
        DJANGO_MEDIA_SHARED="1",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_with_a_per_process_cache_fails_the_deployment_checks():
    result = manage(
        "check",
        "--deploy",
        DJANGO_SECRET_KEY="x" * 20 + "-a-long-random-production-key-" + "y" * 20,
        DJANGO_ALLOWED_HOSTS="xiehui.example.org",
    )
    assert result.returncode != 0
    assert "xiehui.E001" in result.stderr and "xiehui.E002" in result.stderr


def test_production_without_a_secret_key_fails_clearly_at_start():
    result = manage("check", DJANGO_ALLOWED_HOSTS="xiehui.example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_debug_mode_runs_without_a_secret_key():
    result = manage("check", DJANGO_DEBUG="1")
    assert result.returncode == 0, result.stderr


def test_migrate_on_a_database_of_the_old_layout_stops_with_what_to_do(tmp_path):
    """Before issue 7 every table belonged to one app, "association"; those migrations are
    gone. `make run` (migrate first) on such a db.sqlite3 must say what to do, not crash."""
    database = tmp_path / "db.sqlite3"
    with sqlite3.connect(database) as old:
        old.execute(
            "CREATE TABLE django_migrations "
            "(id integer PRIMARY KEY, app varchar(255), name varchar(255), applied datetime)"
        )
        old.executemany(
            "INSERT INTO django_migrations (app, name, applied) VALUES (?, ?, '2026-11-01')",
            [("association", "0006_logo_thumbnail"), ("news", "0003_ordering_by_slug")],
        )
    result = manage("migrate", "--no-input", DJANGO_DEBUG="1", DATABASE_URL=f"sqlite:///{database}")
    assert result.returncode != 0
    assert "made by an earlier version of Xiehui" in result.stderr
    assert "mv db.sqlite3 db.sqlite3.old" in result.stderr
    assert "Traceback" not in result.stderr


def test_migrate_on_a_new_database_passes_the_layout_check(tmp_path):
    database = tmp_path / "db.sqlite3"
    result = manage("migrate", "--no-input", DJANGO_DEBUG="1", DATABASE_URL=f"sqlite:///{database}")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(database) as new:
        apps = {app for (app,) in new.execute("SELECT DISTINCT app FROM django_migrations")}
    assert {"members", "contact", "news", "pages"} <= apps and "association" not in apps
