"""Validation for every uploaded image: a real picture, of a sane size."""

from __future__ import annotations

import hashlib
import io
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
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


# Logos are shown at most 96 × 48 CSS pixels; the copy is twice that for sharp screens.
LOGO_THUMBNAIL_BOX = (192, 96)


def logo_thumbnail_name(logo_name: str) -> str:
    """Where the small copy of the logo stored as ``logo_name`` lives ("" for no logo).
    Derived from the logo's name, so a new logo gets a new copy and an old one is kept."""
    if not logo_name:
        return ""
    digest = hashlib.sha256(logo_name.encode()).hexdigest()[:16]
    return f"members/logos/thumbs/{digest}.webp"


def make_logo_thumbnail(logo) -> str:
    """Store a small WebP copy of ``logo`` (a stored FieldFile) and return its name; ""
    when there is no logo or its file cannot be read."""
    name = logo_thumbnail_name(logo.name if logo else "")
    if not name:
        return ""
    try:
        with logo.storage.open(logo.name, "rb") as original, Image.open(original) as image:
            image.thumbnail(LOGO_THUMBNAIL_BOX)
            mode = "RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB"
            buffer = io.BytesIO()
            image.convert(mode).save(buffer, format="WEBP", quality=85, method=6)
    except (OSError, Image.DecompressionBombError):
        logger.warning("Could not make a thumbnail of %s", logo.name, exc_info=True)
        return ""
    logo.storage.delete(name)  # same name, same logo: replace rather than add a suffix
    return logo.storage.save(name, ContentFile(buffer.getvalue()))
