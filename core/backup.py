"""Backups: the whole site in one archive (``manage.py backup FILE``), and back into an empty
database of either engine (``manage.py restore FILE``).

The archive is a zip file:

- ``manifest.json``: the format and its version, when and from which engine it was made,
  the migrations applied to the database (per app), and for every member below its rows
  or size and its sha256;
- ``data/NNN-app.model.jsonl``: one file per model, a row a line, in Django's serialized
  form (JSON Lines), in the order they are loaded back;
- ``media/<name>``: every file a row names (pictures in the library and their renditions),
  under its storage name.

Zip rather than tar.gz: the manifest is read (and a wrong archive refused) without reading
the rest, each member can be checked and read on its own and in any order, pictures (already
compressed) are stored as they are while the rows are compressed, and any operating system
opens it. Everything is written and read a row or a chunk at a time, so a site's size is
bounded by the disk, not by memory.

Every model of every installed app is kept, except those in ``LEFT_OUT_APPS`` and
``LEFT_OUT_MODELS`` (each with its reason): a new app's content is in the next backup without
anyone remembering to add it. Rows keep their primary keys (revisions and
rich text references name rows by their key). Content types, permissions and the roles
(permission groups) are made by ``migrate`` on every database with ids of its own, so rows
refer to them by natural key (``news.article``, a permission's code name, a role's name).

A restore writes the rows as they were stored, straight into the tables, as ``loaddata``'s
raw saves do but in batches: no ``save()``, no signals. So the sanitizer, slugs,
auto-updated times and revision recording leave them untouched, and nothing is announced
per row; afterwards the search index is rebuilt once and the caches are cleared. All of it
happens in one transaction: if anything fails, the database is as it was and the files
written so far are removed again (with ``--force``, a file that replaced one of the same name
cannot be put back).

The database must be migrated first, by ``migrate`` (which cannot run inside the restore's
transaction on SQLite), and the archive must come from the same migrations as the code: rows
of another schema do not fit the tables.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath
from types import SimpleNamespace

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.cache import caches
from django.core.exceptions import FieldDoesNotExist
from django.core.files import File
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.jsonl import Serializer as JSONLinesSerializer
from django.db import (
    DEFAULT_DB_ALIAS,
    DatabaseError,
    IntegrityError,
    connections,
    models,
    reset_queries,
    transaction,
)
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.encoding import is_protected_type
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from modeltranslation.utils import auto_populate

from . import search
from .models import SearchEntry

FORMAT = "xiehui-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"

# What a backup leaves out, and why.
LEFT_OUT_APPS = frozenset(
    {
        "contenttypes",  # made by migrate on every database; rows refer to them by natural key
        "sessions",  # who is signed in now, on this server
        "axes",  # failed sign-in attempts and lockouts
        # Work queued for this server (notification emails): a restored copy must not send
        # them a second time.
        "django_tasks_database",
    }
)
LEFT_OUT_MODELS = frozenset(
    {
        "auth.permission",  # made by migrate; referred to by natural key
        "core.searchentry",  # rebuilt from the content after a restore
    }
)
# Made by migrate too (the roles, pages/roles.py), so matched by name: a restore updates the
# role of the same name instead of adding a second one.
BY_NATURAL_KEY = frozenset({"auth.group"})

CHUNK_ROWS = 500  # rows read per query while backing up, written per batch while restoring
COPY_BYTES = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why, for the operator."""


@dataclass
class Summary:
    """What a backup wrote or a restore loaded."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)  # rows by model label, in order
    files: int = 0
    file_bytes: int = 0
    archive_bytes: int = 0
    seconds: float = 0.0
    missing_files: list[str] = field(default_factory=list)  # named by a row, not in storage
    search_entries: int = 0

    def kinds(self) -> list[tuple[type[models.Model], int]]:
        """(model, rows) for every model with rows, in the archive's order."""
        return [(apps.get_model(label), count) for label, count in self.counts.items() if count]


Report = Callable[[str], None]


def _quiet(message: str) -> None:
    pass


