"""Backups: ``backup`` writes the whole site into one archive; ``restore`` brings it into an
empty database of either engine, identical row for row and file for file, or refuses and
changes nothing.

The round trip restores into the *other* engine, in a ``manage.py`` of its own: a fresh
SQLite file when the suite runs on PostgreSQL, a fresh PostgreSQL database (made and dropped
here, on the server tests/servers.py names) when it runs on SQLite.
"""

from __future__ import annotations

import datetime
import decimal
import hashlib
import io
import json
import os
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection, models

from core import revisions, search
from core.backup import MANIFEST, backed_up_models
from core.models import SearchEntry
from images.models import Image, Rendition
from images.renditions import SLOTS, renditions
from members.services import approve_application
from news.models import Article
from pages.roles import EDITOR
from tests import factories
from tests.servers import POSTGRES_URL, ROOT, postgres_database, postgres_reachable

pytestmark = pytest.mark.django_db

# Rows that name these by id name them by natural key in the comparison: each database
# numbers them its own way.
NATURAL = (ContentType, Permission, Group)


# --- What is compared -----------------------------------------------------------------------


def _value(value):
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    return value


def _natural(model: type[models.Model]) -> dict:
    return {row.pk: list(row.natural_key()) for row in model._default_manager.all()}


def snapshot() -> dict[str, list]:
    """Every stored column of every backed-up row (a translated field's own column too), read
    with plain querysets, by primary key; ids of content types, permissions and roles
    replaced by their natural keys; many-to-many links as pairs."""
    natural = {model: _natural(model) for model in NATURAL}
    out: dict[str, list] = {}

    def column(field: models.Field, value):
        if field.is_relation and field.related_model in natural and value is not None:
            return natural[field.related_model][value]
        return _value(value)

    for model in backed_up_models():
        fields = [
            field
            for field in model._meta.concrete_fields
            if not (model in natural and field.primary_key)
        ]
        rows = models.QuerySet(model=model).order_by(*([] if model in natural else ["pk"]))
        out[model._meta.label_lower] = sorted(
            (
                [column(field, value) for field, value in zip(fields, row, strict=True)]
                for row in rows.values_list(*[field.attname for field in fields])
            ),
            key=json.dumps,
        )
        for relation in model._meta.local_many_to_many:
            through = relation.remote_field.through
            own, other = relation.m2m_field_name(), relation.m2m_reverse_field_name()
            pairs = models.QuerySet(model=through).values_list(f"{own}_id", f"{other}_id")
            own_field, other_field = through._meta.get_field(own), through._meta.get_field(other)
            out[through._meta.label_lower] = sorted(
                ([column(own_field, a), column(other_field, b)] for a, b in pairs),
                key=json.dumps,
            )
    return out


def search_entries() -> list:
    return sorted(
        SearchEntry.objects.values_list("source", "object_id", "language", "title", "url")
    )


def media_files(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(Path(root).rglob("*"))
        if path.is_file()
    }


# --- Content --------------------------------------------------------------------------------


@pytest.fixture
def content(committed):
    """One of everything a backup must keep, made the way editors and visitors make it."""
    editor = User.objects.create_user("editor", "editor@example.org", "a-password-for-tests")
    editor.groups.add(Group.objects.get(name=EDITOR))
    editor.user_permissions.add(Permission.objects.get(codename="view_logentry"))

    site = committed(
        factories.SiteSettingsFactory, site_name_en="PCB Association", site_name_zh_hans="电路协会"
    )
    committed(
        factories.ContactPhoneFactory, settings=site, label_en="Office", label_zh_hans="办公室"
    )
    committed(factories.ContactPhoneFactory, settings=site, label_en="Fax", label_zh_hans="传真")

    image = committed(factories.ImageFactory, alt_en="A board", alt_zh_hans="一块电路板")
    renditions(image, SLOTS["card"], ["WEBP"])
    segment = factories.IndustrySegmentFactory(name_en="Substrates", name_zh_hans="基板")
    company = committed(factories.MemberCompanyFactory, name_zh_hans="深圳电路有限公司")
    company.segments.add(segment)

    with revisions.acting_as(editor):
        article = committed(
            factories.ArticleFactory,
            title_en="Copper prices rise",
            title_zh_hans="铜价上涨",
            body_en=f'<p>Prices.</p><img src="{image.file.url}" alt="">',
            body_zh_hans="<p>价格。</p>",
            image=image,
            author=editor,
        )
        article.companies.add(company)
        committed(factories.edit, article, summary_en="Copper is dearer.")
    committed(factories.PageFactory, title_en="About us", title_zh_hans="关于我们")

    application = factories.MembershipApplicationFactory(
        company_name_en="Huizhou Boards", company_name_zh_hans="惠州电路板", language="zh-hans"
    )
    application.segments.add(segment)
    approve_application(application=application, by=editor, note="Welcome")
    factories.ContactMessageFactory(subject="会员费", message="请问会员费是多少？")

    # Stored as an old version of the code left them: a restore keeps them as they are
    # (the sanitizer would strip the attribute, auto_now would move the time), and the
    # translated field's own column as a Chinese editor's save left it (read through the
    # model, in English, it would be the English title).
    models.QuerySet(model=Article).filter(pk=article.pk).update(
        title="铜价上涨",
        body_zh_hans='<p onclick="x()">价格。</p>',
        updated_at=datetime.datetime(2020, 1, 2, 3, 4, 5, 678901, tzinfo=datetime.UTC),
    )
    search.rebuild()
    return {"article": article, "image": image, "editor": editor}


