"""Pieces of pages (an article's card, a member's row in the directory) rendered once and
reused by every page that shows them, until any public content changes.

A list page then asks the database only for the ids of what it shows, reads those pieces
in one cache round trip, and loads and renders only the ones missing. A piece is kept per
language and per variant (the card with or without its category); any ``content_changed``
starts a new generation, so no piece outlives a change to whatever it shows (a category
renamed, a picture replaced), in any server process when the cache is shared.

Pieces may show what is public now (the newest articles, an article's neighbours): a
generation also ends when the next scheduled item goes live, as the page cache's does.
They must not depend on the request, or on the time in any other way. ``remember`` keeps
data the same way (the ids a page's lists are made of), for what is not one template.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from .cache import Generation, copies
from .publishing import next_publication_timestamp

CACHE_SECONDS = 24 * 60 * 60

# Pieces may show what is public now (the newest articles): a generation also ends when
# the next scheduled item goes live.
generation = Generation("fragments:v2", ends_at=next_publication_timestamp)


def forget_fragments(sender, **kwargs) -> None:
    """``content_changed`` receiver: every piece is stale."""
    generation.start_new()


def _digest(variant: Iterable) -> str:
    return hashlib.blake2b(repr(tuple(variant)).encode(), digest_size=12).hexdigest()


def _variant(context: dict[str, Any]) -> str:
    return ",".join(f"{name}={value}" for name, value in sorted(context.items()))


def render_each(
    template_name: str,
    ids: Sequence,
    *,
    load: Callable[[list], dict],
    as_name: str,
    context: dict[str, Any] | None = None,
) -> list[SafeString]:
    """``template_name`` rendered for each of ``ids``, in their order, with the object as
    ``as_name`` (and ``context``). ``load(ids)`` gives the missing objects by id; an id it
    no longer finds (deleted meanwhile) is left out."""
    context = context or {}
    prefix = generation.key(template_name, get_language() or "", _variant(context))
    keys = [f"{prefix}:{pk}" for pk in ids]
    found = copies.get_many(keys) if keys else {}
    missing = [pk for pk, key in zip(ids, keys, strict=True) if key not in found]
    if missing:
        objects = load(missing)
        template = get_template(template_name)
        fresh = {}
        for pk, key in zip(ids, keys, strict=True):
            if key not in found and pk in objects:
                fresh[key] = mark_safe(template.render({as_name: objects[pk], **context}))  # noqa: S308 - rendered by the template engine
        copies.set_many(fresh, CACHE_SECONDS)
        found.update(fresh)
    return [found[key] for key in keys if key in found]


def render_once(
    template_name: str,
    context: Callable[[], dict[str, Any]],
    *,
    variant: Iterable = (),
) -> SafeString:
    """``template_name`` rendered with what ``context()`` gives (called only when the piece
    is missing), kept per language and ``variant`` (what the context is made from: a form's
    submitted values, say)."""
    digest = _digest(variant)
    key = generation.key(template_name, get_language() or "", digest)
    html = copies.get(key)
    if html is None:
        html = mark_safe(get_template(template_name).render(context()))  # noqa: S308 - rendered by the template engine
        copies.set(key, html, CACHE_SECONDS)
    return html


def remember(name: str, compute: Callable[[], Any], *, variant: Iterable = ()) -> Any:
    """What ``compute()`` gives, kept like the pieces (until any public content changes
    or a scheduled item goes live), per language and ``variant``: data a page is made of,
    such as the ids of an article's neighbours, which cost more to ask for than to keep."""
    digest = _digest(variant)
    key = generation.key("data", name, get_language() or "", digest)
    found = copies.get_many([key])
    if key in found:
        return found[key]
    value = compute()
    copies.set(key, value, CACHE_SECONDS)
    return value
