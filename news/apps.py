from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")

    def ready(self) -> None:
        from core import revisions, search

        from . import search as indexed
        from .models import Article

        revisions.register(Article)
        search.register(Article, rows=indexed.article_rows, document=indexed.article_document)
