"""One write path for public content, and one announcement of what changed.

Public content is whatever a visitor can read: articles, categories, member companies,
pages, site settings. Its models derive from ``PublicContent``. Every write to them goes
through the model's ``save()`` and ``delete()`` (or a service that calls them); their
querysets refuse ``update()`` and so ``bulk_update()``, which would skip ``save()``.

After the transaction that changed a row commits, ``content_changed`` is sent once per
row, with the model as sender and ``pk`` and ``action`` ("saved" or "deleted"). A row
whose many-to-many links changed (an article's companies) counts as saved, on both ends of
the link, also when the link goes because a row at one end is deleted. Rows loaded with
``loaddata`` (a restore) are announced like any other. A rolled-back change is never
announced.

Listeners are caches, and tomorrow revisions, the search index and the sitemap: they must
be cheap and idempotent (the same row may be announced several times). A listener that
fails is logged and does not undo the write, which has already committed::

    from core.changes import content_changed

    @receiver(content_changed)
    def forget_cached_header(sender, pk, action, **kwargs): ...
"""

from __future__ import annotations

import contextvars
import logging
from functools import partial

from django.apps import apps
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import Signal

logger = logging.getLogger(__name__)

content_changed = Signal()


class DirectUpdateError(TypeError):
    pass


class PublicContentQuerySet(models.QuerySet):
    """``update()`` (and so ``bulk_update()``) and ``bulk_create()`` skip ``save()`` and the
    model signals: refused, so that no write to public content goes unannounced."""

    def _refuse(self, method: str):
        raise DirectUpdateError(
            f"{self.model.__name__} is public content: {method}() would skip save(); save "
            "each row (or use a service that does), so that content_changed announces it."
        )

    def update(self, **kwargs):
        self._refuse("update")

    def bulk_create(self, objs, *args, **kwargs):
        self._refuse("bulk_create")


class PublicContent(models.Model):
    """Base of every model a visitor reads (see the module's description)."""

    objects = PublicContentQuerySet.as_manager()

    class Meta:
        abstract = True


def announce(model: type[models.Model], pk, action: str, *, using: str | None = None) -> None:
    """Send ``content_changed`` for one row once the current transaction commits (at once
    outside a transaction), in the context the change was made in (who made it, say), even
    when the commit comes later."""
    context = contextvars.copy_context()
    transaction.on_commit(partial(context.run, _send, model, pk, action), using=using)


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


def _saved(sender, instance, using=None, **kwargs) -> None:
    announce(type(instance), instance.pk, "saved", using=using)


def _deleted(sender, instance, using=None, **kwargs) -> None:
    announce(type(instance), instance.pk, "deleted", using=using)


def _linked_rows(instance: models.Model) -> list[tuple[type[models.Model], object]]:
    """The public rows linked to ``instance`` by a many-to-many relation, either way."""
    relations = [
        field
        for field in instance._meta.get_fields()
        if field.many_to_many and issubclass(field.related_model, PublicContent)
    ]
    rows = []
    for relation in relations:
        accessor = relation.name if relation.concrete else relation.get_accessor_name()
        manager = getattr(instance, accessor)
        rows += [(relation.related_model, pk) for pk in manager.values_list("pk", flat=True)]
    return rows


def _deleting(sender, instance, using=None, **kwargs) -> None:
    """Deleting a row drops its links without m2m_changed: the rows at the other end (the
    articles that named a deleted company) have changed, so they are announced."""
    for model, pk in _linked_rows(instance):
        announce(model, pk, "saved", using=using)


def _links_changed(sender, instance, action, model, pk_set, using=None, **kwargs) -> None:
    if action == "pre_clear":
        # clear() names no rows: read the other ends before the links go.
        if issubclass(model, PublicContent):
            for pk in _linked_pks(sender, instance, model):
                announce(model, pk, "saved", using=using)
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, PublicContent):
        announce(type(instance), instance.pk, "saved", using=using)
    # The rows at the other end changed too (a company's list of articles).
    if issubclass(model, PublicContent):
        for pk in pk_set or ():
            announce(model, pk, "saved", using=using)


def _linked_pks(through: type[models.Model], instance: models.Model, model) -> list:
    links = [field for field in through._meta.fields if field.is_relation]
    own = next(field for field in links if isinstance(instance, field.related_model))
    other = next(field for field in links if field.related_model is model and field is not own)
    rows = through._default_manager.filter(**{own.name: instance.pk})
    return list(rows.values_list(other.attname, flat=True))


def public_content_models() -> list[type[models.Model]]:
    return [model for model in apps.get_models() if issubclass(model, PublicContent)]


def connect_public_content() -> None:
    """Turn Django's model signals into ``content_changed`` (called once, from core's
    AppConfig.ready, after every app's models are loaded)."""
    for model in public_content_models():
        label = model._meta.label_lower
        post_save.connect(_saved, sender=model, dispatch_uid=f"content-saved-{label}")
        pre_delete.connect(_deleting, sender=model, dispatch_uid=f"content-deleting-{label}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"content-deleted-{label}")
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                _links_changed,
                sender=through,
                dispatch_uid=f"content-links-{through._meta.label_lower}",
            )
