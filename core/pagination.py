"""Pagination whose last page costs what the first does.

A database reads an OFFSET's rows only to skip them: page 400 of a category reads 4,000
rows to show 10. Pages past the middle are read from the other end instead, in reverse
order with the smaller offset, and turned round, so no page reads more than half the list.
Page numbers, counts and links stay as Django's Paginator makes them.

Given a ``count_key`` (what the list is: a category, a directory's filters), the count is
kept until the content changes or a scheduled item goes live (core.fragments.remember):
counting a category's thousands of articles costs more than reading one page of them.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

from .fragments import remember


class BoundedPaginator(Paginator):
    def __init__(self, *args, count_key: Iterable | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self) -> int:
        def counted() -> int:
            return Paginator.count.func(self)

        if self.count_key is None:
            return counted()
        return remember("list-count", counted, variant=self.count_key)

    def page(self, number) -> Page:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        rows = self.object_list
        if isinstance(rows, QuerySet) and rows.ordered and bottom > self.count - top:
            from_end = list(rows.reverse()[self.count - top : self.count - bottom])
            from_end.reverse()
            return self._get_page(from_end, number, self)
        return super().page(number)
