"""Small abstract models, one concern each, for the apps' models to combine."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Timestamped(models.Model):
    """When a row was made and last saved (every save, through the one write path)."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True
