"""The site's own part of the sitemap (pages/seo.py serves it): the home page, the news
index, the human site map and every published editable page, in each language with the
others as alternates."""

from __future__ import annotations

import datetime

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse

from .models import Page


class SiteSitemap(Sitemap):
    """Fixed addresses (no lastmod: they change with whatever they list)."""

    i18n = True  # one <url> per language, each naming the others (pages/seo.py says why)
    alternates = True
    x_default = True

    def items(self) -> list[str]:
        return ["pages:home", "news:index", "pages:sitemap"]

    def location(self, name: str) -> str:
        return reverse(name)


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = 5000  # <url> entries per sitemap page, each language counting once

    def items(self) -> QuerySet[Page]:
        # What PageDetailView shows visitors: published, time come.
        return Page.objects.published().only("slug", "publish_at", "updated_at")

    def lastmod(self, page: Page) -> datetime.datetime:
        # A scheduled page appears at its publish time, after its last save.
        return max(page.updated_at, page.publish_at)
