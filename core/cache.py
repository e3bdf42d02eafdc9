"""Cached copies that are dropped all at once when what they were built from changes.

A copy is stored under a key that includes a *generation*; a change starts a new
generation, and the old copies are never read again (they expire on their own). This is
also right when a request reads the rows just before another request's change commits
and stores its copy just after the change was announced: that copy belongs to the old
generation, which no one reads any more. (Deleting one key would let it through.)
"""

from __future__ import annotations

import uuid

from asgiref.local import Local
from django.core.cache import cache

# What one request has already read from the shared cache (generations, the header and
# footer): read once per request, not once per use. Empty outside requests.
_request = Local()


def request_memo() -> dict | None:
    """This request's memo, or None outside a request (a command, a test's own code)."""
    return getattr(_request, "memo", None)


def start_request(**kwargs) -> None:
    """``request_started`` receiver (connected in core's AppConfig)."""
    _request.memo = {}


def end_request(**kwargs) -> None:
    """``request_finished`` receiver."""
    _request.memo = None


class Generation:
    def __init__(self, name: str):
        self.name = name
        self.pointer = f"{name}:generation"

    def current(self) -> str:
        memo = request_memo()
        if memo is not None and self.pointer in memo:
            return memo[self.pointer]
        value = cache.get(self.pointer)
        if value is None:
            # Never a number that could repeat an old generation after an eviction.
            cache.add(self.pointer, uuid.uuid4().hex, None)
            value = cache.get(self.pointer) or "fallback"
        if memo is not None:
            memo[self.pointer] = value
        return value

    def key(self, *parts: str) -> str:
        return ":".join([self.name, self.current(), *parts])

    def start_new(self) -> None:
        value = uuid.uuid4().hex
        cache.set(self.pointer, value, None)
        memo = request_memo()
        if memo is not None:
            memo[self.pointer] = value