def _rows_done(label: str, count: int) -> str:
    return ngettext("%(model)s: %(count)d row", "%(model)s: %(count)d rows", count) % {
        "model": label,
        "count": count,
    }


def _files_done(count: int) -> str:
    return ngettext("%(count)d file", "%(count)d files", count) % {"count": count}


# --- What is kept ---------------------------------------------------------------------------


def is_left_out(model: type[models.Model]) -> bool:
    return model._meta.app_label in LEFT_OUT_APPS or model._meta.label_lower in LEFT_OUT_MODELS


def backed_up_models() -> list[type[models.Model]]:
    """Every model whose rows a backup keeps, in an order that loads: a model whose rows
    refer to another's by natural key (a user's roles) comes after it."""
    kept = [
        model
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy and not is_left_out(model)
    ]
    return serializers.sort_dependencies([(None, kept)], allow_cycles=True)


def _plain(model: type[models.Model], *, using: str) -> models.QuerySet:
    """All the model's rows, as stored: a plain QuerySet, with none of the managers' filters
    or refusals, and none of django-modeltranslation's rewriting of field names."""
    return models.QuerySet(model=model, using=using)


def _many_to_many(model: type[models.Model]) -> list[models.ManyToManyField]:
    """The model's own many-to-many fields whose links are kept with its rows (those with
    a through model of their own are kept as that model's rows)."""
    return [
        field
        for field in model._meta.local_many_to_many
        if field.remote_field.through._meta.auto_created
    ]


def _tables(models_: Iterable[type[models.Model]]) -> list[str]:
    tables = []
    for model in models_:
        tables.append(model._meta.db_table)
        tables += [field.remote_field.through._meta.db_table for field in _many_to_many(model)]
    return tables


# --- Migrations -----------------------------------------------------------------------------


def migration_state(*, using: str = DEFAULT_DB_ALIAS) -> dict[str, list[str]]:
    """The migrations applied to the database, by app."""
    state: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connections[using]).applied_migrations()):
        state.setdefault(app_label, []).append(name)
    return state


def _require_migrated(*, using: str) -> None:
    """The tables must be those of the code: every migration applied."""
    executor = MigrationExecutor(connections[using])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        migration = plan[0][0]
        raise BackupError(
            ngettext(
                "The database is not up to date with the code (%(count)d migration to "
                "apply: %(example)s). Run “python manage.py migrate” first.",
                "The database is not up to date with the code (%(count)d migrations to "
                "apply, such as %(example)s). Run “python manage.py migrate” first.",
                len(plan),
            )
            % {"count": len(plan), "example": f"{migration.app_label}.{migration.name}"}
        )


def _check_migrations(manifest: dict, *, using: str) -> None:
    """The database must have every migration of this code applied, and the archive must
    come from a database in the same state: rows of another schema do not fit the tables."""
    _require_migrated(using=using)
    installed = {config.label for config in apps.get_app_configs()}

    def flat(state: dict[str, list[str]]) -> set[str]:
        return {
            f"{app}.{name}" for app, names in state.items() if app in installed for name in names
        }

    archived = flat(manifest["migrations"])
    here = flat(migration_state(using=using))
    newer = sorted(archived - here)
    if newer:
        raise BackupError(
            _(
                "The archive was made by a newer version of Xiehui: this code does not "
                "have its migrations %(names)s. Restore it with the version that made it "
                "(or a newer one)."
            )
            % {"names": ", ".join(newer)}
        )
    older = sorted(here - archived)
    if older:
        raise BackupError(
            _(
                "The archive was made by an older version of Xiehui, before the migrations "
                "%(names)s. Restore it with the version that made it, then upgrade that "
                "site as usual (“python manage.py migrate”)."
            )
            % {"names": ", ".join(older)}
        )


# --- Backing up -----------------------------------------------------------------------------


