"""Pictures of imported articles: fetched from the old site (or from a local copy of its
uploads folder), checked with the same rules as an upload (core.images), and put into the
media library, where a picture already there (the same pixels) is used again.

WordPress shows smaller copies of a picture in its texts ("booth-300x200.jpg" for
"booth.jpg"); the original is fetched first, the copy when there is no original.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from core.images import clean_image

from .fetch import FetchError, fetch

UPLOADS = "/wp-content/uploads/"
RESIZED = re.compile(r"-\d+x\d+(?=\.\w+$)")


@dataclass(frozen=True)
class Fetched:
    """A picture as downloaded and found usable, or why not (``error``)."""

    address: str = ""  # where it came from (the original of a resized copy, say)
    content: bytes = b""
    name: str = ""  # its file name
    digest: str = ""  # of the picture as the library stores it (images.Image.digest)
    error: str = ""


class PictureFetcher:
    """Fetches each address once per import, from ``media_dir`` when the file is there."""

    def __init__(self, *, media_dir: Path | None = None):
        self.media_dir = media_dir.resolve() if media_dir else None
        self.fetched: dict[str, Fetched] = {}

    def get(self, url: str, *, path: str = "") -> Fetched:
        if url not in self.fetched:
            self.fetched[url] = self._first_usable(url, path)
        return self.fetched[url]

    def _first_usable(self, url: str, path: str) -> Fetched:
        original = RESIZED.sub("", url)
        tried = [(original, ""), (url, path)] if original != url else [(url, path)]
        result = Fetched(error=_("not found"))
        for address, hint in tried:
            result = self._one(address, hint)
            if not result.error:
                return result
        return result

    def _one(self, url: str, hint: str) -> Fetched:
        try:
            content = self._local(url, hint)
            if content is None:
                content = fetch(url, max_bytes=settings.IMAGE_MAX_UPLOAD_BYTES)
        except (FetchError, OSError) as error:
            return Fetched(error=str(error))
        name = unquote(PurePosixPath(urlsplit(url).path).name) or "image"
        try:
            cleaned = clean_image(ContentFile(content, name=name))
        except ValidationError as error:
            return Fetched(error=" ".join(error.messages))
        digest = hashlib.sha256(cleaned.content).hexdigest()
        return Fetched(address=url, content=content, name=name, digest=digest)

    def _local(self, url: str, hint: str) -> bytes | None:
        """The file from the local copy of the uploads folder, or None when there is none
        (then it is downloaded)."""
        if self.media_dir is None:
            return None
        path = unquote(urlsplit(url).path)
        relative = hint or (path.split(UPLOADS, 1)[1] if UPLOADS in path else "")
        if not relative:
            return None
        candidate = (self.media_dir / relative.lstrip("/")).resolve()
        if not candidate.is_relative_to(self.media_dir) or not candidate.is_file():
            return None
        if candidate.stat().st_size > settings.IMAGE_MAX_UPLOAD_BYTES:
            raise FetchError(_("%(path)s is too large") % {"path": candidate})
        return candidate.read_bytes()
