"""The media library: every picture on the site is an Image, whatever shows it (a featured
image, a member's logo, the site logo, a picture in rich text), so that renditions, backups
and "where is this used" work the same for all of them."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.changes import PublicContent, PublicContentQuerySet
from core.images import clean_image, validate_image
from core.models import Timestamped
from core.translated import TranslatedMixin


class ImageQuerySet(PublicContentQuerySet):
    def with_renditions(self) -> ImageQuerySet:
        return self.prefetch_related("renditions")


class Image(TranslatedMixin, Timestamped, PublicContent):
    file = models.ImageField(
        _("file"),
        upload_to="images/%Y/%m/",
        validators=[validate_image],
        help_text=_(
            "JPEG, PNG, GIF or WebP. It is stored again without its metadata (such as where a "
            "photo was taken), in the sizes each page needs."
        ),
    )
    title = models.CharField(
        _("title"),
        max_length=255,
        blank=True,
        help_text=_("To find it in the library; visitors do not see it. The file name if empty."),
    )
    alt = models.CharField(
        _("description (alt text)"),
        max_length=300,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. Leave empty for a purely "
            "decorative image."
        ),
    )
    caption = models.CharField(
        _("caption"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the picture where a page has room for it, such as an article."),
    )
    credit = models.CharField(_("credit"), max_length=200, blank=True)
    focal_x = models.PositiveSmallIntegerField(
        _("focal point, across (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("Where the subject is, from the left edge: crops keep it in the picture."),
    )
    focal_y = models.PositiveSmallIntegerField(
        _("focal point, down (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_("Where the subject is, from the top edge."),
    )
    width = models.PositiveIntegerField(_("width"), default=0, editable=False)
    height = models.PositiveIntegerField(_("height"), default=0, editable=False)
    file_size = models.PositiveIntegerField(_("file size"), default=0, editable=False)
    digest = models.CharField(max_length=64, editable=False, db_index=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("uploaded by"),
    )

    objects = ImageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self) -> str:
        return self.title or self.file.name.rsplit("/", 1)[-1]

    def save(self, *args, **kwargs) -> None:
        """A new file is checked and stored re-encoded (core.images), named by its real
        format; a changed file or focal point makes the old renditions go."""
        if self.file and not self.file._committed:
            cleaned = clean_image(self.file)
            upload = cleaned.named(self.file.name)
            self.title = self.title or upload.name.rsplit(".", 1)[0].replace("-", " ")
            self.file.save(upload.name, upload, save=False)
            self.width, self.height = cleaned.width, cleaned.height
            self.file_size = len(cleaned.content)
            self.digest = hashlib.sha256(cleaned.content).hexdigest()
        if self.pk:
            self.renditions.exclude(source=self.rendition_source).delete()
        super().save(*args, **kwargs)

    @property
    def rendition_source(self) -> str:
        """What a rendition was made from: the file and where its subject is."""
        return f"{self.digest[:16]}-{self.focal_x}-{self.focal_y}"

    @property
    def is_animated(self) -> bool:
        return self.file.name.lower().endswith(".gif")


class Rendition(models.Model):
    """One size of an image in one format, made when a page first needs it."""

    image = models.ForeignKey(Image, on_delete=models.CASCADE, related_name="renditions")
    spec = models.CharField(max_length=40)  # e.g. "w640" or "w640-16x9"
    format = models.CharField(max_length=8)  # Pillow's name: WEBP, JPEG, PNG
    source = models.CharField(max_length=40)  # Image.rendition_source when it was made
    file = models.ImageField(upload_to="images/renditions/%Y/%m/")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["image", "spec", "format", "source"], name="one_rendition_per_spec"
            )
        ]

    def __str__(self) -> str:
        return f"{self.image} {self.spec} {self.format}"


class ImageReference(models.Model):
    """A picture in some rich text (an article's body, say): kept up to date from the text
    after each change, so that the library knows where each image is used and refuses to
    delete one that is (PROTECT)."""

    image = models.ForeignKey(Image, on_delete=models.PROTECT, related_name="references")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=40)
    item = GenericForeignKey("content_type", "object_id")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["image", "content_type", "object_id"], name="one_reference_per_item"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name = _("use in rich text")
        verbose_name_plural = _("uses in rich text")

    def __str__(self) -> str:
        return f"{self.content_type.name}: {self.item}"


FROM_THE_LIBRARY = _("From the media library.")


def library_image(verbose_name, *, related_name: str, help_text=FROM_THE_LIBRARY):
    """A picture chosen from the media library, optional; the image cannot be deleted while
    something shows it (PROTECT)."""
    return models.ForeignKey(
        Image,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name=related_name,
        verbose_name=verbose_name,
        help_text=help_text,
    )
