from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.static import serve

from .images import store_upload
from .richtext import can_upload_images


def media(request: HttpRequest, path: str) -> HttpResponse:
    """Uploaded files, served by Django only in development or when DJANGO_SERVE_MEDIA is
    on (a small site without a separate web server); otherwise the web server serves
    /media/ and this answers 404."""
    if not (settings.DEBUG or settings.SERVE_MEDIA):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


@require_POST
def richtext_image_upload(request: HttpRequest) -> JsonResponse:
    """CKEditor 5's image upload, for those who may edit rich text; validated like every
    other image."""
    if not can_upload_images(request.user):
        message = _("You do not have permission to upload files.")
        return JsonResponse({"error": {"message": message}}, status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse({"error": {"message": _("No file was sent.")}}, status=400)
    try:
        url = store_upload(upload)
    except ValidationError as error:
        return JsonResponse({"error": {"message": " ".join(error.messages)}}, status=400)
    return JsonResponse({"url": url})
