"""Readable, ASCII, unique slugs, also for titles written in Chinese."""

from __future__ import annotations

from collections.abc import Collection

from django.db import models
from django.utils.text import slugify
from pypinyin import lazy_pinyin


def ascii_slug(text: str, *, max_length: int = 80) -> str:
    """Slugify ``text``, spelling Chinese in pinyin: "集成电路" becomes "ji-cheng-dian-lu"."""
    romanized = " ".join(lazy_pinyin(text or "", errors="default"))
    return slugify(romanized)[:max_length].strip("-")


def unique_slug(
    instance: models.Model,
    text: str,
    *,
    field: str = "slug",
    fallback: str = "item",
    reserved: Collection[str] = (),
) -> str:
    """A slug for ``instance`` from ``text`` that no other row of its model uses."""
    max_length = instance._meta.get_field(field).max_length or 80
    base = ascii_slug(text, max_length=max_length - 4) or fallback
    others = type(instance)._default_manager.exclude(pk=instance.pk)
    candidate, n = base, 2
    while candidate in reserved or others.filter(**{field: candidate}).exists():
        candidate, n = f"{base}-{n}", n + 1
    return candidate
