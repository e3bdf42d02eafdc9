"""Revisions: every change to an article, page, member company or the site settings is kept,
with who made it and when, so that any version can be compared with another and restored,
and a deleted item can come back from the trash.

Stored with django-reversion, but recorded here, from ``content_changed``: whatever wrote
the change (the admin, a bulk action, an import, a restore), once it has committed, the
item's state is read back and kept as a new version unless it is the same as the last
one. The user comes from the request being served (``CurrentUserMiddleware``); commands
record none.

Deleting a registered item keeps it in the trash: its last version stays, and restoring
brings the row back with its old id (and a new slug if another item took it meanwhile).
Emptying the trash deletes those versions, for good.
"""

from __future__ import annotations

import contextvars
import datetime
import difflib
import hashlib
import json
import re
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from html import unescape

import reversion
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import IntegrityError, models, transaction
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from modeltranslation.translator import NotRegistered, translator
from reversion.models import Version

from .languages import language_name

# Fields whose change alone is not a new version.
UNVERSIONED = frozenset({"updated_at"})

_current_user: contextvars.ContextVar = contextvars.ContextVar("xiehui-editor", default=None)
_registered: dict[type[models.Model], tuple[str, ...]] = {}


@contextmanager
def acting_as(user):
    """Changes made inside are recorded as ``user``'s (None: a command)."""
    token = _current_user.set(user)
    try:
        yield
    finally:
        _current_user.reset(token)


