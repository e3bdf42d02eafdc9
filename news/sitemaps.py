"""The news in the sitemap (pages/seo.py serves it): every category, every public article,
in each language with the others as alternates."""

from __future__ import annotations

import datetime

from django.db.models import OuterRef, QuerySet, Subquery
from django.db.models.functions import Greatest

from core.sitemaps import BilingualSitemap

from .models import Article, Category


class CategorySitemap(BilingualSitemap):
    def items(self) -> QuerySet[Category]:
        # Every category has a page (an empty one too); it changes when one of its public
        # articles does, which a subquery per category finds on the (status, category,
        # publish_at) index.
        changed = (
            Article.objects.published()
            .filter(category=OuterRef("pk"))
            .annotate(changed=Greatest("publish_at", "updated_at"))
            .order_by("-changed")
            .values("changed")[:1]
        )
        return Category.objects.only("slug").annotate(changed_at=Subquery(changed))

    def lastmod(self, category: Category) -> datetime.datetime | None:
        return category.changed_at

    def get_latest_lastmod(self) -> datetime.datetime | None:
        """For the sitemap index: the newest change of any category (Django's default
        gives up when one category has no articles)."""
        return max(filter(None, (self.lastmod(item) for item in self.items())), default=None)


class ArticleSitemap(BilingualSitemap):
    def items(self) -> QuerySet[Article]:
        # What the article pages show visitors (ArticleDetailView): published, time come.
        return Article.objects.published().only("slug", "publish_at", "updated_at")

    def lastmod(self, article: Article) -> datetime.datetime:
        # A scheduled article appears at its publish time, after its last save.
        return max(article.updated_at, article.publish_at)
