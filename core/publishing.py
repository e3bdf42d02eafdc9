"""Publication: draft or published, and a publish time that may lie in the future.

A published item whose time has not come is *scheduled*: visitors do not see it yet, and
it appears by itself when the time comes, with no job and no write. Because nothing is
written at that moment, nothing is announced either: every cache of public pages must
expire by then. ``next_publication()`` says when that is.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db import models, transaction
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .changes import PublicContent, PublicContentQuerySet, public_content_models


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


def can_preview(user, model: type[models.Model]) -> bool:
    """Whether ``user`` may see ``model``'s unpublished items on the site: those allowed to
    change them in the admin, not every staff member."""
    opts = model._meta
    return bool(
        user is not None
        and user.is_authenticated
        and user.has_perm(f"{opts.app_label}.change_{opts.model_name}")
    )


class PublishableQuerySet(PublicContentQuerySet):
    def published(self) -> PublishableQuerySet:
        """What visitors see: published, and whose publish time has come."""
        return self.filter(status=Status.PUBLISHED, publish_at__lte=timezone.now())

    def scheduled(self) -> PublishableQuerySet:
        return self.filter(status=Status.PUBLISHED, publish_at__gt=timezone.now())

    def drafts(self) -> PublishableQuerySet:
        return self.filter(status=Status.DRAFT)

    def visible_to(self, user) -> PublishableQuerySet:
        """Editors of this kind of item also see its drafts and scheduled items."""
        return self.all() if can_preview(user, self.model) else self.published()


class Publishable(PublicContent):
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    publish_at = models.DateTimeField(
        _("publish time"),
        default=timezone.now,
        db_index=True,
        help_text=_("Once published, the item appears on the site from this time on."),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_public(self) -> bool:
        return self.status == Status.PUBLISHED and self.publish_at <= timezone.now()

    @property
    def is_scheduled(self) -> bool:
        return self.status == Status.PUBLISHED and self.publish_at > timezone.now()


def publishable_models() -> list[type[Publishable]]:
    return [model for model in public_content_models() if issubclass(model, Publishable)]


def next_publication() -> datetime.datetime | None:
    """When the next scheduled item of any kind goes live (None when nothing is
    scheduled). One small indexed query per publishable model."""
    times = [
        model._default_manager.scheduled().aggregate(next=Min("publish_at"))["next"]
        for model in publishable_models()
    ]
    return min((time for time in times if time is not None), default=None)


def next_publication_timestamp() -> float | None:
    """``next_publication()`` as a Unix time (what a cache generation carries)."""
    upcoming = next_publication()
    return upcoming.timestamp() if upcoming else None


def cache_seconds(limit: int) -> int:
    """How long a cached copy of public pages may live: ``limit`` seconds, or less when a
    scheduled item of any kind goes live sooner."""
    return seconds_until(next_publication(), limit=limit)


def seconds_until(upcoming: datetime.datetime | None, *, limit: int) -> int:
    """``limit``, or the seconds left until ``upcoming`` when sooner (at least one)."""
    if upcoming is None:
        return limit
    until = (upcoming - timezone.now()).total_seconds()
    return max(1, min(limit, int(until) + 1))


# --- Services: every change of status goes through save(), so it is announced -------------


def publish(items: Iterable[Publishable]) -> int:
    """Publish each unpublished item; return how many were.

    An item whose publish time has passed goes out now, at the top of the news, rather than
    backdated to when it was first written; a future time still schedules it.
    """
    now = timezone.now()
    count = 0
    with transaction.atomic():
        for item in items:
            if item.status == Status.PUBLISHED:
                continue
            item.status = Status.PUBLISHED
            item.publish_at = max(item.publish_at, now)
            item.save()
            count += 1
    return count


def unpublish(items: Iterable[Publishable]) -> int:
    """Take each published or scheduled item back to draft; return how many were."""
    count = 0
    with transaction.atomic():
        for item in items:
            if item.status == Status.DRAFT:
                continue
            item.status = Status.DRAFT
            item.save()
            count += 1
    return count
