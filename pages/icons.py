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
import logging
from dataclasses import dataclass

from django.core.cache import cache
from PIL import Image as Pillow
from PIL import ImageDraw, ImageOps, ImageStat

from core.colours import channels, usable_colour
from images.models import Image
from images.renditions import eight_bits

from .models import SiteSettings

FAVICON_SIZES = (16, 32, 48)
TOUCH_ICON_SIZE = 180  # what iOS asks for
APP_ICON_SIZES = (192, 512)  # what the manifest offers
CACHE_SECONDS = 60 * 60 * 24
# A logo this light (mean brightness of its visible pixels, 0 to 255) would vanish on the
# white of a home-screen icon: it stands on the brand colour instead.
LIGHT_LOGO = 215

logger = logging.getLogger(__name__)


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
    return IconSource(own or site_settings.logo, usable_colour(site_settings.brand_colour))


def _open(source: IconSource) -> Pillow.Image:
    """The source picture as RGBA; the drawn icon when there is none or it cannot be read
    (a restore without the media folder, say), so that browsers still get an icon."""
    if source.image is None:
        return _drawn(source.colour)
    try:
        with source.image.file.open("rb") as file, Pillow.open(file) as picture:
            return eight_bits(ImageOps.exif_transpose(picture)).convert("RGBA")
    except (OSError, ValueError, Pillow.DecompressionBombError):
        logger.warning(
            "Cannot make icons from image %s (%s)",
            source.image.pk,
            source.image.file.name,
            exc_info=True,
        )
        return _drawn(source.colour)


def _is_light(picture: Pillow.Image) -> bool:
    """Whether the visible part of ``picture`` is mostly white or pale."""
    alpha = picture.getchannel("A")
    if not alpha.getbbox():
        return False
    visible = alpha.point(lambda value: 255 if value > 32 else 0)
    return ImageStat.Stat(picture.convert("L"), mask=visible).mean[0] > LIGHT_LOGO


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
    """An .ico holding 16, 32 and 48 pixel squares, transparent around the picture (on the
    brand colour when the picture is white, which would vanish on a light tab bar)."""

    def make() -> bytes:
        picture = _open(source)
        background = (*channels(source.colour), 255) if _is_light(picture) else (0, 0, 0, 0)
        largest = _square(picture, max(FAVICON_SIZES), padding=0, background=background)
        output = io.BytesIO()
        largest.save(output, "ICO", sizes=[(size, size) for size in FAVICON_SIZES])
        return output.getvalue()

    return _cached(f"pages:icon:ico:{source.version}", make)


def png_icon(source: IconSource, size: int) -> bytes:
    """A square PNG on white (home screens fill transparency with black), or on the brand
    colour for a white logo, with room around the picture so that rounded masks do not cut
    into it."""

    def make() -> bytes:
        picture = _open(source)
        background = (*channels(source.colour), 255) if _is_light(picture) else (255,) * 4
        icon = _square(picture, size, padding=0.1, background=background)
        output = io.BytesIO()
        icon.convert("RGB").save(output, "PNG", optimize=True)
        return output.getvalue()

    return _cached(f"pages:icon:png:{size}:{source.version}", make)
