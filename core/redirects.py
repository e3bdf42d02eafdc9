"""Old addresses answered with a permanent redirect to where their content lives now.

Only a request that would otherwise be a 404 is looked up, so the site's own pages cost
nothing more and a redirect can never hide one of them. The table (``core.Redirect``) is
filled by imports (news.importers: each old article address leads to the article in its
language) and edited by staff in the admin.

The middleware sits below ``LocaleMiddleware``, so it sees the 404 before that one turns
an address without a language (``/annual-meeting/``) into a redirect to
``/zh-hans/annual-meeting/``, which would be a 404 too.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect

from .models import Redirect

logger = logging.getLogger(__name__)


class RedirectFallbackMiddleware:
    """A 404 for an address in the redirect table becomes a 301 to its new address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        target = new_address(request)
        return HttpResponsePermanentRedirect(target) if target else response


def new_address(request: HttpRequest) -> str | None:
    """Where the redirect table sends a request for this address, if anywhere. A database
    that fails here leaves the 404 as it was."""
    query = request.META.get("QUERY_STRING", "")
    if "\x00" in request.path or "\x00" in query:
        return None  # no stored address holds a NUL, and PostgreSQL refuses one in a query
    try:
        redirect = Redirect.objects.best_for(request.path, query)
    except DatabaseError:
        logger.warning("Redirects not looked up for %s", request.path, exc_info=True)
        return None
    return redirect.new_path if redirect else None
