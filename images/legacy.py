"""Pictures stored before the media library (member logos, featured images), brought into it
by the data migrations that created it (members 0003, news 0003). Kept for them."""

from __future__ import annotations

import hashlib
import logging
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from core.images import clean_image

logger = logging.getLogger(__name__)


def library_file(storage, name: str) -> dict | None:
    """Check and re-encode the stored file ``name`` as an upload would be (metadata gone,
    turned upright, named by its real format) and store the result beside it; return the
    Image fields for it, or None when the file is missing or not a picture we can use
    (logged: the item is left without a picture)."""
    if not name or not storage.exists(name):
        return None
    with storage.open(name, "rb") as file:
        original = ContentFile(file.read(), name=name)
    try:
        cleaned = clean_image(original)
    except ValidationError as error:
        logger.warning("Not moved into the media library: %s (%s)", name, " ".join(error.messages))
        return None
    path = PurePosixPath(name)
    target = str(path.parent / cleaned.named(path.name).name)
    storage.delete(name)  # its content is in memory; the clean copy takes its place
    new_name = storage.save(target, ContentFile(cleaned.content))
    return {
        "file": new_name,
        "width": cleaned.width,
        "height": cleaned.height,
        "file_size": len(cleaned.content),
        "digest": hashlib.sha256(cleaned.content).hexdigest(),
    }
