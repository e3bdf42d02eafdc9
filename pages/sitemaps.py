"""The site's own part of the sitemap (pages/seo.py serves it): the home page, the news
index, the human site map and every published editable page, in each language with the
others as alternates."""

from __future__ import annotations

import datetime

from django.db.models import QuerySet

from core.sitemaps import BilingualSitemap, NamedPagesSitemap

from .models import Page


class SiteSitemap(NamedPagesSitemap):
    """Fixed addresses (no lastmod: they change with whatever they list)."""

    names = ("pages:home", "news:index", "pages:sitemap")


class PageSitemap(BilingualSitemap):
    def items(self) -> QuerySet[Page]:
        # What PageDetailView shows visitors: published, time come.
        return Page.objects.published().only("slug", "publish_at", "updated_at")

    def lastmod(self, page: Page) -> datetime.datetime:
        # A scheduled page appears at its publish time, after its last save.
        return max(page.updated_at, page.publish_at)
