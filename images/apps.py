from django.apps import AppConfig
from django.db import transaction
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


class ImagesConfig(AppConfig):
    name = "images"
    verbose_name = _("Media library")

    def ready(self) -> None:
        from core.changes import content_changed

        from .models import Image, Rendition
        from .references import follow_rich_text

        content_changed.connect(follow_rich_text, dispatch_uid="images-follow-rich-text")
        for model in (Image, Rendition):
            post_delete.connect(
                _forget_file, sender=model, dispatch_uid=f"images-forget-{model.__name__}"
            )


def _forget_file(sender, instance, using=None, **kwargs) -> None:
    """A deleted image's (or rendition's) file goes too, once the delete has committed."""
    storage, name = instance.file.storage, instance.file.name
    if name:
        transaction.on_commit(lambda: storage.delete(name), using=using)
