"""What the admin login answers while it is locked (django-axes calls ``locked_out``)."""

from __future__ import annotations

import ipaddress

from axes.helpers import get_failure_limit
from django.conf import settings
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from core.abuse import client_address


def client_ip(request: HttpRequest) -> str | None:
    """The visitor's address as the rate limits read it (behind proxies too), or None when
    there is none (a request made in code): django-axes stores it as an IP address."""
    address = client_address(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


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