class CurrentUserMiddleware:
    """Remembers who is making the request, for the revisions its changes produce."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        with acting_as(user if user is not None and user.is_authenticated else None):
            return self.get_response(request)


def register(model: type[models.Model], *, follow: tuple[str, ...] = ()) -> None:
    """Keep revisions of ``model``; ``follow`` names its child rows kept with it (the site
    settings' phone numbers). Each child model is registered for storage only."""
    reversion.register(model, follow=follow)
    for name in follow:
        child = model._meta.get_field(name).related_model
        if not reversion.is_registered(child):
            reversion.register(child)
    _registered[model] = follow


def is_revisioned(model) -> bool:
    return model in _registered


def record_change(sender, pk, action, **kwargs) -> None:
    """``content_changed`` receiver: keep the new state of a revisioned item."""
    if sender not in _registered or action != "saved":
        return
    obj = sender._default_manager.filter(pk=pk).first()
    if obj is not None:
        record(obj)


def record(obj: models.Model, *, comment: str = "") -> Version | None:
    """Keep ``obj``'s current state (with its followed rows) as a version, unless nothing
    changed since the last one. Returns the new version, or None."""
    latest = Version.objects.get_for_object(obj).select_related("revision").first()
    if latest is not None and _snapshot(latest.revision.version_set.all()) == _current(obj):
        return None
    with reversion.create_revision(manage_manually=True):
        reversion.set_user(_current_user.get())
        reversion.set_comment(comment)
        reversion.add_to_revision(obj)
        for child in _children(obj):
            reversion.add_to_revision(child)
    return Version.objects.get_for_object(obj).first()


def keep_before_delete(sender, instance, **kwargs) -> None:
    """``pre_delete`` receiver: the trash holds the item as it was when deleted."""
    if sender in _registered:
        record(instance)


def _children(obj) -> list[models.Model]:
    children = []
    for name in _registered.get(type(obj), ()):
        children += list(getattr(obj, name).all())
    return children


def _fields(label: str, data: dict) -> str:
    """The content of a serialized row that says whether it changed: not its last-saved
    time, nor a translated field's original column (``title``), whose value follows the
    language of whoever saved; each language's own column (``title_en``) is compared."""
    model = apps.get_model(label)
    try:
        originals = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        originals = ()
    kept = {
        name: value
        for name, value in data.items()
        if name not in UNVERSIONED and name not in originals
    }
    return json.dumps(kept, sort_keys=True)


def _current(obj) -> set[tuple[str, str, str]]:
    rows = [obj, *_children(obj)]
    return {
        (entry["model"], str(entry["pk"]), _fields(entry["model"], entry["fields"]))
        for row in rows
        for entry in json.loads(serializers.serialize("json", [row]))
    }


def fingerprint(obj: models.Model) -> str:
    """A short digest of the item's stored content (without its last-saved time): it
    changes when, and only when, someone changes the item."""
    state = sorted(_current(obj))
    return hashlib.sha256(json.dumps(state).encode()).hexdigest()[:32]


def _snapshot(versions: Iterable[Version]) -> set[tuple[str, str, str]]:
    return {
        (entry["model"], str(entry["pk"]), _fields(entry["model"], entry["fields"]))
        for version in versions
        for entry in json.loads(version.serialized_data)
    }


# --- Restoring ----------------------------------------------------------------------------


class RestoreError(Exception):
    """A version that cannot come back as it was; the message says why, for the editor."""


def restore(version: Version) -> models.Model:
    """Bring the item back as it was in ``version``, with its followed rows (rows followed
    now but not then go), through saves announced like any other.

    What it pointed at may have gone since: an optional link to a deleted row (a picture,
    the author) is emptied and links to deleted companies are dropped; a required one (the
    category) stops the restore with a message naming it. A slug another item took
    meanwhile is replaced by a free one."""
    model = version.content_type.model_class()
    stored = list(version.revision.version_set.all())
    with transaction.atomic():
        for each in stored:
            restored = each._object_version
            _drop_missing_links(restored)
            if each.pk == version.pk:
                _free_the_slug(model, restored.object)
            try:
                with transaction.atomic():
                    restored.save()
            except IntegrityError as error:
                raise RestoreError(
                    _("This version cannot be restored: %(error)s") % {"error": error}
                ) from error
        item = model._default_manager.get(pk=version.object_id)
        kept = {(each.content_type_id, each.object_id) for each in stored}
        for child in _children(item):
            key = (ContentType.objects.get_for_model(child).pk, str(child.pk))
            if key not in kept:
                child.delete()  # followed now, not in that version (a phone added since)
    return item


def _drop_missing_links(restored) -> None:
    obj = restored.object
    for field in obj._meta.concrete_fields:
        if not field.is_relation or getattr(obj, field.attname) is None:
            continue
        target = field.related_model._default_manager.filter(pk=getattr(obj, field.attname))
        if target.exists():
            continue
        if not field.null:
            raise RestoreError(
                _("This version cannot be restored: its %(field)s no longer exists.")
                % {"field": field.verbose_name}
            )
        setattr(obj, field.attname, None)
    for name, pks in (restored.m2m_data or {}).items():
        related = obj._meta.get_field(name).related_model
        existing = set(related._default_manager.filter(pk__in=pks).values_list("pk", flat=True))
        restored.m2m_data[name] = [pk for pk in pks if pk in existing]


def _free_the_slug(model, obj) -> None:
    if getattr(obj, "slug", None) and (
        model._default_manager.filter(slug=obj.slug).exclude(pk=obj.pk).exists()
    ):
        from .slugs import free_slug

        obj.slug = free_slug(model, obj.slug, exclude_pk=obj.pk)


def trash(model: type[models.Model]) -> list[Version]:
    """The latest version of each deleted ``model`` item, newest deletion first."""
    return list(Version.objects.get_deleted(model).select_related("revision__user"))


# --- Comparing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    label: str
    diff: SafeString


def compare(older: Version, newer: Version) -> list[FieldChange]:
    """What changed between two versions of one item, field by field and, for translated
    fields, language by language, as readable text with deletions and insertions marked."""
    model = older.content_type.model_class()
    before, after = older.field_dict, newer.field_dict
    changes = []
    for field in [*model._meta.concrete_fields, *model._meta.many_to_many]:
        name = field.attname
        skip = field.name in UNVERSIONED or _is_translated_original(model, field)
        if skip or name not in after:
            continue
        old, new = _display(field, before.get(name)), _display(field, after.get(name))
        if old != new:  # as the editor reads them (a time to the minute, names not ids)
            changes.append(FieldChange(label=_label(field), diff=text_diff(old, new)))
    return changes


def _is_translated_original(model, field) -> bool:
    try:
        return field.name in translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return False


def _label(field) -> str:
    original = getattr(field, "translated_field", None)
    if original is not None:
        return f"{capfirst(original.verbose_name)} ({language_name(field.language)})"
    return str(capfirst(field.verbose_name))


def _display(field, value) -> str:
    """A stored value as an editor knows it: names of related items, not their ids."""
    if value is None or value == "":
        return ""
    if field.is_relation:
        pks = value if isinstance(value, list) else [value]
        names = {
            item.pk: str(item) for item in field.related_model._default_manager.filter(pk__in=pks)
        }
        return ", ".join(names.get(pk, f"#{pk}") for pk in pks)
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if isinstance(value, datetime.datetime):
        return date_format(localtime(value), "DATETIME_FORMAT")
    return _text(value)


TAG = re.compile(r"<[^>]+>")
BLOCK_END = re.compile(r"</(p|h\d|li|blockquote|figcaption|tr)>|<br\s*/?>", re.IGNORECASE)
# Words for alphabetic scripts, single characters for Chinese, so that a changed character
# is marked alone.
TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|\w+|\s+|[^\w\s]", re.UNICODE)


def _text(value) -> str:
    text = str(value)
    if "<" in text:  # rich text: compare what a reader reads, a paragraph a line
        text = unescape(TAG.sub("", BLOCK_END.sub("\n", text))).replace("\xa0", " ")
        text = re.sub(r"\n{2,}", "\n", text).strip()
    return text


def text_diff(old: str, new: str) -> SafeString:
    """``old`` → ``new`` with removed runs in <del> and added ones in <ins>. Changes that
    only white space separates read as one ("<del>A mistake</del><ins>The right title</ins>")."""
    before, after = TOKEN.findall(old), TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    runs: list[list] = []  # [equal?, removed, added]
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = "".join(before[i1:i2]), "".join(after[j1:j2])
        if op == "equal" and not removed.isspace():
            runs.append([True, removed, added])
        elif runs and not runs[-1][0]:
            runs[-1][1] += removed
            runs[-1][2] += added
        else:
            runs.append([False, removed, added])
    # A white-space run left at the end of a change belongs after it.
    parts = []
    for equal, removed, added in runs:
        if equal:
            parts.append(escape(removed))
            continue
        if removed.strip():
            parts.append(format_html("<del>{}</del>", removed))
        if added.strip():
            parts.append(format_html("<ins>{}</ins>", added))
        if not removed.strip() and not added.strip():
            parts.append(escape(added or removed))
    return mark_safe("".join(parts).replace("\n", "<br>"))  # noqa: S308 - escaped above
