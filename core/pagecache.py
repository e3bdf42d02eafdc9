"""Whole pages for anonymous visitors, from the shared cache.

A visitor without a session (no login, no pending message) asking for a page with GET
gets the copy stored by the last such visit: one cache round trip, no database, no
template. Copies are kept per address (the language is part of it), in the default cache,
which is Redis when ``REDIS_URL`` is set and so shared by every server process.

When a copy may be served:
- Any change to public content (``content_changed``) starts a new *generation*: every
  copy made before it is stale at once, in every process (the generation lives in the
  shared cache, and is read in the same round trip as the copy).
- A generation also ends when the next scheduled item goes live (nothing is written at
  that moment, so nothing is announced): it carries that time, read when it starts.
- Each server process also keeps the copies it served last: a hit then reads only the
  generation from the shared cache (a few bytes), not the page again.
- Only 200 responses that set no cookie are stored: a page whose form needs a CSRF
  token sets one, so forms are never shared between visitors. Logged-in editors (they
  have a session cookie) always get a fresh page, as do requests with a query string
  that looks like a cache-buster from a bot (too long).

Responses carry an ``ETag`` and ``Last-Modified``; a conditional request for an
unchanged copy is answered with 304 and no body.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag

from .cache import Generation, Recent, is_over
from .publishing import next_publication_timestamp

# Pages may show what is public now: a generation also ends when the next scheduled item
# goes live. Its value is a short string ("id@time"), cheap to read on every hit.
generation = Generation("pagecache:v3", ends_at=next_publication_timestamp)
POINTER = generation.pointer
MAX_QUERY_STRING = 300  # longer query strings are never a page worth sharing
SKIPPED_HEADERS = frozenset({"set-cookie", "content-length"})


@dataclass(frozen=True)
class Copy:
    generation: str
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes
    etag: str
    last_modified: float

    @cached_property
    def header_store(self) -> dict[str, tuple[str, str]]:
        """The headers as ``HttpResponse.headers`` keeps them (by lower-case name)."""
        return {name.lower(): (name, value) for name, value in self.headers}


# The copies this process served last, so that a hit reads only the small generation from
# the shared cache, not the whole page again. A kept copy is served only while its
# generation is the shared one and it is younger than PAGE_CACHE_SECONDS, as any copy.
_kept = Recent(500)


def seconds() -> int:
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0))


def start_generation() -> str:
    """A new generation: every stored page becomes stale."""
    return generation.start_new()


def forget_pages(sender, **kwargs) -> None:
    """``content_changed`` receiver: whatever changed, pages showing it are stale."""
    if seconds():
        start_generation()


def _key(request: HttpRequest) -> str:
    address = f"{request.get_host()}{request.get_full_path()}"
    return "pagecache:page:" + hashlib.blake2b(address.encode(), digest_size=16).hexdigest()


def _may_use(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES  # a message waits to be shown
        and "HTTP_AUTHORIZATION" not in request.META
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
        and not request.path.startswith(getattr(settings, "PAGE_CACHE_EXCLUDE", ()))
    )


def _may_store(request: HttpRequest, response: HttpResponse) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and not getattr(request, "page_cache_skip", False)
    )


def _serve(request: HttpRequest, copy: Copy) -> HttpResponse:
    conditional = get_conditional_response(
        request, etag=copy.etag, last_modified=int(copy.last_modified)
    )
    if conditional is not None:
        conditional["ETag"] = copy.etag
        conditional["X-Page-Cache"] = "hit"
        return conditional
    response = HttpResponse(copy.content, status=copy.status)
    # The stored headers were checked when the page was made: they go in as they are
    # (setting each one again cost a tenth of a hit).
    response.headers._store.update(copy.header_store)
    response["X-Page-Cache"] = "hit"
    return response


class PageCacheMiddleware:
    """See the module's description. Sits near the top of MIDDLEWARE: after the security
    and static files middleware, before sessions, so a hit costs none of the rest."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not seconds() or not _may_use(request):
            return self.get_response(request)
        key = _key(request)
        now = time.time()
        kept = _kept.get(key)
        # One round trip: the generation, and the copy unless this process has one.
        found = cache.get_many([POINTER] if kept else [POINTER, key])
        current: str | None = found.get(POINTER)
        if current is None or is_over(current):
            current = start_generation()
        copy: Copy | None = kept or found.get(key)
        if copy is not None and copy.generation != current and copy is kept:
            copy = cache.get(key)  # another process may have stored a fresh one
        fresh = copy is not None and now - copy.last_modified < seconds()
        if fresh and copy.generation == current:
            _kept.put_many({key: copy})
            return _serve(request, copy)

        response = self.get_response(request)
        if _may_store(request, response):
            self._store(key, current, response, now)
        return response

    def _store(self, key: str, current: str, response: HttpResponse, now: float):
        if not response.has_header("Cache-Control"):
            # Browsers keep the page but ask each time; an unchanged page costs a 304.
            patch_cache_control(response, no_cache=True)
        etag = response.get("ETag") or quote_etag(hashlib.md5(response.content).hexdigest())  # noqa: S324 - a fingerprint, not security
        response["ETag"] = etag
        if not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date(now)
        copy = Copy(
            generation=current,
            status=response.status_code,
            headers=tuple(
                (name, value)
                for name, value in response.items()
                if name.lower() not in SKIPPED_HEADERS
            ),
            content=response.content,
            etag=etag,
            last_modified=now,
        )
        timeout = seconds()
        _, _, ends_at = current.partition("@")
        if ends_at:
            timeout = max(1, min(timeout, int(float(ends_at) - now) + 1))
        cache.set(key, copy, timeout)
        _kept.put_many({key: copy})
        response["X-Page-Cache"] = "miss"
