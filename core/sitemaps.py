"""What every section of the sitemap shares (the apps' sitemaps.py build on it; pages/seo.py
serves them)."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class BilingualSitemap(Sitemap):
    i18n = True  # one <url> per language, each naming the others (pages/seo.py says why)
    alternates = True
    x_default = True
    limit = 5000  # <url> entries per sitemap page, each language counting once


class NamedPagesSitemap(BilingualSitemap):
    """Pages with no row of their own (a list, a form), by URL name."""

    names: tuple[str, ...] = ()

    def items(self) -> list[str]:
        return list(self.names)

    def location(self, name: str) -> str:
        return reverse(name)
