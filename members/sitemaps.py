"""The members' part of the sitemap (pages/seo.py serves it): the directory, the join page
and every active member company's profile, in each language with the others as
alternates."""

from __future__ import annotations

import datetime

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse

from .models import MemberCompany


class MembershipSitemap(Sitemap):
    """The members section's own pages (no lastmod: they change with every member)."""

    i18n = True  # one <url> per language, each naming the others (pages/seo.py says why)
    alternates = True
    x_default = True

    def items(self) -> list[str]:
        return ["members:list", "members:apply"]

    def location(self, name: str) -> str:
        return reverse(name)


class MemberCompanySitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = 5000  # <url> entries per sitemap page, each language counting once

    def items(self) -> QuerySet[MemberCompany]:
        # What the profiles show visitors (MemberDetailView): active members only.
        return MemberCompany.objects.active().only("slug", "updated_at")

    def lastmod(self, member: MemberCompany) -> datetime.datetime:
        return member.updated_at
