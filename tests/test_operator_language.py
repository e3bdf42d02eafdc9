"""Management commands speak the operator's language (core/commandline.py), what they
store does not depend on it, and `make run` / `make serve` check their port before
installing anything."""

import csv
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import time_machine
from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator

from core.commandline import operator_language

ROOT = Path(__file__).resolve().parent.parent
SEED_TITLE_EN = (
    "Jensen Huang Visits Beijing Amidst U.S. Export Restrictions, Discusses Specialized AI "
    "Chips with DeepSeek Founder"
)
SEED_TITLE_ZH = "美国出口管制背景下黄仁勋访问北京，与DeepSeek创始人探讨专用AI芯片"


# --- Which language ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh-hans"),
        ({"LANG": "zh_CN.GB18030"}, "zh-hans"),
        ({"LANG": "zh_SG.UTF-8"}, "zh-hans"),
        ({"LANG": "zh_Hans_CN.UTF-8"}, "zh-hans"),
        ({"LANG": "zh"}, "zh-hans"),
        # Traditional Chinese while the site has none: Simplified, as the site answers a
        # zh-TW browser (see the next test for a site that has it).
        ({"LANG": "zh_TW.UTF-8"}, "zh-hans"),
        ({"LANG": "zh_HK.UTF-8"}, "zh-hans"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({}, "en"),
        # LC_ALL, then LC_MESSAGES, then LANG; an empty one counts as unset.
        ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh-hans"),
        ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh-hans"),
        ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "en"),
        ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"}, "zh-hans"),
        # GNU's LANGUAGE list is not read (a desktop's default would outvote LANG).
        ({"LANGUAGE": "zh_CN:zh", "LANG": "en_US.UTF-8"}, "en"),
    ],
)
def test_operator_language_follows_the_locale(environ, language):
    assert operator_language(environ) == language


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"DJANGO_COMMAND_LANGUAGE": "en", "LC_ALL": "zh_CN.UTF-8"}, "en"),
        ({"DJANGO_COMMAND_LANGUAGE": "zh-hans", "LANG": "C.UTF-8"}, "zh-hans"),
        ({"DJANGO_COMMAND_LANGUAGE": "zh_CN.UTF-8"}, "zh-hans"),
        ({"DJANGO_COMMAND_LANGUAGE": " ", "LANG": "zh_CN.UTF-8"}, "zh-hans"),
        ({"DJANGO_COMMAND_LANGUAGE": "fr", "LANG": "zh_CN.UTF-8"}, "en"),
    ],
)
def test_operator_language_variable_overrides_the_locale(environ, language):
    assert operator_language(environ) == language


def test_operator_language_gives_traditional_chinese_when_the_site_has_it(settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("zh-hant", "Traditional Chinese")]
    assert operator_language({"LANG": "zh_TW.UTF-8"}) == "zh-hant"
    assert operator_language({"LANG": "zh_HK.UTF-8"}) == "zh-hant"
    assert operator_language({"LANG": "zh_CN.UTF-8"}) == "zh-hans"


# --- manage.py, as an operator runs it -------------------------------------------------


@pytest.fixture(scope="module")
def migrated(tmp_path_factory) -> dict[str, str]:
    """The environment of a terminal with a migrated SQLite database and no locale."""
    folder = tmp_path_factory.mktemp("operator")
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "DATABASE_", "LC_", "LANG"))
    }
    env.pop("REDIS_URL", None)
    env |= {
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "DJANGO_COMMAND_LANGUAGE": "",  # also outvotes a .env beside manage.py
    }
    manage(env, "migrate", "--no-input")
    return env


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def test_manage_py_speaks_english_in_an_english_terminal(migrated):
    output = manage(migrated | {"LANG": "en_US.UTF-8"}, "sync_roles")
    assert re.search(r"^Editor: \d+ permissions$", output, re.MULTILINE), output


def test_manage_py_speaks_chinese_in_a_chinese_terminal(migrated, tmp_path):
    chinese = migrated | {"LANG": "zh_CN.UTF-8"}
    assert re.search(r"^Editor：\d+ 项权限$", manage(chinese, "sync_roles"), re.MULTILINE)
    path = tmp_path / "members.csv"
    assert manage(chinese, "export_members", str(path)).strip() == f"已将 0 家会员单位导出到 {path}"
    # The help too, which crashed while it was a lazy translation.
    assert "在尚无内容的网站上加载中英文双语的演示协会数据" in manage(
        chinese, "load_demo", "--help"
    )


