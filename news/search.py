"""What the site search finds of the news: published articles (scheduled ones from their
publish time on), with their summary and body."""

from core.publishing import Status
from core.richtext import html_to_text
from core.search import Document

from .models import Article


def article_rows():
    return Article.objects.filter(status=Status.PUBLISHED)


def article_document(article: Article) -> Document:
    return Document(
        title=article.title,
        body=" ".join(filter(None, [article.summary, html_to_text(article.body)])),
        url=article.get_absolute_url(),
        date=article.publish_at,
        public_from=article.publish_at,
    )
