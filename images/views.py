from django.core.exceptions import ValidationError
from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.richtext import can_upload_images

from .models import Image


@require_POST
def richtext_image_upload(request: HttpRequest) -> JsonResponse:
    """CKEditor 5's image upload, for those who may edit rich text. The picture joins the
    media library like any other; the text points at its file."""
    if not can_upload_images(request.user):
        message = _("You do not have permission to upload files.")
        return JsonResponse({"error": {"message": message}}, status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse({"error": {"message": _("No file was sent.")}}, status=400)
    image = Image(file=upload, uploaded_by=request.user)
    try:
        image.save()
    except ValidationError as error:
        return JsonResponse({"error": {"message": " ".join(error.messages)}}, status=400)
    return JsonResponse({"url": image.file.url})