def test_manage_py_takes_the_language_variable_over_the_locale(migrated):
    env = migrated | {"LANG": "zh_CN.UTF-8", "DJANGO_COMMAND_LANGUAGE": "en"}
    assert re.search(r"^Editor: \d+ permissions$", manage(env, "sync_roles"), re.MULTILINE)


@pytest.mark.django_db
def test_call_command_speaks_its_callers_language_whatever_the_locale(monkeypatch):
    """Tests and commands calling commands choose the language; the terminal does not."""
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    out = io.StringIO()
    call_command("sync_roles", stdout=out)  # conftest makes English the thread's language
    assert re.match(r"Editor: \d+ permissions\n", out.getvalue())


# --- What commands store does not depend on the language they speak --------------------


def originals(model) -> set[str]:
    """A translated field's original column (``title`` beside ``title_en``): modeltranslation
    writes the active language's text there and never reads it (core.revisions ignores it
    for the same reason), so it follows whoever saved, an editor in the admin included."""
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def stored_rows() -> dict[str, dict[str, list]]:
    """Every table's columns, as stored, but for what is not content: the originals, a
    version's label (the item's name in the saver's language) and a password's salt."""
    left_out = {"auth.User": {"password"}, "reversion.Version": {"object_repr"}}
    tables = {}
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            if not model._meta.managed or model._meta.proxy:
                continue
            skip = originals(model) | left_out.get(model._meta.label, set())
            fields = [f for f in model._meta.local_concrete_fields if f.name not in skip]
            quote = connection.ops.quote_name
            cursor.execute(
                f"SELECT {', '.join(quote(f.column) for f in fields)} "  # noqa: S608 - our names
                f"FROM {quote(model._meta.db_table)} ORDER BY {quote(model._meta.pk.column)}"
            )
            rows = cursor.fetchall()
            columns = {f.column: [row[i] for row in rows] for i, f in enumerate(fields)}
            if model._meta.label == "reversion.Version":
                columns["serialized_data"] = [
                    without_originals(data) for data in columns["serialized_data"]
                ]
            tables[model._meta.db_table] = columns
    return tables


def without_originals(serialized: str) -> list:
    items = json.loads(serialized)
    for item in items:
        skip = originals(apps.get_model(item["model"]))
        item["fields"] = {k: v for k, v in item["fields"].items() if k not in skip}
    return items


def differences(first: dict, second: dict) -> list[tuple[str, str]]:
    return [
        (table, column)
        for table, columns in first.items()
        for column, values in columns.items()
        if second[table][column] != values
    ]


@pytest.fixture
def speaking(django_capture_on_commit_callbacks, settings, tmp_path):
    """``speaking(language, change)``: make the change as a command run by an operator of
    that language would (its on-commit work included, as the search index and revisions),
    return what was stored, then undo it all."""

    def run(language: str, change) -> dict:
        settings.MEDIA_ROOT = tmp_path / language  # same file names in both runs
        moment = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
        with time_machine.travel(moment, tick=False), transaction.atomic():
            with translation.override(language), django_capture_on_commit_callbacks(execute=True):
                change()
            rows = stored_rows()
            transaction.set_rollback(True)
        # PostgreSQL's sequences ignore the rollback: start the next run from the same ids.
        sequences = connection.ops.sequence_reset_sql(
            no_style(), apps.get_models(include_auto_created=True)
        )
        with connection.cursor() as cursor:
            for statement in sequences:
                cursor.execute(statement)
        return rows

    return run


@pytest.mark.django_db
def test_the_comparison_sees_a_text_written_through_the_active_language(speaking):
    from news.models import Category

    def write():
        Category(slug="ic-news", order=1, name="IC News").save()  # name: the active language's

    assert ("news_category", "name_en") in differences(
        speaking("en", write), speaking("zh-hans", write)
    )