def backup(path: Path, *args: str) -> str:
    out = io.StringIO()
    call_command("backup", str(path), *args, stdout=out)
    return out.getvalue()


def restore(path: Path, *args: str) -> str:
    out = io.StringIO()
    call_command("restore", str(path), *args, stdout=out)
    return out.getvalue()


# --- The other engine, in a process of its own ----------------------------------------------


@contextmanager
def other_database(tmp_path: Path) -> Iterator[str]:
    """The address of a new, empty database of the engine the suite does not run on."""
    if connection.vendor == "postgresql":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    why_not = postgres_reachable()
    if why_not:
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_URL} ({why_not}); CI has it")
    with postgres_database("restore") as url:
        yield url


def site_env(database_url: str, media: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env.pop("REDIS_URL", None)  # its own cache: a restore clears it
    return env | {
        "DJANGO_SETTINGS_MODULE": "association.settings",
        "DJANGO_DEBUG": "1",
        "DJANGO_LANGUAGE_CODE": "en",  # the commands' messages, as the assertions read them
        "DJANGO_SECRET_KEY": os.environ["DJANGO_SECRET_KEY"],
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media),
    }


def run(env: dict, *arguments: str) -> subprocess.CompletedProcess:
    """Our Python with ``arguments`` (``manage.py restore …``, ``-c CODE``), as the site
    configured by ``env`` runs it."""
    return subprocess.run(  # noqa: S603 - our own code
        [sys.executable, *arguments],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


READ_BACK = """
import json, sys
import django
django.setup()
from contact.models import ContactMessage
from tests.core.test_backup import search_entries, snapshot
found = {"rows": snapshot(), "search": search_entries()}
found["next_message"] = ContactMessage.objects.create(
    name="New", email="new@example.com", subject="After the restore", message="Hello"
).pk
with open(sys.argv[1], "w") as out:
    json.dump(found, out)
"""


# --- Tests ----------------------------------------------------------------------------------


def test_round_trip_to_the_other_engine_gives_identical_rows_and_files(content, tmp_path, settings):
    archive = tmp_path / "site.zip"
    printed = backup(archive)
    assert "Articles: 1\n" in printed
    assert f"Files: {1 + Rendition.objects.count()} (" in printed  # the picture, its renditions
    rows, files = snapshot(), media_files(settings.MEDIA_ROOT)
    expected = json.loads(json.dumps({"rows": rows, "search": search_entries()}))

    with other_database(tmp_path) as database_url:
        env = site_env(database_url, tmp_path / "restored-media")
        refused = run(env, "manage.py", "restore", str(archive))
        assert refused.returncode == 1
        assert "Run “python manage.py migrate” first" in refused.stderr

        assert run(env, "manage.py", "migrate", "--no-input").returncode == 0
        restored = run(env, "manage.py", "restore", str(archive), "--verbosity", "2")
        assert restored.returncode == 0, restored.stderr
        assert "news.article: 1 row\n" in restored.stdout
        read = run(env, "-c", READ_BACK, str(tmp_path / "read.json"))
        assert read.returncode == 0, read.stderr
    found = json.loads((tmp_path / "read.json").read_text())

    assert found["rows"] == expected["rows"]
    assert found["search"] == expected["search"]
    assert media_files(tmp_path / "restored-media") == files
    # New rows continue after the restored ones (the sequences were reset).
    highest = max(row[0] for row in rows["contact.contactmessage"])
    assert found["next_message"] == highest + 1
    # What the comparison covered, so that it cannot pass by comparing nothing.
    article = next(row for row in rows["news.article"] if row[0] == content["article"].pk)
    assert "铜价上涨" in article and '<p onclick="x()">价格。</p>' in article
    assert "2020-01-02T03:04:05.678901+00:00" in article
    assert len(rows["reversion.version"]) >= 2 and rows["members.applicationdecision"]
    assert [content["editor"].pk, ["Editor"]] in rows["auth.user_groups"]
    assert len(rows["images.rendition"]) == len(files) - 1 > 0
    assert rows["images.imagereference"] and rows["members.membercompany_segments"]


def test_restore_with_force_replaces_changed_content_exactly(
    content, tmp_path, settings, django_capture_on_commit_callbacks
):
    archive = tmp_path / "site.zip"
    backup(archive)
    rows, files = snapshot(), media_files(settings.MEDIA_ROOT)
    article = content["article"]
    factories.edit(article, title_en="Changed after the backup")
    factories.CategoryFactory(name="Added after the backup")
    Group.objects.create(name="Added after the backup")
    image_path = settings.MEDIA_ROOT / content["image"].file.name
    image_path.unlink()
    cache.set("page-made-before-the-restore", "stale")

    with django_capture_on_commit_callbacks(execute=True):
        printed = restore(archive, "--force")

    assert "Articles: 1" in printed
    assert snapshot() == rows  # nothing added, not even a revision; no role doubled
    assert media_files(settings.MEDIA_ROOT) == files
    assert Article.objects.get().title_en == "Copper prices rise"
    assert cache.get("page-made-before-the-restore") is None
    assert search.search("Copper", language="en").count() == 1


def test_restore_refuses_a_database_with_content_and_changes_nothing(content, tmp_path):
    archive = tmp_path / "site.zip"
    backup(archive)
    factories.edit(content["article"], title_en="Changed after the backup")
    rows = snapshot()

    with pytest.raises(CommandError, match=r"The database is not empty: it has auth\.user \(1\)"):
        restore(archive)

    assert snapshot() == rows
    assert Article.objects.get().title_en == "Changed after the backup"


def test_restore_refuses_to_overwrite_other_files_of_the_same_name(tmp_path, settings):
    empty, archive = tmp_path / "empty.zip", tmp_path / "site.zip"
    backup(empty)
    image = factories.ImageFactory()
    backup(archive)
    # An empty database again, but the media folder holds another picture of that name.
    restore(empty, "--force")
    assert not Image.objects.exists()
    image_path = settings.MEDIA_ROOT / image.file.name
    picture = image_path.read_bytes()
    image_path.write_bytes(b"another picture")

    with pytest.raises(CommandError, match="already holds files with the archive's names"):
        restore(archive)
    assert image_path.read_bytes() == b"another picture"
    assert not Image.objects.exists()

    restore(archive, "--force")
    assert image_path.read_bytes() == picture
    assert Image.objects.get().file.name == image.file.name


def _rewrite(archive: Path, target: Path, change) -> None:
    """Copy the archive, passing each member's bytes (and the parsed manifest) through
    ``change(name, data)``."""
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            copy.writestr(info.filename, change(info.filename, source.read(info.filename)))


def _with_manifest(archive: Path, target: Path, edit) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name != MANIFEST:
            return data
        manifest = json.loads(data)
        edit(manifest)
        return json.dumps(manifest).encode()

    _rewrite(archive, target, change)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda path: path.write_bytes(b"not an archive at all"), "is not a Xiehui backup, or it"),
        (
            lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]),
            "is not a Xiehui backup, or it is damaged",
        ),
        (lambda path: path.unlink(), "There is no file"),
    ],
    ids=["not-a-zip", "cut-short", "missing"],
)
def test_restore_refuses_what_is_not_a_whole_archive(content, tmp_path, damage, message):
    archive = tmp_path / "site.zip"
    backup(archive)
    damage(archive)
    rows = snapshot()

    with pytest.raises(CommandError, match=message):
        restore(archive, "--force")
    assert snapshot() == rows


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda manifest: manifest.update(format="something-else"), "is not a Xiehui backup"),
        (lambda manifest: manifest.update(format_version=2), "in format version 2, made by"),
        (lambda manifest: manifest.update(format_version="one"), "unknown format version"),
        (
            lambda manifest: manifest["migrations"]["news"].append("9999_from_the_future"),
            "made by a newer version of Xiehui: .* news.9999_from_the_future",
        ),
        (
            lambda manifest: manifest["migrations"]["news"].pop(),
            "made by an older version of Xiehui",
        ),
        (
            lambda manifest: manifest["models"][0].update(count=99),
            "its manifest says 99",
        ),
    ],
    ids=["format", "newer-format", "bad-version", "newer-migrations", "older-migrations", "count"],
)
def test_restore_refuses_an_archive_it_cannot_trust(content, tmp_path, edit, message):
    archive, edited = tmp_path / "site.zip", tmp_path / "edited.zip"
    backup(archive)
    _with_manifest(archive, edited, edit)
    rows = snapshot()

    with pytest.raises(CommandError, match=message):
        restore(edited, "--force")
    assert snapshot() == rows


