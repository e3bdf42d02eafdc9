"""Validation for every uploaded image: a real picture, of a sane size."""

from __future__ import annotations

import hashlib
import io
import logging
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

logger = logging.getLogger(__name__)

# Pillow's format name -> the file extension we store it under.
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


def validate_image(file) -> str | None:
    """Raise ValidationError unless ``file`` is a JPEG, PNG, GIF or WebP within the limits;
    return Pillow's name for its format. A file already in storage (an unchanged image on
    an edited object) is not opened again.

    Checks the byte size first (cheap), then lets Pillow read the header and verify the
    data, and refuses images whose pixel count could exhaust memory when decoded.
    """
    if isinstance(file, FieldFile) and file._committed:
        return None  # already stored: it was checked when it was uploaded
    max_bytes = settings.IMAGE_MAX_UPLOAD_BYTES
    if file.size is not None and file.size > max_bytes:
        raise ValidationError(
            _("The image is %(size)s; the largest allowed is %(max)s."),
            code="image_too_large",
            params={"size": filesizeformat(file.size), "max": filesizeformat(max_bytes)},
        )
    position = file.tell() if hasattr(file, "tell") else None
    try:
        file.seek(0)
        with Image.open(file) as image:
            image_format = image.format
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            _("Upload a valid image. The file is not an image or is damaged."),
            code="invalid_image",
        ) from None
    finally:
        if position is not None:
            file.seek(position)
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("Images must be JPEG, PNG, GIF or WebP, not %(format)s."),
            code="image_format",
            params={"format": image_format},
        )
    if width * height > settings.IMAGE_MAX_PIXELS:
        raise ValidationError(
            _("The image is %(width)s × %(height)s pixels, which is too large."),
            code="image_dimensions",
            params={"width": width, "height": height},
        )
    return image_format


def thumbnail_name(source_name: str, *, folder: str) -> str:
    """Where the small copy of the image stored as ``source_name`` lives ("" for none).
    Derived from the source's name, so a new image gets a new copy and an old one stays."""
    if not source_name:
        return ""
    digest = hashlib.sha256(source_name.encode()).hexdigest()[:16]
    return f"{folder.rstrip('/')}/{digest}.webp"


def make_thumbnail(source, *, box: tuple[int, int], folder: str) -> str:
    """Store a WebP copy of ``source`` (a stored FieldFile) fitting in ``box`` and return
    its name; "" when there is no source or its file cannot be read."""
    name = thumbnail_name(source.name if source else "", folder=folder)
    if not name:
        return ""
    try:
        with source.storage.open(source.name, "rb") as original, Image.open(original) as image:
            image.thumbnail(box)
            mode = "RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB"
            buffer = io.BytesIO()
            image.convert(mode).save(buffer, format="WEBP", quality=85, method=6)
    except (OSError, Image.DecompressionBombError):
        logger.warning("Could not make a thumbnail of %s", source.name, exc_info=True)
        return ""
    source.storage.delete(name)  # same name, same source: replace rather than add a suffix
    return source.storage.save(name, ContentFile(buffer.getvalue()))


def store_upload(upload, *, folder: str = "uploads") -> str:
    """Validate an uploaded image, store it under a new random name and return its URL.

    The visitor's file name is never used as a path (``uploads/2026/11/3f2a….png``), and
    the extension follows the image's real format.
    """
    extension = ALLOWED_FORMATS[validate_image(upload)]
    name = f"{folder}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{extension}"
    return default_storage.url(default_storage.save(name, upload))
