"""What the admin login answers while it is locked (django-axes calls ``locked_out``)."""

from __future__ import annotations

from axes.helpers import get_failure_limit
from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def locked_out(request: HttpRequest, credentials: dict | None, *args, **kwargs) -> HttpResponse:
    """The admin's own page (its header and title, in the editor's language) saying why
    signing in is refused and for how long."""
    context = {
        **admin.site.each_context(request),
        "failure_limit": get_failure_limit(request, credentials),
    }
    return render(
        request, "admin/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE
    )
