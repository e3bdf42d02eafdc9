"""One write path for public content, and one announcement of what changed.

Public content is whatever a visitor can read: articles, categories, member companies,
pages, site settings. Its models derive from ``PublicContent``. Every write to them goes
through the model's ``save()`` and ``delete()`` (or a service that calls them); their
querysets refuse ``update()`` and so ``bulk_update()``, which would skip ``save()``.

After the transaction that changed a row commits, ``content_changed`` is sent once per
row, with the model as sender and ``pk`` and ``action`` ("saved" or "deleted"). A row
whose many-to-many links changed (an article's companies) counts as saved. A rolled-back
change is never announced.

Listeners are caches, and tomorrow revisions, the search index and the sitemap: they must
be cheap and idempotent (the same row may be announced several times). A listener that
fails is logged and does not undo the write, which has already committed::

    from core.changes import content_changed

    @receiver(content_changed)
    def forget_cached_header(sender, pk, action, **kwargs): ...
"""

from __future__ import annotations

import logging
from functools import partial

from django.apps import apps
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal

logger = logging.getLogger(__name__)

content_changed = Signal()


class DirectUpdateError(TypeError):
    pass


class PublicContentQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise DirectUpdateError(
            f"{self.model.__name__} is public content: change it with save() (or a service "
            "that calls it), so that content_changed announces the change."
        )


class PublicContent(models.Model):
    """Base of every model a visitor reads (see the module's description)."""

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        abstract = True


def announce(model: type[models.Model], pk, action: str, *, using: str | None = None) -> None:
    """Send ``content_changed`` for one row once the current transaction commits (at once
    outside a transaction)."""
    transaction.on_commit(partial(_send, model, pk, action), using=using)


def _send(model: type[models.Model], pk, action: str) -> None:
    for receiver, result in content_changed.send_robust(sender=model, pk=pk, action=action):
        if isinstance(result, Exception):
            logger.error(
                "A content_changed listener (%r) failed for %s %s",
                receiver,
                model._meta.label,
                pk,
                exc_info=result,
            )


def _saved(sender, instance, raw=False, using=None, **kwargs) -> None:
    if not raw:  # fixtures being loaded are not edits
        announce(type(instance), instance.pk, "saved", using=using)


def _deleted(sender, instance, using=None, **kwargs) -> None:
    announce(type(instance), instance.pk, "deleted", using=using)


def _links_changed(sender, instance, action, reverse, model, pk_set, using=None, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, PublicContent):
        announce(type(instance), instance.pk, "saved", using=using)
    # The rows at the other end changed too (a company's list of articles), when known.
    if issubclass(model, PublicContent):
        for pk in pk_set or ():
            announce(model, pk, "saved", using=using)


def public_content_models() -> list[type[models.Model]]:
    return [model for model in apps.get_models() if issubclass(model, PublicContent)]


def connect_public_content() -> None:
    """Turn Django's model signals into ``content_changed`` (called once, from core's
    AppConfig.ready, after every app's models are loaded)."""
    for model in public_content_models():
        label = model._meta.label_lower
        post_save.connect(_saved, sender=model, dispatch_uid=f"content-saved-{label}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"content-deleted-{label}")
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                _links_changed,
                sender=through,
                dispatch_uid=f"content-links-{through._meta.label_lower}",
            )
