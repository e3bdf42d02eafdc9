"""What visitors and operators get when something the site needs is away.

- The database: a friendly, translated 503 page ("back in a minute") with Retry-After,
  rendered without the database, instead of a 500. Pages in the page cache are still
  served (the page cache reads no database). The next request tries the database again:
  nothing needs restarting.
- Probes for load balancers and process managers: ``/healthz`` (the process answers; no
  database, no cache) and ``/readyz`` (the database, the cache and the task queue answer).
"""

from __future__ import annotations

import logging
import sys
import time

from django.core.cache import cache, caches
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.views import defaults
from django.views.decorators.cache import never_cache

RETRY_AFTER_SECONDS = 30
logger = logging.getLogger(__name__)


# While the database is away every request fails the same way: the traceback is logged
# (and mailed to ADMINS) once per interval per process, each request in one line.
REPORT_EVERY_SECONDS = 600
_last_report = 0.0


def server_error(request: HttpRequest) -> HttpResponse:
    """``handler500``: a 503 when the database could not be reached or did not answer in
    time, Django's 500 page otherwise. (Called while the error is being handled.)"""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        _report(request, error)
        response = service_unavailable(request)
        response._has_been_logged = True  # logged above; Django would log each in full
        return response
    return defaults.server_error(request)


def service_unavailable(request: HttpRequest) -> HttpResponse:
    # No request context: the context processors read the site settings from the database.
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def _report(request: HttpRequest, error: Exception) -> None:
    global _last_report  # per process, like the outage it reports
    summary = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    now = time.monotonic()
    if not _last_report or now - _last_report >= REPORT_EVERY_SECONDS:
        _last_report = now
        logger.error(
            "Database unavailable: %s (503 for %s; reported again in %d minutes at most)",
            summary,
            request.path,
            REPORT_EVERY_SECONDS // 60,
            exc_info=error,
            extra={"status_code": 503, "request": request},
        )
    else:
        logger.warning(
            "Database unavailable: %s (503 for %s)",
            summary,
            request.path,
            extra={"status_code": 503, "request": request},
        )


@never_cache
def liveness(request: HttpRequest) -> HttpResponse:
    """The process is up and answering. Touches nothing else, so a database outage does
    not get every app server restarted."""
    return JsonResponse({"status": "ok"})


@never_cache
def readiness(request: HttpRequest) -> HttpResponse:
    """Whether this server can serve visitors: 200 when the database, the cache and the
    task queue answer, 503 (with what failed) otherwise. The queue's backlog is reported,
    not judged: a stopped worker delays emails but does not stop the site."""
    checks = {
        "database": _check(_database),
        "cache": _check(_cache),
        "tasks": _check(_tasks),
    }
    ready = all(check["ok"] for check in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks}, status=200 if ready else 503
    )


def _check(probe) -> dict:
    started = time.perf_counter()
    try:
        details = probe() or {}
    except Exception as error:  # any failure means "not ready", said plainly
        return {"ok": False, "error": f"{type(error).__name__}: {error}"[:300]}
    return {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 1), **details}


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _cache() -> dict:
    ping = getattr(cache, "ping", None)
    if ping is not None:
        ping()  # Redis: asked directly, past the outage guard
        return {"backend": "redis"}
    cache.set("readiness", 1, 10)
    if cache.get("readiness") != 1:
        raise RuntimeError("the cache did not keep a value")
    return {"backend": type(caches["default"]).__name__}


def _tasks() -> dict:
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.ready()
    oldest = waiting.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    return {
        "waiting": waiting.count(),
        "oldest_waiting_seconds": round((timezone.now() - oldest).total_seconds()) if oldest else 0,
    }
