from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.changes import PublicContent
from core.languages import translated_columns
from core.models import Timestamped
from core.publishing import Publishable, PublishableQuerySet
from core.richtext import RichTextField
from core.slugs import NotReservedSlug, SlugMixin
from core.translated import TranslatedMixin
from images.models import library_image

# Addresses under /news/ that are not articles (an article slugged "feed" would be hidden).
RESERVED_ARTICLE_SLUGS = frozenset({"feed", "category"})


class Category(TranslatedMixin, SlugMixin, PublicContent):
    required_translations = ("name",)
    translation_check_fields = ("name",)
    slug_from = "name"
    slug_fallback = "category"

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Part of the address; made from the name when empty."),
    )
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first in menus.")
    )

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("news:category", kwargs={"slug": self.slug})


class ArticleQuerySet(PublishableQuerySet):
    def in_category(self, category: Category) -> ArticleQuerySet:
        return self.filter(category=category)

    def mentioning(self, company) -> ArticleQuerySet:
        """Articles that name the member company ``company``."""
        return self.filter(companies=company)

    def for_listing(self) -> ArticleQuerySet:
        """What cards show: category and picture (with its renditions), not the body."""
        return (
            self.select_related("category", "image")
            .prefetch_related("image__renditions")
            .defer(*translated_columns("body"))
        )

    def for_links(self) -> ArticleQuerySet:
        """What a link to an article needs (its title in each language and its address):
        no picture, no text."""
        return self.only("slug", "publish_at", "category_id", *translated_columns("title"))

    def latest_in_each_category(self, count: int, categories) -> ArticleQuerySet:
        """The ``count`` newest articles of each of ``categories``, in one query: a small
        subquery per category, each walking the (status, category, publish_at) index, so
        the cost follows the number of categories and not of articles."""
        newest = self.order_by("-publish_at", "-pk").values("pk")
        wanted = Q()
        for category in categories:
            wanted |= Q(pk__in=newest.filter(category=category)[:count])
        return self.filter(wanted) if wanted else self.none()


class Article(TranslatedMixin, SlugMixin, Timestamped, Publishable):
    required_translations = ("title",)
    translation_check_fields = ("title", "summary", "body")
    slug_from = "title"
    slug_fallback = "article"
    reserved_slugs = RESERVED_ARTICLE_SLUGS

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        blank=True,
        validators=[NotReservedSlug(RESERVED_ARTICLE_SLUGS)],
        help_text=_(
            "The article's address, which stays the same when the title changes. "
            "Made from the title when empty (Chinese titles become pinyin)."
        ),
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="articles", verbose_name=_("category")
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("Shown in lists; one or two sentences.")
    )
    body = RichTextField(_("body"), blank=True)
    image = library_image(
        _("featured image"),
        related_name="articles",
        help_text=_("From the media library; its description there is the alt text."),
    )
    dateline_place = models.CharField(
        _("dateline place"),
        max_length=100,
        blank=True,
        help_text=_(
            "Where the story comes from, for example Beijing. "
            "Shown with the date before the first paragraph."
        ),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("author"),
    )
    companies = models.ManyToManyField(
        "members.MemberCompany",
        blank=True,
        related_name="articles",
        verbose_name=_("member companies"),
        help_text=_("Member companies this article is about; they are shown on the article."),
    )
    seo_description = models.CharField(
        _("search engine description"),
        max_length=300,
        blank=True,
        help_text=_("For search results and link previews; the summary is used if empty."),
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "category", "-publish_at"]),
            # The admin's list, newest first, page after page.
            models.Index(fields=["-publish_at", "-id"], name="news_article_newest"),
            # The public lists (home page, news index): published ones, newest first, read
            # in index order instead of sorting every published article.
            models.Index(fields=["status", "-publish_at", "-id"], name="news_article_public"),
        ]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("news:article", kwargs={"slug": self.slug})

    @property
    def description(self) -> str:
        return self.seo_description or self.summary

    def _neighbours(self, *, newer: bool) -> ArticleQuerySet:
        # The plain bound on publish_at repeats what the OR says, so that the database can
        # walk the (status, category, publish_at) index from this article instead of
        # filtering the whole category.
        siblings = Article.objects.published().in_category(self.category_id).for_links()
        if newer:
            after = Q(publish_at__gt=self.publish_at) | Q(
                publish_at=self.publish_at, pk__gt=self.pk
            )
            return siblings.filter(after, publish_at__gte=self.publish_at).order_by(
                "publish_at", "pk"
            )
        before = Q(publish_at__lt=self.publish_at) | Q(publish_at=self.publish_at, pk__lt=self.pk)
        return siblings.filter(before, publish_at__lte=self.publish_at).order_by(
            "-publish_at", "-pk"
        )

    def get_neighbours(self) -> tuple[Article | None, Article | None]:
        """The next newer and the next older public article of the category, in one query."""
        nearest = Q(pk__in=self._neighbours(newer=True).values("pk")[:1]) | Q(
            pk__in=self._neighbours(newer=False).values("pk")[:1]
        )
        both = Article.objects.for_links().filter(nearest)
        newer = older = None
        for article in both:
            if (article.publish_at, article.pk) > (self.publish_at, self.pk):
                newer = article
            else:
                older = article
        return newer, older

    def get_newer_in_category(self) -> Article | None:
        return self._neighbours(newer=True).first()

    def get_older_in_category(self) -> Article | None:
        return self._neighbours(newer=False).first()

    def get_related(self, *, limit: int = 3, exclude: tuple[int, ...] = ()) -> list[int]:
        """The ids of other public articles of the same category, newest first (their
        cards come from news.views.article_cards)."""
        return list(
            Article.objects.published()
            .in_category(self.category_id)
            .exclude(pk__in=(self.pk, *exclude))
            .values_list("pk", flat=True)[:limit]
        )


class ImportedArticle(models.Model):
    """Where an article came from: one row per item of an imported site or feed (the two
    languages of a bilingual post are two items of one article), so that importing the
    same source again updates its articles instead of adding them twice (news.importers).

    ``fingerprint`` sums up the item as last imported: an item that is the same again is
    left alone, with any edits made here since. An article deleted here keeps its rows
    (``article`` empty), so that it does not come back with the next import.
    """

    source = models.CharField(_("source"), max_length=255)  # the old site's or feed's address
    source_id = models.CharField(_("item in the source"), max_length=255)
    article = models.ForeignKey(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imported_from",
        verbose_name=_("article"),
    )
    language = models.CharField(_("language"), max_length=15)
    link = models.CharField(_("old address"), max_length=500, blank=True)
    fingerprint = models.CharField(max_length=64, blank=True)
    imported_at = models.DateTimeField(_("imported"), auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "source_id"], name="news_imported_once")
        ]
        verbose_name = _("imported item")
        verbose_name_plural = _("imported items")

    def __str__(self) -> str:
        return f"{self.source} {self.source_id}"
