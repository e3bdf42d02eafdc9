"""The site's icons: the browser tab's (``/favicon.ico``), the phone home screen's
(``/apple-touch-icon.png``) and the web app manifest's, made from the icon pictures in the
site settings, or from the logo when those are empty, or drawn in the brand colour when
there is no logo either.

Each is made once and kept in the cache under the picture's digest and the brand colour, so
a new logo or colour gives new icons on the next request (the pages link them with a version
that changes too) and nothing has to be cleared by hand.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from django.core.cache import cache
from PIL import Image as Pillow
from PIL import ImageDraw, ImageOps

from core.colours import channels
from images.models import Image

from .models import SiteSettings

FAVICON_SIZES = (16, 32, 48)
TOUCH_ICON_SIZE = 180  # what iOS asks for
APP_ICON_SIZES = (192, 512)  # what the manifest offers
CACHE_SECONDS = 60 * 60 * 24


@dataclass(frozen=True)
class IconSource:
    image: Image | None
    colour: str

    @property
    def version(self) -> str:
        """Changes whenever the icons would: a new picture, focal point or colour."""
        digest = self.image.digest if self.image else "drawn"
        return hashlib.sha256(f"{digest}-{self.colour}".encode()).hexdigest()[:10]


def source_for(site_settings: SiteSettings, purpose: str) -> IconSource:
    """The picture for ``purpose`` ("favicon" or "touch"): its own, else the logo."""
    own = site_settings.favicon if purpose == "favicon" else site_settings.touch_icon
    return IconSource(own or site_settings.logo, site_settings.brand_colour)


def _open(source: IconSource) -> Pillow.Image:
    if source.image is None:
        return _drawn(source.colour)
    with source.image.file.open("rb") as file, Pillow.open(file) as picture:
        picture = ImageOps.exif_transpose(picture)
        return picture.convert("RGBA")


def _drawn(colour: str) -> Pillow.Image:
    """No picture at all: a ring in white on the brand colour, no letters in any script."""
    size = 1024
    canvas = Pillow.new("RGBA", (size, size), (*channels(colour), 255))
    draw = ImageDraw.Draw(canvas)
    ring = size * 0.3
    middle = size / 2
    draw.ellipse(
        (middle - ring, middle - ring, middle + ring, middle + ring),
        outline="white",
        width=round(size * 0.09),
    )
    dot = size * 0.08
    draw.ellipse((middle - dot, middle - dot, middle + dot, middle + dot), fill="white")
    return canvas


def _square(picture: Pillow.Image, size: int, *, padding: float, background) -> Pillow.Image:
    """``picture`` fitted, whole, in the middle of a ``size`` square."""
    inner = round(size * (1 - 2 * padding))
    fitted = ImageOps.contain(picture, (inner, inner), Pillow.Resampling.LANCZOS)
    canvas = Pillow.new("RGBA", (size, size), background)
    canvas.alpha_composite(fitted, ((size - fitted.width) // 2, (size - fitted.height) // 2))
    return canvas


def _cached(key: str, make) -> bytes:
    content = cache.get(key)
    if content is None:
        content = make()
        cache.set(key, content, CACHE_SECONDS)
    return content


def favicon(source: IconSource) -> bytes:
    """An .ico holding 16, 32 and 48 pixel squares, transparent around the picture."""

    def make() -> bytes:
        largest = _square(_open(source), max(FAVICON_SIZES), padding=0, background=(0, 0, 0, 0))
        output = io.BytesIO()
        largest.save(output, "ICO", sizes=[(size, size) for size in FAVICON_SIZES])
        return output.getvalue()

    return _cached(f"pages:icon:ico:{source.version}", make)


def png_icon(source: IconSource, size: int) -> bytes:
    """A square PNG on white (home screens fill transparency with black), with room
    around the picture so that rounded masks do not cut into it."""

    def make() -> bytes:
        icon = _square(_open(source), size, padding=0.1, background=(255, 255, 255, 255))
        output = io.BytesIO()
        icon.convert("RGB").save(output, "PNG", optimize=True)
        return output.getvalue()

    return _cached(f"pages:icon:png:{size}:{source.version}", make)