def test_restore_refuses_an_archive_without_manifest(content, tmp_path):
    archive, edited = tmp_path / "site.zip", tmp_path / "edited.zip"
    backup(archive)
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(edited, "w") as copy:
        for info in source.infolist():
            if info.filename != MANIFEST:
                copy.writestr(info, source.read(info))

    with pytest.raises(CommandError, match="is not a Xiehui backup: it has no manifest"):
        restore(edited, "--force")


@pytest.mark.parametrize("member", ["news.article.jsonl", "media/images/"])
def test_restore_refuses_a_member_whose_checksum_does_not_match(
    content, tmp_path, settings, member
):
    archive, edited = tmp_path / "site.zip", tmp_path / "edited.zip"
    backup(archive)

    def change(name: str, data: bytes) -> bytes:
        if member in name and "renditions" not in name:
            return data.replace(b"Copper prices rise", b"Copper prices fall") + b"\n"
        return data

    _rewrite(archive, edited, change)
    rows, files = snapshot(), media_files(settings.MEDIA_ROOT)

    with pytest.raises(CommandError, match=r"the checksum of .* does not match"):
        restore(edited, "--force")
    assert snapshot() == rows
    assert media_files(settings.MEDIA_ROOT) == files


def test_a_failed_restore_leaves_database_and_media_as_they_were(content, tmp_path, settings):
    """A row that cannot be loaded (here one naming a category that is not in the archive)
    comes to light only while loading: everything done until then is undone."""
    archive, edited = tmp_path / "site.zip", tmp_path / "edited.zip"
    backup(archive)
    category = content["article"].category_id

    def change(name: str, data: bytes) -> bytes:
        if name.endswith("news.article.jsonl"):
            return data.replace(f'"category": {category},'.encode(), b'"category": 987654,')
        return data

    def rehash(manifest: dict) -> None:
        with zipfile.ZipFile(tmp_path / "changed.zip") as changed:
            for entry in manifest["models"]:
                entry["sha256"] = hashlib.sha256(changed.read(entry["file"])).hexdigest()

    _rewrite(archive, tmp_path / "changed.zip", change)
    _with_manifest(tmp_path / "changed.zip", edited, rehash)
    for path in settings.MEDIA_ROOT.rglob("*"):
        if path.is_file():
            path.unlink()
    rows = snapshot()

    with pytest.raises(CommandError, match="The archive's rows do not fit together"):
        restore(edited, "--force")
    assert snapshot() == rows
    assert media_files(settings.MEDIA_ROOT) == {}  # the files it had written are gone again


