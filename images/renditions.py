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
    # The home page's lead story: 16:9 around the focal point, about two thirds of the page.
    "lead": Slot(widths=(480, 800, 1200), sizes="(max-width: 56rem) 100vw, 46rem", ratio=(16, 9)),
    # Thumbnails in article lists, beside the title: 16:9 around the focal point.
    "card": Slot(widths=(240, 480), sizes="(max-width: 40rem) 7rem, 13rem", ratio=(16, 9)),
    # Member logos in lists and cards (at most 96 × 48 CSS pixels), and on a profile.
    "logo": Slot(widths=(96, 192), sizes="96px"),
    "logo-large": Slot(widths=(240, 480), sizes="240px"),
    # The association's logo in the header (about 40 CSS pixels high).
    "site-logo": Slot(widths=(160, 320), sizes="160px"),
    # Link previews on other sites (Open Graph): 1200 × 630, cropped around the focal point.
    "share": Slot(widths=(1200,), sizes="1200px", ratio=(40, 21)),
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


def renditions(image: Image, slot: Slot, formats: list[str]) -> dict[str, list[Rendition]]:
    """The slot's renditions of ``image`` in each format, smallest first: those already
    made (``image.renditions`` prefetched costs no query), and the missing ones made now
    from a single decode of the original."""
    source, widths = image.rendition_source, widths_for(image, slot)
    made = {(r.spec, r.format): r for r in image.renditions.all() if r.source == source}
    missing = [
        (width, image_format)
        for image_format in formats
        for width in widths
        if (spec_for(slot, width), image_format) not in made
    ]
    if missing:
        with image.file.open("rb") as original, Pillow.open(original) as picture:
            picture = eight_bits(ImageOps.exif_transpose(picture))
            for width, image_format in missing:
                new = _make(image, picture, slot, width, image_format, source)
                made[(new.spec, new.format)] = new
                _remember(image, new)
    return {
        image_format: [made[(spec_for(slot, width), image_format)] for width in widths]
        for image_format in formats
    }


def eight_bits(picture):
    """16-bit greyscale (some scanners and charts) as 8 bits: converted directly, every
    grey would turn white."""
    if picture.mode in ("I", "I;16", "I;16B", "I;16L"):
        return picture.point(lambda value: value / 256).convert("L")
    return picture


def _remember(image: Image, new: Rendition) -> None:
    """Add a new rendition to the image's prefetched ones, so the same picture twice on a
    page is made once."""
    prefetched = getattr(image, "_prefetched_objects_cache", {}).get("renditions")
    if prefetched is not None and prefetched._result_cache is not None:
        prefetched._result_cache.append(new)


def _make(image, picture, slot, width, image_format, source) -> Rendition:
    spec, target = spec_for(slot, width), size_for(image, slot, width)
    if slot.ratio:
        focus = (image.focal_x / 100, image.focal_y / 100)
        resized = ImageOps.fit(picture, target, Pillow.Resampling.LANCZOS, centering=focus)
    else:
        resized = picture.resize(target, Pillow.Resampling.LANCZOS)
    if image_format == "JPEG" and resized.mode not in ("RGB", "L"):
        resized = resized.convert("RGB")
    elif resized.mode in ("P", "LA"):
        resized = resized.convert("RGBA")
    buffer = io.BytesIO()
    resized.save(buffer, format=image_format, **SAVE_OPTIONS[image_format])
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
