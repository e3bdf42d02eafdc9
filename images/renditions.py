"""Renditions: each image in the sizes a slot of the page needs, in WebP and in the
original's format for browsers without WebP, made once when first asked for and kept until
the image's file or focal point changes.

A slot says how wide the picture can be shown (``widths``, smallest first, for ``srcset``),
how it is cropped (``ratio``, around the focal point; None keeps the whole picture) and how
wide it is on screen (``sizes``). An image is never made larger than it is.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from PIL import Image as Pillow
from PIL import ImageOps

from .models import Image, Rendition


@dataclass(frozen=True)
class Slot:
    widths: tuple[int, ...]
    sizes: str
    ratio: tuple[int, int] | None = None


SLOTS = {
    # The picture at the top of an article, and pictures in rich text.
    "article": Slot(widths=(480, 800, 1200), sizes="(max-width: 50rem) 100vw, 48rem"),
    # Article cards in lists: cropped to 16:9 around the focal point.
    "card": Slot(widths=(320, 640), sizes="(max-width: 40rem) 100vw, 20rem", ratio=(16, 9)),
    # Member logos in lists and cards (at most 96 × 48 CSS pixels), and on a profile.
    "logo": Slot(widths=(96, 192), sizes="96px"),
    "logo-large": Slot(widths=(240, 480), sizes="240px"),
    # The association's logo in the header (about 40 CSS pixels high).
    "site-logo": Slot(widths=(160, 320), sizes="160px"),
    # The admin's library.
    "library": Slot(widths=(160, 320), sizes="160px"),
}
SAVE_OPTIONS = {
    "WEBP": {"quality": 82, "method": 4},
    "JPEG": {"quality": 85, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
}
EXTENSIONS = {"WEBP": "webp", "JPEG": "jpg", "PNG": "png"}
CONTENT_TYPES = {"WEBP": "image/webp", "JPEG": "image/jpeg", "PNG": "image/png"}


def fallback_format(image: Image) -> str:
    """The format for browsers without WebP: the original's (a WebP original falls back
    to PNG, which keeps transparency)."""
    extension = image.file.name.rsplit(".", 1)[-1].lower()
    return {"jpg": "JPEG", "jpeg": "JPEG"}.get(extension, "PNG")


def widths_for(image: Image, slot: Slot) -> list[int]:
    """The slot's widths this image can fill without being enlarged (at least one)."""
    fitting = [width for width in slot.widths if width <= image.width]
    return fitting or [min(image.width, slot.widths[0])]


def size_for(image: Image, slot: Slot, width: int) -> tuple[int, int]:
    if slot.ratio:
        across, down = slot.ratio
        return width, max(1, round(width * down / across))
    return width, max(1, round(image.height * width / image.width))


def spec_for(slot: Slot, width: int) -> str:
    return f"w{width}" + (f"-{slot.ratio[0]}x{slot.ratio[1]}" if slot.ratio else "")


def rendition(image: Image, slot: Slot, width: int, image_format: str) -> Rendition:
    """The rendition, from those already loaded (``image.renditions`` prefetched) or made now."""
    spec, source = spec_for(slot, width), image.rendition_source
    for made in image.renditions.all():
        if (made.spec, made.format, made.source) == (spec, image_format, source):
            return made
    return _make(image, slot, width, image_format, spec, source)


def _make(image, slot, width, image_format, spec, source) -> Rendition:
    target = size_for(image, slot, width)
    with image.file.open("rb") as original, Pillow.open(original) as picture:
        picture.load()
        if slot.ratio:
            focus = (image.focal_x / 100, image.focal_y / 100)
            picture = ImageOps.fit(picture, target, Pillow.Resampling.LANCZOS, centering=focus)
        else:
            picture = picture.resize(target, Pillow.Resampling.LANCZOS)
        if image_format == "JPEG" and picture.mode not in ("RGB", "L"):
            picture = picture.convert("RGB")
        elif picture.mode == "P":
            picture = picture.convert("RGBA")
        buffer = io.BytesIO()
        picture.save(buffer, format=image_format, **SAVE_OPTIONS[image_format])
    stem = image.file.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    name = f"{stem}-{spec}-{source[:8]}.{EXTENSIONS[image_format]}"
    made = Rendition(image=image, spec=spec, format=image_format, source=source)
    made.width, made.height = target
    made.file.save(name, ContentFile(buffer.getvalue()), save=False)
    try:
        with transaction.atomic():
            made.save()
    except IntegrityError:
        # Another request made the same one a moment ago: use it, drop ours.
        made.file.storage.delete(made.file.name)
        return Rendition.objects.get(image=image, spec=spec, format=image_format, source=source)
    return made