class _RowSerializer(JSONLinesSerializer):
    """Django's JSON Lines serializer, writing each column as it is stored.

    Two differences from ``dumpdata``: a translated field's own column (``title``, beside
    ``title_en`` and ``title_zh_hans``) is written as stored, where reading it through the
    model gives the current language's text; and times keep their microseconds (Django's
    JSON encoder keeps milliseconds). A row then comes back exactly as it was."""

    def handle_field(self, obj, field) -> None:
        if field.attname not in obj.__dict__:
            super().handle_field(obj, field)
            return
        value = obj.__dict__[field.attname]
        if isinstance(value, datetime.datetime | datetime.time):
            value = value.isoformat()
        elif not is_protected_type(value):
            value = field.value_to_string(SimpleNamespace(**{field.attname: value}))
        self._current[field.name] = value

    def end_object(self, obj) -> None:
        # One write per row (json.dump would write each token on its own).
        self.stream.write(json.dumps(self.get_dump_object(obj), **self.json_kwargs) + "\n")
        self._current = None


class _MemberWriter:
    """A member being written into the archive, with its sha256 and size counted on the
    way. Text is gathered and written in pieces of about a megabyte."""

    def __init__(self, archive: zipfile.ZipFile, name: str, *, compress: bool, size: int = -1):
        info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16  # readable when unpacked by other tools
        if size >= 0:
            info.file_size = size  # lets zipfile choose ZIP64 itself for a large file
        self._file = archive.open(info, "w", force_zip64=size < 0)
        self._hash = hashlib.sha256()
        self._pending: list[str] = []
        self._pending_length = 0
        self.size = 0

    def write(self, data: str | bytes) -> None:
        if isinstance(data, str):
            self._pending.append(data)
            self._pending_length += len(data)
            if self._pending_length >= COPY_BYTES:
                self._flush_text()
            return
        self._hash.update(data)
        self.size += len(data)
        self._file.write(data)

    def _flush_text(self) -> None:
        if self._pending:
            data = "".join(self._pending).encode()
            self._pending, self._pending_length = [], 0
            self.write(data)

    def close(self) -> str:
        """Finish the member; returns its sha256."""
        self._flush_text()
        self._file.close()
        return self._hash.hexdigest()


@contextmanager
def _snapshot(*, using: str) -> Iterator[None]:
    """One consistent view of the whole database while it is read, so that no row names
    another that a change made meanwhile has added or deleted. Writers are not held up:
    PostgreSQL reads a repeatable-read snapshot; SQLite a deferred read transaction (in WAL
    mode, instead of the IMMEDIATE one the site's writes take, which would lock them out)."""
    connection = connections[using]
    connection.ensure_connection()
    outermost = not connection.in_atomic_block
    mode = getattr(connection, "transaction_mode", None)
    if connection.vendor == "sqlite" and outermost:
        connection.transaction_mode = "DEFERRED"
    try:
        with transaction.atomic(using=using):
            if connection.vendor == "postgresql" and outermost:
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
    finally:
        if connection.vendor == "sqlite" and outermost:
            connection.transaction_mode = mode


def _rows(model: type[models.Model], *, using: str) -> Iterator[models.Model]:
    rows = _plain(model, using=using).order_by(model._meta.pk.name)
    # Rows naming others by natural key read them in the same query (a revision's user, a
    # version's content type), and their links a chunk at a time: not a query per row.
    by_natural_key = [
        field.name
        for field in model._meta.concrete_fields
        if field.is_relation and hasattr(field.related_model, "natural_key")
    ]
    if by_natural_key:
        rows = rows.select_related(*by_natural_key)
    links = [field.name for field in _many_to_many(model)]
    if links:
        rows = rows.prefetch_related(*links)
    return rows.iterator(chunk_size=CHUNK_ROWS)


def create_backup(*, path: Path, overwrite: bool = False, progress: Report = _quiet) -> Summary:
    """Write the whole site into the archive ``path`` (see the module's description). The
    archive appears under its name only once it is complete."""
    started = time.monotonic()
    using = DEFAULT_DB_ALIAS
    path = Path(path)
    if path.exists() and not overwrite:
        raise BackupError(
            _("%(path)s already exists. Choose another name, or pass --overwrite to replace it.")
            % {"path": path}
        )
    if not path.parent.is_dir():
        raise BackupError(_("There is no folder %(folder)s.") % {"folder": path.parent})
    _require_migrated(using=using)
    summary = Summary(path=path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w", allowZip64=True) as archive, _snapshot(using=using):
            manifest = _write_archive(archive, summary, using=using, progress=progress)
            archive.writestr(
                MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False), zipfile.ZIP_DEFLATED
            )
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    summary.archive_bytes = path.stat().st_size
    summary.seconds = time.monotonic() - started
    return summary


