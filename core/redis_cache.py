"""Django's Redis cache, keeping one client per connection pool, and carrying on without
Redis when it is down or silent.

One client per pool: Django's backend builds a new ``redis.Redis`` client for every cache
call, and each one fills a table of about 170 reply handlers: a sixth of a millisecond,
which is most of what serving a page from the page cache costs. A client is safe to share
between threads (the connection pool hands out connections), so one per pool is kept.

Carrying on: the cache only ever holds copies. When Redis refuses a connection or does not
answer within its timeout (settings: ``socket_timeout``), every call answers as an empty
cache would (nothing found, nothing stored) and the site builds its pages from the
database: slower, never an error. After a failure the process leaves Redis alone for
``RETRY_AFTER`` seconds, so a silent Redis costs one timeout per interval, not one per call;
then it tries again, and the site is back to normal by itself once Redis answers. As
changes made meanwhile could not be announced through it, the first process to see Redis
again starts every generation anew (core/cache.py): nothing cached before the outage is
served after it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, OSError)


class ReusingClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._client(connection_pool=self._get_connection_pool(write))
            self._clients[index] = client
        return client


class _Outage:
    """Whether Redis at one address is taken to be away, for every thread of the process."""

    def __init__(self):
        self.until = 0.0
        self.lock = threading.Lock()

    def skipping(self) -> bool:
        return self.until and time.monotonic() < self.until

    def began(self, location: str, error: Exception, retry_after: float) -> None:
        with self.lock:
            if not self.until:
                logger.error("Cache unavailable at %s (%s): serving without it", location, error)
            self.until = time.monotonic() + retry_after

    def ended(self, location: str) -> bool:
        """Mark Redis as answering; True if it was away until now."""
        with self.lock:
            was_away, self.until = bool(self.until), 0.0
        if was_away:
            logger.warning("Cache at %s is back", location)
        return was_away


_outages: dict[str, _Outage] = {}


class RedisCache(DjangoRedisCache):
    RETRY_AFTER = 5.0  # seconds without trying Redis after it failed

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingClient
        self._location = ",".join(self._servers)
        self._outage = _outages.setdefault(self._location, _Outage())

    def _guarded(self, default: Any, call: Callable[[], Any]) -> Any:
        if self._outage.skipping():
            return default
        try:
            result = call()
        except UNAVAILABLE as error:
            self._outage.began(self._location, error, self.RETRY_AFTER)
            return default
        if self._outage.until and self._outage.ended(self._location):
            # Changes made while it was away were not announced: every cached copy made
            # before may be stale. Start every generation anew, then read again.
            from .cache import start_all_generations

            start_all_generations()
            result = self._guarded(default, call)
        return result

    def ping(self) -> None:
        """Raise unless Redis answers now (the readiness check; no outage is assumed)."""
        self._cache.get_client(write=True).ping()

    # Reads find nothing; writes store nothing; counters count from zero.
    def get(self, key, default=None, version=None):
        return self._guarded(default, lambda: super(RedisCache, self).get(key, default, version))

    def get_many(self, keys, version=None):
        return self._guarded({}, lambda: super(RedisCache, self).get_many(keys, version))

    def has_key(self, key, version=None):
        return self._guarded(False, lambda: super(RedisCache, self).has_key(key, version))

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._guarded(None, lambda: super(RedisCache, self).set(key, value, timeout, version))

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            False, lambda: super(RedisCache, self).add(key, value, timeout, version)
        )

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            list(data), lambda: super(RedisCache, self).set_many(data, timeout, version)
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(False, lambda: super(RedisCache, self).touch(key, timeout, version))

    def incr(self, key, delta=1, version=None):
        return self._guarded(delta, lambda: super(RedisCache, self).incr(key, delta, version))

    def delete(self, key, version=None):
        return self._guarded(False, lambda: super(RedisCache, self).delete(key, version))

    def delete_many(self, keys, version=None):
        self._guarded(None, lambda: super(RedisCache, self).delete_many(keys, version))

    def clear(self):
        return self._guarded(False, lambda: super(RedisCache, self).clear())
