"""Writes with side effects beyond a single model's save."""

from __future__ import annotations

import uuid

from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone

from .images import ALLOWED_FORMATS, validate_image


def store_richtext_image(upload: UploadedFile) -> str:
    """Validate an image pasted into the editor, store it, and return its public URL.

    The stored name is new and random (``uploads/2026/11/3f2a….png``): the visitor-supplied
    name is never used as a path, and the extension follows
    the image's real format.
    """
    extension = ALLOWED_FORMATS[validate_image(upload)]
    name = f"uploads/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{extension}"
    return default_storage.url(default_storage.save(name, upload))