def test_backup_leaves_out_sessions_login_attempts_and_the_search_index(content, tmp_path):
    from axes.models import AccessAttempt

    SessionStore().create()
    AccessAttempt.objects.create(
        username="guesser", ip_address="203.0.113.9", failures_since_start=3
    )
    archive = tmp_path / "site.zip"
    backup(archive)

    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read(MANIFEST))
        everything = b"".join(opened.read(name) for name in opened.namelist())
    kept = {entry["model"] for entry in manifest["models"]}
    assert {"news.article", "reversion.version", "images.image", "auth.user"} <= kept
    assert not {"sessions.session", "axes.accessattempt", "core.searchentry"} & kept
    assert b"guesser" not in everything
    assert "铜价上涨".encode() in everything
    assert manifest["source"]["engine"] == connection.vendor
    assert manifest["migrations"]["news"][0] == "0001_initial"
    assert all(len(entry["sha256"]) == 64 for entry in manifest["media"])


def test_backup_keeps_an_existing_file_unless_told(content, tmp_path):
    archive = tmp_path / "site.zip"
    archive.write_bytes(b"yesterday's backup")

    with pytest.raises(CommandError, match="already exists"):
        backup(archive)
    assert archive.read_bytes() == b"yesterday's backup"

    assert backup(archive, "--overwrite", "--verbosity", "0") == ""
    assert zipfile.is_zipfile(archive)
    assert not list(tmp_path.glob(".*partial"))


def test_backup_says_which_files_the_storage_has_lost(content, tmp_path, settings):
    lost = content["image"].file.name
    (settings.MEDIA_ROOT / lost).unlink()
    archive, errors = tmp_path / "site.zip", io.StringIO()

    call_command("backup", str(archive), stdout=io.StringIO(), stderr=errors)

    assert f"are not in the archive (1, such as {lost})." in errors.getvalue()
    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read(MANIFEST))
    assert lost not in {entry["name"] for entry in manifest["media"]}
    assert manifest["media"]  # the renditions are still there
