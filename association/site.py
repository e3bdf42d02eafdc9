"""What every public page shows around its content: header menu, footer, contact details.

It is read once, kept in the cache, and dropped from the cache whenever one of the rows it
is built from changes (see ``apps.py``), so an edit in the admin shows on the next request.
With several server processes the cache must be shared (``REDIS_URL``) for that to hold.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q

from news.models import Category

from .models import ContactPhone, Page, SiteSettings
from .translated import translated_columns

CACHE_KEY = "association:site-chrome:v1"
CACHE_SECONDS = 60 * 60


@dataclass(frozen=True)
class SiteChrome:
    settings: SiteSettings
    phones: list[ContactPhone]
    categories: list[Category]
    header_pages: list[Page]
    footer_pages: list[Page]


def build_site_chrome() -> SiteChrome:
    site_settings = SiteSettings.load()
    pages = list(
        Page.objects.published()
        .filter(Q(show_in_header=True) | Q(show_in_footer=True))
        .defer(*translated_columns("body"))  # the menus need titles, not page bodies
    )
    return SiteChrome(
        settings=site_settings,
        phones=list(site_settings.phones.all()),
        categories=list(Category.objects.all()),
        header_pages=[p for p in pages if p.show_in_header],
        footer_pages=[p for p in pages if p.show_in_footer],
    )


def get_site_chrome() -> SiteChrome:
    chrome = cache.get(CACHE_KEY)
    if chrome is None:
        chrome = build_site_chrome()
        cache.set(CACHE_KEY, chrome, CACHE_SECONDS)
    return chrome


def invalidate_site_chrome(**_kwargs) -> None:
    """Signal receiver: forget the cached chrome so the next request rebuilds it.

    Once now, and again when the transaction commits: a request served between the save
    and the commit still reads the old rows and may cache them; the second delete drops
    that stale copy.
    """
    cache.delete(CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))
