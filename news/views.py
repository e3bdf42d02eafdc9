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
        article = self.object
        newer = article.get_newer_in_category()
        older = article.get_older_in_category()
        neighbours = tuple(a.pk for a in (newer, older) if a)
        return super().get_context_data(
            newer=newer,
            older=older,
            related=article.get_related(exclude=neighbours),
            companies=[c for c in article.companies.all() if c.is_active],
            **kwargs,
        )
