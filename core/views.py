from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.views.static import serve


def media(request: HttpRequest, path: str) -> HttpResponse:
    """Uploaded files, served by Django only in development or when DJANGO_SERVE_MEDIA is
    on (a small site without a separate web server); otherwise the web server serves
    /media/ and this answers 404."""
    if not (settings.DEBUG or settings.SERVE_MEDIA):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
