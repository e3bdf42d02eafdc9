"""The news as RSS 2.0 and Atom feeds, all of it or one category's, in the language of the
address: /en/news/feed/, /zh-hans/news/category/<slug>/feed/atom/. Modeltranslation gives
each text in that language (or its fallback), as on the pages.

The site's name, which starts each feed's title, belongs to the site app (pages), and news
may not import it: the layers run pages -> news. Every template already receives it, as
``site.settings.site_name``, from the context processor that the settings name; the feed
reads it the same way, by rendering a one-line template with the request. So news names
nothing above it, the name costs what it costs on any page (one cache read), and a project
without that context processor still gets feeds, titled without the site's name.

A feed is made afresh for each request (``as_view``), so that its methods may read the
request: Django's feeds are otherwise one instance shared by every request and thread.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template import Engine, RequestContext
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from core.images import ALLOWED_FORMATS, CONTENT_TYPES
from core.languages import translated_columns

from .models import Article, Category

FEED_LENGTH = 20
# The library stores each picture under its real format's extension (core.images).
IMAGE_TYPES = {extension: CONTENT_TYPES[name] for name, extension in ALLOWED_FORMATS.items()}
# Not escaped here: the feed generator escapes every text it writes.
SITE_NAME = "{% autoescape off %}{{ site.settings.site_name }}{% endautoescape %}"


class NewsFeed(Feed):
    """RSS 2.0: the newest public articles, of every category or of the one in the address."""

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    @classmethod
    def as_view(cls) -> Callable[..., HttpResponse]:
        def view(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            return cls(request)(request, *args, **kwargs)

        return view

    def get_object(self, request: HttpRequest, slug: str | None = None) -> Category | None:
        return get_object_or_404(Category, slug=slug) if slug else None

    @cached_property
    def site_name(self) -> str:
        return (
            Engine.get_default().from_string(SITE_NAME).render(RequestContext(self.request)).strip()
        )

    def title(self, category: Category | None) -> str:
        # Read as page titles are: what, then whose.
        name = category.name if category else str(_("News"))
        return f"{name} | {self.site_name}" if self.site_name else name

    def link(self, category: Category | None) -> str:
        return category.get_absolute_url() if category else reverse("news:index")

    def description(self, category: Category | None) -> str:
        if category and category.description:
            return category.description
        if category:
            return _("The newest articles in %(category)s.") % {"category": category.name}
        return _("The newest articles of every category.")

    def items(self, category: Category | None) -> QuerySet[Article]:
        articles = Article.objects.published()
        if category:
            articles = articles.in_category(category)
        # Not for_listing(): a feed shows no thumbnails, so it needs no renditions, but it
        # names each article's author.
        return articles.select_related("category", "image", "author").defer(
            *translated_columns("body")
        )[:FEED_LENGTH]

    def item_title(self, article: Article) -> str:
        # Plain text, escaped once by the generator: readers take titles as text (Atom says
        # so); Django's default escapes them twice, and Atom readers then show "&amp;".
        return article.title

    def item_description(self, article: Article) -> str:
        # Readers take a description as HTML (Atom says type="html"): the plain-text
        # summary is escaped here, and once more by the generator, so that "<5 nm" shows.
        return escape(article.description)

    def item_pubdate(self, article: Article):
        return article.publish_at

    def item_updateddate(self, article: Article):
        # For its readers, an article scheduled after its last edit changed when it came
        # out: its <updated> does not come before its <published>.
        return max(article.updated_at, article.publish_at)

    def item_author_name(self, article: Article) -> str | None:
        # The full name only: a username is half of a login, and not for publishing.
        return (article.author.get_full_name() or None) if article.author else None

    def item_categories(self, article: Article) -> list[str]:
        return [article.category.name]

    def item_guid_is_permalink(self, article: Article) -> bool:
        return True  # the guid is the article's address (Django's default), which stays

    def item_enclosures(self, article: Article) -> list[Enclosure]:
        """The featured picture, as stored in the library: its size is known without
        opening the file. Left out when the size or the type is not known."""
        image = article.image
        if image is None or not image.file_size:
            return []
        mime_type = IMAGE_TYPES.get(image.file.name.rsplit(".", 1)[-1].lower())
        if mime_type is None:
            return []
        url = self.request.build_absolute_uri(image.file.url)
        return [Enclosure(url, str(image.file_size), mime_type)]


class NewsAtomFeed(NewsFeed):
    """The same as Atom 1.0, which calls the description a subtitle."""

    feed_type = Atom1Feed

    def subtitle(self, category: Category | None) -> str:
        return self.description(category)
