"""Readable, ASCII, unique slugs, also for titles written in Chinese."""

from __future__ import annotations

import re
from collections.abc import Collection

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, router, transaction
from django.db.models import Count, Max, Q
from django.db.models.functions import Cast, Substr
from django.utils.deconstruct import deconstructible
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from pypinyin import lazy_pinyin

# Room kept at the end of a slug for "-<number>"; numbers beyond nine digits are not ours.
SUFFIX_ROOM = 10
NUMBERED = r"^{}-[0-9]{{1,9}}$"


def ascii_slug(text: str, *, max_length: int = 80) -> str:
    """Slugify ``text``, spelling Chinese in pinyin: "集成电路" becomes "ji-cheng-dian-lu"."""
    romanized = " ".join(lazy_pinyin(text or "", errors="default"))
    return slugify(romanized)[:max_length].strip("-")


def free_slug(
    model: type[models.Model],
    base: str,
    *,
    field: str = "slug",
    reserved: Collection[str] = (),
    exclude_pk=None,
    using: str | None = None,
) -> str:
    """``base`` if no row of ``model`` uses it, else ``base-N``: one more than the largest
    number in use, in one query however many rows share the base.

    A number that is part of a name ("Member 2024" makes ``member-2024``) would make the
    next "Member" ``member-2025``; when the numbers in use are not the ones this function
    counted up from 2, it takes the first free number from 2 instead (one more query).
    """
    suffix = Cast(Substr(field, len(base) + 2), models.BigIntegerField())
    numbered = Q(
        **{f"{field}__startswith": f"{base}-", f"{field}__regex": NUMBERED.format(re.escape(base))}
    )
    rows = model._default_manager.db_manager(using).filter(Q(**{field: base}) | numbered)
    if exclude_pk is not None:
        rows = rows.exclude(pk=exclude_pk)
    found = rows.aggregate(
        base_taken=Count("pk", filter=Q(**{field: base})),
        numbered=Count("pk", filter=numbered),
        top=Max(suffix, filter=numbered),
    )
    if not found["base_taken"] and base not in reserved:
        return base
    top, count = found["top"] or 1, found["numbered"]
    if top <= count + 1:  # the numbers in use run from 2 up: the next one is free
        return f"{base}-{top + 1}"
    used = set(
        rows.filter(numbered)
        .annotate(number=suffix)
        .filter(number__lte=count + 2)
        .values_list("number", flat=True)
    )
    return f"{base}-{next(n for n in range(2, count + 3) if n not in used)}"


class SlugMixin:
    """A model whose ``slug`` is made on first save from the text of ``slug_from`` (in any
    language when the field is translated: English first, else pinyin of the Chinese),
    unique, and never changed afterwards, so that links keep working.

    Two saves at the same moment may pick the same free slug; the second insert then fails
    on the unique index and is retried with the next number, inside a savepoint, so the
    surrounding transaction carries on. Each round of a race settles one saver, so
    ``SLUG_ATTEMPTS`` is how many same-named saves may meet at one moment.
    """

    slug_from: str | None = None
    slug_fallback = "item"
    reserved_slugs: frozenset[str] = frozenset()
    SLUG_ATTEMPTS = 10

    def save(self, *args, **kwargs) -> None:
        if self.slug or not self.slug_from:
            super().save(*args, **kwargs)
            return
        max_length = self._meta.get_field("slug").max_length or 80
        base = ascii_slug(self.slug_text(), max_length=max_length - SUFFIX_ROOM)
        base = base or self.slug_fallback
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        for attempt in range(1, self.SLUG_ATTEMPTS + 1):
            self.slug = free_slug(
                type(self), base, reserved=self.reserved_slugs, exclude_pk=self.pk, using=using
            )
            try:
                with transaction.atomic(using=using):
                    super().save(*args, **kwargs)
            except IntegrityError:
                manager = type(self)._default_manager.db_manager(using)
                taken = manager.filter(slug=self.slug).exists()
                if not taken or attempt == self.SLUG_ATTEMPTS:
                    self.slug = ""
                    raise
            else:
                return

    def slug_text(self) -> str:
        text_in_any_language = getattr(self, "text_in_any_language", None)
        if text_in_any_language is not None:
            return text_in_any_language(self.slug_from)
        return str(getattr(self, self.slug_from) or "")


@deconstructible
class NotReservedSlug:
    """Refuses slugs that would hide one of the site's own addresses."""

    def __init__(self, reserved: Collection[str]):
        self.reserved = frozenset(reserved)

    def __call__(self, value: str) -> None:
        if value in self.reserved:
            raise ValidationError(
                _("“%(slug)s” is used by the site itself; choose another address."),
                code="reserved",
                params={"slug": value},
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NotReservedSlug) and self.reserved == other.reserved

    def __hash__(self) -> int:
        return hash(self.reserved)
