from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.views.generic import DetailView, ListView

from core.fragments import remember, render_each, render_once
from core.pagination import BoundedPaginator
from core.publishing import can_preview
from members.views import member_cards

from .models import Article, Category

PAGE_SIZE = 10


def article_cards(ids, **variant) -> list[SafeString]:
    """The cards of the articles ``ids``, in order, each rendered once and kept (see
    core.fragments); ``variant`` is what the card template takes (level, show_category,
    compact)."""
    return render_each(
        "includes/_article_card.html",
        ids,
        load=lambda missing: Article.objects.for_listing().in_bulk(missing),
        as_name="article",
        context=variant,
    )


class ArticleListView(ListView):
    """All categories' public articles, newest first: the page's ids from the database,
    their cards from the cache (only those missing are loaded and rendered)."""

    paginate_by = PAGE_SIZE
    paginator_class = BoundedPaginator
    template_name = "news/article_list.html"
    card = {"level": 2, "show_category": True}

    def get_queryset(self) -> QuerySet[int]:
        return Article.objects.published().values_list("pk", flat=True)

    def get_paginator(self, *args, **kwargs):
        return super().get_paginator(*args, count_key=self.count_key(), **kwargs)

    def count_key(self) -> list:
        """What the list is, for keeping its count (core.pagination)."""
        return ["news"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cards"] = article_cards(list(context["object_list"]), **self.card)
        return context


class CategoryView(ArticleListView):
    template_name = "news/category_detail.html"
    card = {"level": 2}

    def get_queryset(self) -> QuerySet[Article]:
        self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
        return super().get_queryset().in_category(self.category)

    def count_key(self) -> list:
        return ["news", self.category.pk]

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, **kwargs)


class ArticleDetailView(DetailView):
    """An article; those who may edit articles also see drafts and scheduled ones."""

    template_name = "news/article_detail.html"

    def get_queryset(self) -> QuerySet[Article]:
        return (
            Article.objects.visible_to(self.request.user)
            .select_related("category", "image")
            .prefetch_related("image__renditions")
        )

    def get_object(self, queryset=None) -> Article:
        if queryset is not None or can_preview(self.request.user, Article):
            return super().get_object(queryset)
        # A public article is the same for every reader until anything public changes (or
        # the next scheduled item goes live): kept like the page's pieces, two queries saved.
        # Not found is not kept: that stays a 404 with one query.
        return remember(
            "article",
            lambda: super(ArticleDetailView, self).get_object(),
            variant=[self.kwargs[self.slug_url_kwarg]],
        )

    def get_context_data(self, **kwargs):
        article = self.object
        if article.is_public:
            # The same for every reader until the article (or anything public) changes.
            context = article_context(
                article,
                links=remember(
                    "article-links", lambda: article_links(article), variant=[article.pk]
                ),
            )
            # Its QR code holds the full address, so the site's address is part of the key.
            context["story"] = render_once(
                "news/_story.html",
                lambda: {
                    "article": article,
                    "request": self.request,
                    "LANGUAGE_CODE": get_language(),
                },
                variant=(article.pk, self.request.scheme, self.request.get_host()),
            )
        else:
            context = article_context(article, links=article_links(article))
        return super().get_context_data(**context, **kwargs)


def article_links(article: Article, *, companies=None) -> dict:
    """What an article's page links to: its neighbours in the category, the ids of related
    articles and of the active member companies it names (``companies``, for a preview of
    an unsaved article)."""
    newer, older = article.get_neighbours() if article.pk else (None, None)
    neighbours = tuple(a.pk for a in (newer, older) if a)
    related = article.get_related(exclude=neighbours) if article.category_id else []
    if companies is None:
        companies = article.companies.only("pk", "is_active")
    return {
        "newer": newer,
        "older": older,
        "related": related,
        "companies": [company.pk for company in companies if company.is_active],
    }


def article_context(article: Article, *, links: dict) -> dict:
    """What an article's page shows around it (also for a preview, unsaved): the
    neighbours, and the cards of related articles and member companies."""
    return {
        "newer": links["newer"],
        "older": links["older"],
        "related": article_cards(links["related"]),
        "companies": member_cards(links["companies"]),
    }
