"""The members' part of the sitemap (pages/seo.py serves it): the directory, the join page
and every active member company's profile, in each language with the others as
alternates."""

from __future__ import annotations

import datetime

from django.db.models import QuerySet

from core.sitemaps import BilingualSitemap, NamedPagesSitemap

from .models import MemberCompany


class MembershipSitemap(NamedPagesSitemap):
    """The members section's own pages (no lastmod: they change with every member)."""

    names = ("members:list", "members:apply")


class MemberCompanySitemap(BilingualSitemap):
    def items(self) -> QuerySet[MemberCompany]:
        # What the profiles show visitors (MemberDetailView): active members only.
        return MemberCompany.objects.active().only("slug", "updated_at")

    def lastmod(self, member: MemberCompany) -> datetime.datetime:
        return member.updated_at
