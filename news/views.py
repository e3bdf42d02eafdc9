from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from members.models import MemberCompany

from .models import Article, Category

PAGE_SIZE = 10


class ArticleListView(ListView):
    """All categories' public articles, newest first."""

    paginate_by = PAGE_SIZE
    template_name = "news/article_list.html"

    def get_queryset(self) -> QuerySet[Article]:
        return Article.objects.published().for_listing()


class CategoryView(ArticleListView):
    template_name = "news/category_detail.html"

    def get_queryset(self) -> QuerySet[Article]:
        self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
        return super().get_queryset().in_category(self.category)

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, **kwargs)


class ArticleDetailView(DetailView):
    """An article; those who may edit articles also see drafts and scheduled ones."""

    template_name = "news/article_detail.html"

    def get_queryset(self) -> QuerySet[Article]:
        return (
            Article.objects.visible_to(self.request.user)
            .select_related("category", "image")
            .prefetch_related(
                "image__renditions",
                Prefetch("companies", queryset=MemberCompany.objects.with_logos()),
            )
        )

    def get_context_data(self, **kwargs):
        context = article_context(self.object, companies=self.object.companies.all())
        return super().get_context_data(**context, **kwargs)


def article_context(article: Article, *, companies) -> dict:
    """What an article's page shows around it: its neighbours in the category, related
    articles and the active member companies it names (also for a preview, unsaved)."""
    newer = article.get_newer_in_category() if article.pk else None
    older = article.get_older_in_category() if article.pk else None
    neighbours = tuple(a.pk for a in (newer, older) if a)
    return {
        "newer": newer,
        "older": older,
        "related": article.get_related(exclude=neighbours) if article.category_id else [],
        "companies": [company for company in companies if company.is_active],
    }
