"""What the site search finds of the editable pages: published ones, by title and text."""

from core.publishing import Status
from core.richtext import html_to_text
from core.search import Document

from .models import Page


def page_rows():
    return Page.objects.filter(status=Status.PUBLISHED)


def page_document(page: Page) -> Document:
    return Document(
        title=page.title,
        body=html_to_text(page.body),
        url=page.get_absolute_url(),
        date=page.updated_at,
        public_from=page.publish_at,
    )
