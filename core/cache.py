"""Cached copies that are dropped all at once when what they were built from changes.

A copy is stored under a key that includes a *generation*; a change starts a new
generation, and the old copies are never read again (they expire on their own). This is
also right when a request reads the rows just before another request's change commits
and stores its copy just after the change was announced: that copy belongs to the old
generation, which no one reads any more. (Deleting one key would let it through.)
"""

from __future__ import annotations

import uuid

from django.core.cache import cache


class Generation:
    def __init__(self, name: str):
        self.name = name
        self.pointer = f"{name}:generation"

    def current(self) -> str:
        value = cache.get(self.pointer)
        if value is None:
            # Never a number that could repeat an old generation after an eviction.
            cache.add(self.pointer, uuid.uuid4().hex, None)
            value = cache.get(self.pointer) or "fallback"
        return value

    def key(self, *parts: str) -> str:
        return ":".join([self.name, self.current(), *parts])

    def start_new(self) -> None:
        cache.set(self.pointer, uuid.uuid4().hex, None)
