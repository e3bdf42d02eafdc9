"""Pagination whose last page costs what the first does.

A database reads an OFFSET's rows only to skip them: page 400 of a category reads 4,000
rows to show 10. Pages past the middle are read from the other end instead, in reverse
order with the smaller offset, and turned round, so no page reads more than half the list.
Page numbers, counts and links stay as Django's Paginator makes them.
"""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet


class BoundedPaginator(Paginator):
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
