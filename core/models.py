"""Small abstract models, one concern each, for the apps' models to combine; and core's own
tables: the search index and the redirects from old addresses."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from django.core.exceptions import ValidationError
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


class RedirectQuerySet(models.QuerySet):
    def best_for(self, path: str, query: str = "") -> Redirect | None:
        """The redirect for a request of ``path`` (decoded, as ``request.path``) with the
        raw ``query`` string: the one naming the query too first, then the path alone,
        then the path with or without its final slash. One query."""
        candidates = [f"{path}?{query}"] if query else []
        candidates += [path, path[:-1] if path.endswith("/") else f"{path}/"]
        found = {redirect.old_path: redirect for redirect in self.filter(old_path__in=candidates)}
        return next((found[c] for c in candidates if c in found), None)


class Redirect(Timestamped):
    """An old address that now lives elsewhere. A request for it that would be answered
    with 404 gets a permanent redirect instead (core.redirects): old links, bookmarks and
    search engines find the content where it moved. Imports make them for the articles of
    the site they replace; editors can add and change their own."""

    old_path = models.CharField(
        _("old address"),
        max_length=500,
        unique=True,
        help_text=_(
            "The path on this domain, starting with /, for example /2019/05/annual-meeting/ "
            "or /?p=123."
        ),
    )
    new_path = models.CharField(
        _("new address"),
        max_length=500,
        help_text=_(
            "Where visitors are sent: a path on this site, such as /en/news/annual-meeting/, "
            "or a full address starting with https://."
        ),
    )
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("Where the redirect comes from, for example the import that made it."),
    )

    objects = RedirectQuerySet.as_manager()

    class Meta:
        ordering = ["old_path"]
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")

    def __str__(self) -> str:
        return f"{self.old_path} → {self.new_path}"

    def clean(self) -> None:
        super().clean()
        self.old_path = self.path_of(self.old_path)
        errors = {}
        if not self.old_path.startswith("/") or self.old_path.startswith("//"):
            errors["old_path"] = _("Start the old address with a single /, without the domain.")
        target = urlsplit(self.new_path.strip())
        if not (
            (target.scheme in ("http", "https") and target.netloc)
            or (not target.scheme and not target.netloc and self.new_path.startswith("/"))
        ):
            errors["new_path"] = _(
                "Give a path on this site starting with /, or a full address starting with "
                "http:// or https://."
            )
        elif self.new_path.strip() == self.old_path:
            errors["new_path"] = _("The new address is the old one: visitors would go round.")
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def path_of(address: str) -> str:
        """The old path an address stands for, as a request for it is looked up: its path
        decoded ("/2019/05/%E5%B9%B4%E4%BC%9A/" is "/2019/05/年会/"), with its query string
        as written, without the scheme, host and fragment (the new site takes over the
        domain)."""
        parts = urlsplit((address or "").strip())
        path = unquote(parts.path) or "/"
        return f"{path}?{parts.query}" if parts.query else path
