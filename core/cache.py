"""Cached copies that are dropped all at once when what they were built from changes.

A copy is stored under a key that includes a *generation*; a change starts a new
generation, and the old copies are never read again (they expire on their own). This is
also right when a request reads the rows just before another request's change commits
and stores its copy just after the change was announced: that copy belongs to the old
generation, which no one reads any more. (Deleting one key would let it through.)

Since a key that names a generation always means the same value, each server process
also keeps the copies it has read (``copies``): a page then costs one round trip to the
shared cache, for the generations, however many pieces it is made of, and no unpickling.
Only the generations have to be read from the shared cache on every request.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from asgiref.local import Local
from django.core.cache import cache
from django.db import DatabaseError
from django.utils import timezone

# What one request has already read from the shared cache (generations, the header and
# footer): read once per request, not once per use. Empty outside requests.
_request = Local()

# How long a generation lasts when its end could not be read (the database is away).
UNKNOWN_END_SECONDS = 10

# Every generation by its pointer's key: a request reads them all in one round trip.
_generations: dict[str, Generation] = {}


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
    """The current generation of a family of copies (``name``). With ``ends_at`` (a
    function giving a Unix time, or None) a generation also ends at that time, read when it
    starts: for copies that depend on what is public now, which changes without anything
    being written when a scheduled item goes live."""

    def __init__(self, name: str, *, ends_at: Callable[[], float | None] | None = None):
        self.name = name
        self.pointer = f"{name}:generation"
        self.ends_at = ends_at
        _generations[self.pointer] = self

    def current(self) -> str:
        memo = request_memo()
        if memo is None:
            value = cache.get(self.pointer)
        elif self.pointer in memo:
            value = memo[self.pointer]  # None: not in the shared cache when it was read
        else:
            # The first generation a request needs: read them all at once.
            found = cache.get_many(list(_generations))
            memo.update({pointer: found.get(pointer) for pointer in _generations})
            value = found.get(self.pointer)
        if value is None:
            # Never a number that could repeat an old generation after an eviction.
            cache.add(self.pointer, self._new_value(), None)
            # Without the shared cache (Redis down), a generation of this request alone:
            # nothing kept in this process from before can be taken for current.
            value = cache.get(self.pointer) or self._new_value()
        elif is_over(value):
            value = self.start_new()
        if memo is not None:
            memo[self.pointer] = value
        return value

    def key(self, *parts: str) -> str:
        return ":".join([self.name, self.current(), *parts])

    def start_new(self) -> str:
        value = self._new_value()
        cache.set(self.pointer, value, None)
        memo = request_memo()
        if memo is not None:
            memo[self.pointer] = value
        return value

    def _new_value(self) -> str:
        value = uuid.uuid4().hex
        try:
            ends_at = self.ends_at() if self.ends_at is not None else None
        except DatabaseError:
            # The database is away: a generation that ends soon, when it is asked again.
            ends_at = time.time() + UNKNOWN_END_SECONDS
        return f"{value}@{ends_at:.3f}" if ends_at is not None else value


def start_all_generations() -> None:
    """Every family of copies starts anew (after the shared cache was away, when changes
    made meanwhile could not be announced)."""
    for generation in list(_generations.values()):
        generation.start_new()


def is_over(value: str) -> bool:
    """Whether a generation's value says it has ended (its ``ends_at`` has come)."""
    # By the clock that decides what is public (publishing compares with timezone.now()).
    _, _, ends_at = value.partition("@")
    return bool(ends_at) and timezone.now().timestamp() >= float(ends_at)


class Recent:
    """The ``size`` most recently used values of this process, by key (thread-safe)."""

    def __init__(self, size: int):
        self.size = size
        self._values: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        with self._lock:
            value = self._values.get(key)
            if value is not None:
                self._values.move_to_end(key)
            return value

    def put_many(self, values: Mapping[str, Any]) -> None:
        with self._lock:
            for key, value in values.items():
                self._values[key] = value
                self._values.move_to_end(key)
            while len(self._values) > self.size:
                self._values.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._values.clear()


class Copies:
    """Values stored under generation keys, in the shared cache and, as read or written,
    in this process (the most recently used ``size`` of them).

    A value may carry a time after which it must not be used (the next scheduled menu
    page, say): it travels with the value, so every process drops its copy then.
    """

    def __init__(self, size: int = 2000):
        self._local = Recent(size)

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        now = time.time()
        found: dict[str, Any] = {}
        missing: list[str] = []
        for key in keys:
            entry = self._local.get(key)
            if entry is not None and entry[0] > now:
                found[key] = entry[1]
            else:
                missing.append(key)
        if missing:
            shared = {
                key: entry
                for key, entry in cache.get_many(missing).items()
                if isinstance(entry, tuple) and len(entry) == 2 and entry[0] > now
            }
            self._local.put_many(shared)
            found.update((key, entry[1]) for key, entry in shared.items())
        return found

    def get(self, key: str, default: Any = None) -> Any:
        return self.get_many([key]).get(key, default)

    def set_many(self, values: Mapping[str, Any], seconds: float) -> None:
        """Store ``values`` for ``seconds`` (in the shared cache, and here)."""
        if not values:
            return
        expires = time.time() + seconds
        entries = {key: (expires, value) for key, value in values.items()}
        cache.set_many(entries, max(1, int(seconds)))
        self._local.put_many(entries)

    def set(self, key: str, value: Any, seconds: float) -> None:
        self.set_many({key: value}, seconds)

    def clear(self) -> None:
        """Forget this process's copies (the shared ones stay)."""
        self._local.clear()


copies = Copies()
