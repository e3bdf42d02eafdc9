"""Every uploaded image, wherever it comes from: checked, fully decoded, and stored again
as a fresh file of its real format without any metadata.

An upload is refused (with a message an editor understands, and nothing written to
storage) unless it is a JPEG, PNG, GIF or WebP within the byte and pixel limits whose
every pixel decodes: a truncated file fails. What is stored is never the uploaded bytes:
the image is re-encoded, which drops EXIF (GPS position, camera owner), text chunks and
comments, and anything smuggled behind the pixels (a GIF that is also a script). Photos
are turned the way their EXIF orientation says before it is dropped. The stored name's
extension, and so the type it is served with, follows the decoded format, not the name
the file came with (``logo.pdf`` holding a PNG is stored as ``logo.png``).
"""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

logger = logging.getLogger(__name__)

# Pillow's format name -> the file extension we store it under.
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}
# An animation counts every frame against the pixel limit.
MAX_FRAMES = 500
# Formats that are one of ours under another name: a JPEG with a second picture (MPO,
# which phones write for depth or HDR data) is stored as the JPEG of its first picture.
SAME_AS = {"MPO": "JPEG"}


@dataclass(frozen=True)
class CleanImage:
    """An upload that passed: its decoded format and size, and the bytes to store."""

    format: str
    width: int
    height: int
    content: bytes

    @property
    def extension(self) -> str:
        return ALLOWED_FORMATS[self.format]

    def named(self, original_name: str) -> ContentFile:
        """The bytes as a file named after the upload, with the real format's extension."""
        stem = slugify(PurePath(original_name or "image").stem)[:60] or "image"
        return ContentFile(self.content, name=f"{stem}.{self.extension}")


def _refuse_size(size: int | None) -> None:
    max_bytes = settings.IMAGE_MAX_UPLOAD_BYTES
    if size is not None and size > max_bytes:
        raise ValidationError(
            _("The image is %(size)s; the largest allowed is %(max)s."),
            code="image_too_large",
            params={"size": filesizeformat(size), "max": filesizeformat(max_bytes)},
        )


def _refuse_pixels(width: int, height: int, frames: int = 1) -> None:
    if width * height * frames > settings.IMAGE_MAX_PIXELS:
        raise ValidationError(
            _(
                "The image is %(width)s × %(height)s pixels, which is too large. "
                "Make it smaller than %(megapixels)s megapixels and upload it again."
            ),
            code="image_dimensions",
            params={
                "width": width,
                "height": height,
                "megapixels": settings.IMAGE_MAX_PIXELS // 1_000_000,
            },
        )


def _invalid() -> ValidationError:
    return ValidationError(
        _(
            "This file is not an image we can use: upload a JPEG, PNG, GIF or WebP picture. "
            "(A file that is damaged, or only named like an image, is refused.)"
        ),
        code="invalid_image",
    )


def clean_image(file) -> CleanImage:
    """Check ``file`` (an upload or any file object) and return it decoded and re-encoded;
    raise ValidationError saying what is wrong otherwise. Nothing is written anywhere."""
    _refuse_size(getattr(file, "size", None))
    position = file.tell() if hasattr(file, "tell") else None
    try:
        file.seek(0)
        data = file.read(settings.IMAGE_MAX_UPLOAD_BYTES + 1)
    finally:
        if position is not None:
            file.seek(position)
    _refuse_size(len(data))
    try:
        with warnings.catch_warnings():
            # Pillow warns, then refuses, past its own pixel limit: ours is the one that
            # counts, with a clear message, before anything is decoded.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                image_format = image.format
                if image_format in SAME_AS:  # a phone's JPEG with a depth map, say
                    image_format = SAME_AS[image_format]
                    frames = 1  # the picture; the rest is the camera's
                elif image_format not in ALLOWED_FORMATS:
                    raise ValidationError(
                        _("Images must be JPEG, PNG, GIF or WebP, not %(format)s."),
                        code="image_format",
                        params={"format": image_format},
                    )
                else:
                    frames = getattr(image, "n_frames", 1)
                if frames > MAX_FRAMES:
                    raise _invalid()
                _refuse_pixels(*image.size, frames)
                lossless = image_format == "WEBP" and b"VP8L" in data[:64]
                content, (width, height) = _reencode(image, image_format, frames, lossless)
    except Image.DecompressionBombError:
        # Pillow's own guard, at many times our limit, stops before the size is known.
        raise ValidationError(
            _(
                "The image has far too many pixels for a web page. Make it smaller than "
                "%(megapixels)s megapixels and upload it again."
            ),
            code="image_dimensions",
            params={"megapixels": settings.IMAGE_MAX_PIXELS // 1_000_000},
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise _invalid() from None
    return CleanImage(format=image_format, width=width, height=height, content=content)


def _reencode(image, image_format: str, frames: int, lossless: bool) -> tuple[bytes, tuple]:
    """Decode every pixel (a truncated file raises here) and write a new file of the same
    format with none of the original's metadata but its colour profile; return it and its
    size. A picture is first turned the way its EXIF orientation says, whatever its format."""
    buffer = io.BytesIO()
    icc = image.info.get("icc_profile")
    options = {"icc_profile": icc} if icc else {}
    if frames > 1:  # an animated GIF or WebP: every frame, each with its own duration
        pictures = []
        durations = []
        for frame in ImageSequence.Iterator(image):
            durations.append(frame.info.get("duration", 100))
            pictures.append(frame.copy())
        options |= {"save_all": True, "append_images": pictures[1:], "duration": durations}
        if "loop" in image.info:  # absent: plays once
            options["loop"] = image.info["loop"]
        if image_format == "WEBP":
            options |= {"lossless": lossless, "quality": 90}
        pictures[0].save(buffer, format=image_format, **options)
        return buffer.getvalue(), image.size
    image.load()
    picture = ImageOps.exif_transpose(image)
    picture.info = {}  # comments, EXIF, XMP, text chunks: none of it is written again
    if image_format == "JPEG":
        picture = picture.convert("RGB") if picture.mode not in ("RGB", "L", "CMYK") else picture
        options |= {"quality": 90, "optimize": True}
    elif image_format == "PNG":
        options |= {"optimize": True}
    elif image_format == "WEBP":
        options |= {"lossless": lossless, "quality": 90}
    if image_format in ("PNG", "GIF") and "transparency" in image.info:
        options |= {"transparency": image.info["transparency"]}  # a palette's clear colour
    picture.save(buffer, format=image_format, **options)
    return buffer.getvalue(), picture.size


def validate_image(file) -> str | None:
    """Form and model validator: raise ValidationError unless ``file`` is an image we can
    use; return Pillow's name for its format. A file already in storage (an unchanged
    image on an edited object) is not opened again."""
    if isinstance(file, FieldFile) and file._committed:
        return None  # already stored: it was checked when it was uploaded
    return clean_image(file).format


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
