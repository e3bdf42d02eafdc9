"""Where each image is used in rich text, kept in step with every change (content_changed).

Pictures in rich text point at the image's own file (``<img src="/media/images/…/x.png">``,
as the editor's upload returns it), so the text needs no ids of ours: the file name finds
the Image, for renditions when the text is shown (templatetags/pictures.py) and for the
references kept here.
"""

from __future__ import annotations

import re
from functools import cache
from html import unescape

from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.db import models

from core.richtext import RichTextField

from .models import Image, ImageReference, Rendition

IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc=(["'])(?P<src>[^"']+)\1""", re.IGNORECASE)


def stored_name(src: str) -> str | None:
    """The storage name behind an image address of ours ("" for another site's image)."""
    prefix = default_storage.url("")
    src = unescape(src)
    return src.removeprefix(prefix) if src.startswith(prefix) and src != prefix else None


def image_names(html: str) -> set[str]:
    return {name for match in IMG_SRC.finditer(html or "") if (name := stored_name(match["src"]))}


@cache
def rich_text_columns(model: type[models.Model]) -> tuple[str, ...]:
    """The model's rich text columns (each language's copy of a translated one)."""
    return tuple(
        field.attname
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField) and not field.is_translated_original()
    )


def follow_rich_text(sender, pk, action, **kwargs) -> None:
    """``content_changed`` receiver: bring the row's references in line with its text."""
    columns = rich_text_columns(sender)
    if not columns:
        return
    content_type = ContentType.objects.get_for_model(sender)
    references = ImageReference.objects.filter(content_type=content_type, object_id=str(pk))
    row = (
        None
        if action == "deleted"
        else sender._default_manager.filter(pk=pk).values(*columns).first()
    )
    names = set().union(*(image_names(html) for html in row.values())) if row else set()
    wanted = set(Image.objects.filter(file__in=names).values_list("pk", flat=True))
    present = set(references.values_list("image_id", flat=True))
    references.filter(image_id__in=present - wanted).delete()
    ImageReference.objects.bulk_create(
        [
            ImageReference(image_id=image_id, content_type=content_type, object_id=str(pk))
            for image_id in wanted - present
        ]
    )


def uses(image: Image) -> list[models.Model]:
    """Everything that shows ``image``: rows pointing at it, and rich text holding it."""
    items: list[models.Model] = []
    for relation in Image._meta.related_objects:
        if relation.related_model in (ImageReference, Rendition) or not relation.one_to_many:
            continue
        items += list(getattr(image, relation.get_accessor_name()).all())
    items += [reference.item for reference in image.references.all() if reference.item]
    return items
