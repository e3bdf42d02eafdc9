"""Small abstract models, one concern each, for the apps' models to combine."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Timestamped(models.Model):
    """When a row was made and last saved (every save, through the one write path)."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class SearchEntry(models.Model):
    """One public item (an article, a page, a member company) in one language, as the site
    search finds it (core.search). Rebuilt from the content at any time; never edited.

    Beside this table, the search index proper lives in SQL the migrations write for each
    engine: an FTS5 table on SQLite kept in step by triggers, a generated ``tsvector``
    column with a GIN index on PostgreSQL.
    """

    source = models.CharField(max_length=100)  # the model's label, "news.article"
    object_id = models.CharField(max_length=64)
    language = models.CharField(max_length=15)
    title = models.TextField()
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    date = models.DateTimeField()
    public_from = models.DateTimeField(null=True, blank=True)
    title_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "object_id", "language"], name="core_searchentry_unique"
            )
        ]
        # Results are read newest first within a language, and counted, from this index
        # alone: the rows, with their long texts, are read only for the page shown.
        indexes = [
            models.Index(
                fields=["language", "-date", "-id", "public_from"], name="core_searchentry_newest"
            )
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.object_id} ({self.language})"