@pytest.mark.django_db
def test_load_demo_stores_the_same_demo_whatever_language_it_speaks(speaking, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "demo-password-for-tests")
    output = {}

    def load(language):
        def change():
            out = io.StringIO()
            call_command("load_demo", stdout=out)
            output[language] = out.getvalue()

        return speaking(language, change)

    english, chinese = load("en"), load("zh-hans")

    assert differences(english, chinese) == []
    titles = english["news_article"]
    assert SEED_TITLE_EN in titles["title_en"] and SEED_TITLE_ZH in titles["title_zh_hans"]
    assert output["en"].startswith("Demo content added:\n")
    assert "Admin login: username “admin”, password “demo-password-for-tests”" in output["en"]
    assert output["zh-hans"].startswith("已添加演示内容：\n")
    assert "管理员登录：用户名“admin”，密码“demo-password-for-tests”" in output["zh-hans"]


@pytest.mark.django_db
def test_import_members_stores_the_same_companies_whatever_language_it_speaks(speaking, tmp_path):
    path = tmp_path / "members.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(
            ["slug", "name_en", "name_zh_hans", "city_en", "city_zh_hans", "founded_year"]
        )
        writer.writerow(["xiangyun", "Xiangyun Circuits", "湘云电路", "Changsha", "长沙", "2004"])
        writer.writerow(["", "Lanxin Microelectronics", "蓝芯微电子", "", "", "2011"])
        writer.writerow(["later", "Later Co.", "后来公司", "", "", "soon"])
    output = {}

    def load(language):
        def change():
            out = io.StringIO()
            call_command("import_members", str(path), stdout=out)
            output[language] = out.getvalue()

        return speaking(language, change)

    english, chinese = load("en"), load("zh-hans")

    assert differences(english, chinese) == []
    companies = english["members_membercompany"]
    assert companies["slug"] == ["xiangyun", "lanxin-microelectronics"]
    assert companies["name_zh_hans"] == ["湘云电路", "蓝芯微电子"]
    assert companies["city_en"] == ["Changsha", ""]
    assert "Created: 2\n" in output["en"]
    assert "line 4 (later): founded_year: Enter a whole number." in output["en"]
    assert "新建：2\n" in output["zh-hans"]
    assert "founded_year: 输入整数。" in output["zh-hans"]


# --- make run and make serve -----------------------------------------------------------


def make(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - make with our Makefile
        [shutil.which("make") or "make", "--no-print-directory", *args],
        cwd=folder,
        env={**os.environ, "MAKEFLAGS": "-j4"},  # the port check still comes first
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("target", ["run", "serve"])
def test_make_stops_before_installing_anything_when_the_port_is_taken(tmp_path, target):
    shutil.copy(ROOT / "Makefile", tmp_path)  # a fresh clone's, with nothing installed yet
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = make(tmp_path, target, f"PORT={port}")
    assert result.returncode != 0
    assert f"Cannot serve on 127.0.0.1:{port}" in result.stderr
    assert f"make {target} PORT=8001" in result.stderr
    assert "HOST=" in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["Makefile"]


def test_make_help_shows_port_and_host():
    output = make(ROOT, "help").stdout
    assert "HOST=127.0.0.1 PORT=8000" in output
    assert "make run PORT=8001" in output


def plan(folder: Path, target: str) -> str:
    """What ``make`` would do, without doing it."""
    return make(folder, "--dry-run", target, "PORT=1").stdout


def test_make_run_installs_only_the_site_and_make_test_adds_the_tools_once(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path)
    pyproject, venv = tmp_path / "pyproject.toml", tmp_path / ".venv"

    def at(path: Path, second: int) -> None:
        path.touch()
        os.utime(path, (second, second))

    at(pyproject, 1_000)
    fresh = plan(tmp_path, "run")
    assert "-m venv .venv" in fresh
    assert 'pip install --quiet "."' in fresh and "[dev]" not in fresh

    (venv / "bin").mkdir(parents=True)
    at(venv / "bin/python", 2_000)
    at(venv / ".installed-runtime", 2_000)  # as `make run` leaves it
    assert "pip install" not in plan(tmp_path, "run")
    assert 'pip install --quiet ".[dev]"' in plan(tmp_path, "test")

    at(venv / ".installed-dev", 3_000)  # as `make test` leaves it (both stamps)
    at(venv / ".installed-runtime", 3_000)
    assert "pip install" not in plan(tmp_path, "run")
    assert "pip install" not in plan(tmp_path, "test")

    at(pyproject, 4_000)  # a new dependency: each target installs again what it needs
    assert 'pip install --quiet "."' in plan(tmp_path, "run")
    assert 'pip install --quiet ".[dev]"' in plan(tmp_path, "lint")
