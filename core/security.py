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


class RequestLimitMiddleware:
    """Public addresses refuse what none of their forms expects: a body over
    ``PUBLIC_MAX_BODY_BYTES`` (413) or of unknown length (411) before anything reads it,
    and files (415; no public form takes any), read within that limit. The editors' addresses
    (``UPLOAD_PATH_PREFIXES``: the admin, the editor's picture upload) keep Django's own
    limits and the media library's. The README gives the matching nginx limits."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in ("GET", "HEAD", "OPTIONS") or request.path.startswith(
            tuple(getattr(settings, "UPLOAD_PATH_PREFIXES", ()))
        ):
            return self.get_response(request)
        refusal = self.refusal(request)
        if refusal is not None:
            return refusal
        return self.get_response(request)

    def refusal(self, request: HttpRequest) -> HttpResponse | None:
        from django.utils import translation
        from django.utils.translation import gettext as _

        meta = request.META
        try:
            length = int(meta.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        chunked = "chunked" in meta.get("HTTP_TRANSFER_ENCODING", "").lower()
        limit = settings.PUBLIC_MAX_BODY_BYTES
        language = translation.get_language_from_path(request.path_info)
        with translation.override(language or settings.LANGUAGE_CODE):
            if length < 0 or (chunked and not meta.get("CONTENT_LENGTH")):
                status, message = 411, _("Send the form again: its length was not given.")
            elif length > limit:
                status = 413
                message = _("What was sent is too large (at most %(size)s KB).") % {
                    "size": limit // 1024
                }
            elif meta.get("CONTENT_TYPE", "").lower().startswith("multipart/") and request.FILES:
                status, message = 415, _("This form takes no files.")
            else:
                return None
        response = HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")
        response["Connection"] = "close"  # the unread body is not read either
        return response
