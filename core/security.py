"""Security headers that Django does not send itself (the Content-Security-Policy comes
from django-csp, see settings)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class PermissionsPolicyMiddleware:
    """``Permissions-Policy``: the browser features in ``PERMISSIONS_POLICY_DENIED`` are
    off for every page of the site and anything it embeds."""

    def __init__(self, get_response):
        self.get_response = get_response
        denied = getattr(settings, "PERMISSIONS_POLICY_DENIED", ())
        self.header = ", ".join(f"{feature}=()" for feature in denied)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