def _write_archive(
    archive: zipfile.ZipFile, summary: Summary, *, using: str, progress: Report
) -> dict:
    connection = connections[using]
    manifest: dict = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "source": {
            "engine": connection.vendor,
            "engine_name": connection.display_name,
            "django": _version("Django"),
            "xiehui": _version("xiehui"),
            "languages": [code for code, _name in settings.LANGUAGES],
        },
        "migrations": migration_state(using=using),
        "models": [],
        "media": [],
    }
    files: dict[str, str] = {}  # storage name: the field that names it ("images.image.file")
    for number, model in enumerate(backed_up_models(), start=1):
        label = model._meta.label_lower
        entry = _write_model(archive, model, f"data/{number:03d}-{label}.jsonl", files, using=using)
        manifest["models"].append(entry)
        summary.counts[label] = entry["count"]
        progress(_rows_done(label, entry["count"]))
    for name, owner in sorted(files.items()):
        entry = _write_file(archive, name, owner)
        if entry is None:
            summary.missing_files.append(name)
            continue
        manifest["media"].append(entry)
        summary.files += 1
        summary.file_bytes += entry["bytes"]
    progress(_files_done(summary.files))
    return manifest


def _write_model(
    archive: zipfile.ZipFile,
    model: type[models.Model],
    member: str,
    files: dict[str, str],
    *,
    using: str,
) -> dict:
    """Write the model's rows into ``member``, noting in ``files`` the stored files they
    name; returns the manifest's entry."""
    label = model._meta.label_lower
    file_fields = [
        field for field in model._meta.concrete_fields if isinstance(field, models.FileField)
    ]
    writer = _MemberWriter(archive, member, compress=True)
    count = 0

    def counted(rows: Iterable[models.Model]) -> Iterator[models.Model]:
        nonlocal count
        for row in rows:
            count += 1
            if count % CHUNK_ROWS == 0:
                reset_queries()  # with DEBUG on, Django would keep every query's text
            for file_field in file_fields:
                name = row.__dict__.get(file_field.attname)
                if name:
                    files.setdefault(str(name), f"{label}.{file_field.name}")
            yield row

    _RowSerializer().serialize(
        counted(_rows(model, using=using)),
        stream=writer,
        use_natural_foreign_keys=True,
        use_natural_primary_keys=label in BY_NATURAL_KEY,
    )
    digest = writer.close()
    return {"model": label, "file": member, "count": count, "bytes": writer.size, "sha256": digest}


def _storage_of(owner: str):
    app_label, model_name, field_name = owner.split(".")
    return apps.get_model(app_label, model_name)._meta.get_field(field_name).storage


def _write_file(archive: zipfile.ZipFile, name: str, owner: str) -> dict | None:
    """Copy one stored file into the archive; None when the storage no longer has it."""
    storage = _storage_of(owner)
    try:
        size = storage.size(name)
        source = storage.open(name, "rb")
    except (FileNotFoundError, OSError):
        return None
    with source:
        writer = _MemberWriter(archive, f"media/{name}", compress=False, size=size)
        while chunk := source.read(COPY_BYTES):
            writer.write(chunk)
        digest = writer.close()
    return {"name": name, "field": owner, "bytes": writer.size, "sha256": digest}


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


# --- Reading an archive ---------------------------------------------------------------------


