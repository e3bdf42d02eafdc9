"""Project-wide guarantees: migrations committed, production settings safe."""

import os
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
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_without_a_secret_key_fails_clearly_at_start():
    result = manage("check", DJANGO_ALLOWED_HOSTS="xiehui.example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_debug_mode_runs_without_a_secret_key():
    result = manage("check", DJANGO_DEBUG="1")
    assert result.returncode == 0, result.stderr