@contextmanager
def open_archive(path: Path) -> Iterator[tuple[zipfile.ZipFile, dict]]:
    """The archive and its manifest, checked to be a Xiehui backup this code can read."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(_("There is no file %(path)s.") % {"path": path})
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise BackupError(
            _("%(path)s is not a Xiehui backup, or it is damaged (%(error)s).")
            % {"path": path, "error": error}
        ) from error
    with archive:
        try:
            manifest = json.loads(archive.read(MANIFEST))
        except KeyError as error:
            raise BackupError(
                _("%(path)s is not a Xiehui backup: it has no manifest.") % {"path": path}
            ) from error
        except (ValueError, zipfile.BadZipFile, OSError, EOFError) as error:
            raise BackupError(
                _("The manifest of %(path)s is damaged (%(error)s).")
                % {"path": path, "error": error}
            ) from error
        _check_manifest(manifest, archive, path=path)
        yield archive, manifest


def _check_manifest(manifest, archive: zipfile.ZipFile, *, path: Path) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(_("%(path)s is not a Xiehui backup.") % {"path": path})
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise BackupError(
            _("%(path)s has an unknown format version (%(version)s).")
            % {"path": path, "version": version}
        )
    if version > FORMAT_VERSION:
        raise BackupError(
            _(
                "%(path)s is in format version %(version)d, made by a newer version of "
                "Xiehui; this one reads version %(supported)d."
            )
            % {"path": path, "version": version, "supported": FORMAT_VERSION}
        )
    try:
        members = [(entry["file"], entry["sha256"]) for entry in manifest["models"]]
        members += [(f"media/{entry['name']}", entry["sha256"]) for entry in manifest["media"]]
        if not isinstance(manifest["migrations"], dict):
            raise TypeError("migrations")
    except (KeyError, TypeError, AttributeError) as error:
        raise BackupError(
            _("The manifest of %(path)s is damaged (%(error)s).") % {"path": path, "error": error}
        ) from error
    names = set(archive.namelist())
    for member, _digest in members:
        if member not in names:
            raise BackupError(
                _("%(path)s is damaged: %(member)s is missing.") % {"path": path, "member": member}
            )
    for entry in manifest["media"]:
        name = PurePosixPath(entry["name"] if isinstance(entry["name"], str) else "/")
        if name.is_absolute() or ".." in name.parts or "\\" in str(name):
            raise BackupError(
                _("%(path)s names a file outside the media folder: %(name)s.")
                % {"path": path, "name": entry["name"]}
            )


def _check_models(manifest: dict, *, path: Path) -> None:
    """Every model and file field the archive names exists in this code (the migrations
    agree, so only a hand-edited archive fails here)."""
    for entry in manifest["models"]:
        try:
            apps.get_model(entry["model"])
        except (LookupError, ValueError) as error:
            raise BackupError(
                _("%(path)s holds rows of %(model)s, which this version of Xiehui does not have.")
                % {"path": path, "model": entry["model"]}
            ) from error
    for entry in manifest["media"]:
        try:
            _storage_of(entry["field"])
        except (LookupError, ValueError, FieldDoesNotExist, AttributeError) as error:
            raise BackupError(
                _("%(path)s names a file of %(field)s, which this version of Xiehui does not have.")
                % {"path": path, "field": entry["field"]}
            ) from error


def verify_archive(
    archive: zipfile.ZipFile, manifest: dict, *, path: Path, progress: Report = _quiet
) -> None:
    """Read every member and compare its sha256 with the manifest's."""
    entries = [(entry["file"], entry["sha256"]) for entry in manifest["models"]]
    entries += [(f"media/{entry['name']}", entry["sha256"]) for entry in manifest["media"]]
    for member, expected in entries:
        digest = hashlib.sha256()
        try:
            with archive.open(member) as stream:
                while chunk := stream.read(COPY_BYTES):
                    digest.update(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            raise BackupError(
                _("%(path)s is damaged: %(member)s cannot be read (%(error)s).")
                % {"path": path, "member": member, "error": error}
            ) from error
        if digest.hexdigest() != expected:
            raise BackupError(
                _(
                    "%(path)s is damaged: the checksum of %(member)s does not match its "
                    "manifest. Nothing was restored."
                )
                % {"path": path, "member": member}
            )
    progress(
        ngettext(
            "The checksum of %(count)d member matches.",
            "The checksums of all %(count)d members match.",
            len(entries),
        )
        % {"count": len(entries)}
    )


# --- Restoring ------------------------------------------------------------------------------


def occupied(*, using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """The kept models that already have rows, with how many (roles left aside: migrate
    makes them, and a restore matches them by name)."""
    found = {}
    for model in backed_up_models():
        label = model._meta.label_lower
        if label in BY_NATURAL_KEY:
            continue
        count = _plain(model, using=using).count()
        if count:
            found[label] = count
    return found


def restore_backup(*, path: Path, force: bool = False, progress: Report = _quiet) -> Summary:
    """Bring the archive ``path`` into the database and the media storage (see the module's
    description). The database must be migrated and empty, unless ``force``: then its
    content (and files of the same names) is replaced."""
    started = time.monotonic()
    using = DEFAULT_DB_ALIAS  # the search index and the caches are the default database's
    path = Path(path)
    summary = Summary(path=path, archive_bytes=path.stat().st_size if path.is_file() else 0)
    with open_archive(path) as (archive, manifest):
        _check_migrations(manifest, using=using)
        _check_models(manifest, path=path)
        verify_archive(archive, manifest, path=path, progress=progress)
        present = occupied(using=using)
        if present and not force:
            listed = ", ".join(f"{label} ({count})" for label, count in list(present.items())[:5])
            raise BackupError(
                _(
                    "The database is not empty: it has %(rows)s. Restore into an empty "
                    "database (just migrated), or pass --force to replace its content with "
                    "the archive's."
                )
                % {"rows": listed}
            )
        to_write, same = _plan_files(manifest, force=force)
        written: list[tuple[object, str]] = []
        try:
            with transaction.atomic(using=using), auto_populate(False):
                # Files first: if a row fails, the files are removed again with the rest.
                for entry in to_write:
                    _restore_file(archive, entry, replace=force)
                    written.append((_storage_of(entry["field"]), entry["name"]))
                summary.files = len(to_write) + same
                summary.file_bytes = sum(entry["bytes"] for entry in manifest["media"])
                progress(_files_done(summary.files))
                if force:
                    _flush(using=using)
                for entry in manifest["models"]:
                    count = _load(archive, entry, using=using)
                    summary.counts[entry["model"]] = count
                    progress(_rows_done(entry["model"], count))
                _after_load([apps.get_model(label) for label in summary.counts], using=using)
                summary.search_entries = search.rebuild()
                transaction.on_commit(clear_caches, using=using)
        except Exception:
            for storage, name in written:
                storage.delete(name)
            raise
    summary.seconds = time.monotonic() - started
    return summary


def _plan_files(manifest: dict, *, force: bool) -> tuple[list[dict], int]:
    """The files to write, and how many the storage already holds byte for byte. A file of
    the same name with other bytes is refused unless ``force``."""
    to_write, same, conflicts = [], 0, []
    for entry in manifest["media"]:
        storage = _storage_of(entry["field"])
        if not storage.exists(entry["name"]):
            to_write.append(entry)
            continue
        digest = hashlib.sha256()
        with storage.open(entry["name"], "rb") as existing:
            while chunk := existing.read(COPY_BYTES):
                digest.update(chunk)
        if digest.hexdigest() == entry["sha256"]:
            same += 1
        else:
            conflicts.append(entry["name"])
            to_write.append(entry)
    if conflicts and not force:
        raise BackupError(
            _(
                "The media storage already holds files with the archive's names and other "
                "content (%(count)d, such as %(name)s). Restore into an empty media folder, "
                "or pass --force to replace them."
            )
            % {"count": len(conflicts), "name": conflicts[0]}
        )
    return to_write, same


def _flush(*, using: str) -> None:
    """Empty every table a restore fills (and the search index), without signals: a
    deletion through the models would keep each item in the trash and delete its files.
    DELETE, not TRUNCATE: PostgreSQL refuses to truncate a table with changes of the same
    transaction still to be checked, and the references are checked at commit anyway."""
    connection = connections[using]
    tables = [*_tables(backed_up_models()), SearchEntry._meta.db_table]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")  # noqa: S608


def _load(archive: zipfile.ZipFile, entry: dict, *, using: str) -> int:
    """Load one model's rows; returns how many."""
    label = entry["model"]
    model = apps.get_model(label)
    count = 0
    batch: list = []
    try:
        with archive.open(entry["file"]) as raw:
            lines = (line.decode() for line in raw)
            for item in serializers.deserialize("jsonl", lines, using=using):
                count += 1
                if item.object._meta.model is not model:
                    raise DeserializationError(
                        f"a row of {item.object._meta.label_lower} among {label}'s"
                    )
                if _needs_save(item):
                    item.save(using=using)
                    continue
                batch.append(item)
                if len(batch) >= CHUNK_ROWS:
                    _insert(model, batch, using=using)
                    batch = []
                    reset_queries()  # with DEBUG on, Django would keep every query's text
            _insert(model, batch, using=using)
    except (DeserializationError, DatabaseError, UnicodeDecodeError) as error:
        raise BackupError(
            _("The rows of %(model)s cannot be restored: %(error)s")
            % {"model": label, "error": _reason(error)}
        ) from error
    if count != entry["count"]:
        raise BackupError(
            _("The archive holds %(found)d rows of %(model)s; its manifest says %(expected)d.")
            % {"found": count, "model": label, "expected": entry["count"]}
        )
    return count


def _reason(error: Exception) -> str:
    """What went wrong, also when the error only wraps another (a line that is not JSON)."""
    while not str(error) and error.__cause__ is not None:
        error = error.__cause__
    return str(error) or type(error).__name__


def _needs_save(item) -> bool:
    """Rows matched by natural key, or of a model whose table is shared with a parent,
    go through Django's own raw save (``loaddata``'s way), one at a time."""
    obj = item.object
    return obj._meta.label_lower in BY_NATURAL_KEY or bool(obj._meta.parents) or obj.pk is None


def _insert(model: type[models.Model], batch: list, *, using: str) -> None:
    """Insert the rows as they were stored. Django's own raw insert (the one ``Model.save``
    and ``loaddata`` use, here for many rows at once): unlike ``bulk_create``, it leaves
    auto-updated times alone and sends no signals. Each row is given as its stored column
    values, so that a translated field's own column is written as it was, not read through
    the current language."""
    if not batch:
        return
    connection = connections[using]
    fields = list(model._meta.concrete_fields)
    rows = [
        SimpleNamespace(**{field.attname: item.object.__dict__[field.attname] for field in fields})
        for item in batch
    ]
    size = max(1, connection.ops.bulk_batch_size(fields, rows))
    for start in range(0, len(rows), size):
        _plain(model, using=using)._insert(
            rows[start : start + size], fields=fields, raw=True, using=using
        )
    for relation in _many_to_many(model):
        through = relation.remote_field.through
        own, other = relation.m2m_field_name(), relation.m2m_reverse_field_name()
        links = [
            through(**{f"{own}_id": item.object.pk, f"{other}_id": pk})
            for item in batch
            for pk in item.m2m_data.get(relation.name, ())
        ]
        _plain(through, using=using).bulk_create(links, batch_size=size)


def _after_load(models_: list[type[models.Model]], *, using: str) -> None:
    """Sequences continue after the restored keys (PostgreSQL; SQLite follows by itself),
    and every reference is checked now, for a clear message rather than a failed commit."""
    connection = connections[using]
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), models_):
            cursor.execute(statement)
    try:
        connection.check_constraints(table_names=_tables(models_))
    except IntegrityError as error:
        raise BackupError(
            _("The archive's rows do not fit together: %(error)s") % {"error": error}
        ) from error


def _restore_file(archive: zipfile.ZipFile, entry: dict, *, replace: bool) -> None:
    storage, name = _storage_of(entry["field"]), entry["name"]
    if replace and storage.exists(name):
        storage.delete(name)
    with archive.open(f"media/{name}") as stream:
        saved = storage.save(name, File(stream, name=name))
    if saved != name:
        storage.delete(saved)
        raise BackupError(
            _("The media storage stored %(name)s as %(saved)s; it must keep the name.")
            % {"name": name, "saved": saved}
        )


def clear_caches() -> None:
    """Every cached page and piece of one was made from the content before the restore."""
    for alias in settings.CACHES:
        caches[alias].clear()
