from django.contrib import admin
from django.db.models import Count
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from core.admin import BilingualAdmin, PublishingAdminMixin, RevisionsAdminMixin
from core.languages import localized_fields

from .models import Article, Category
from .views import article_context, article_links


@admin.register(Category)
class CategoryAdmin(BilingualAdmin):
    list_display = ["name", "slug", "order", "article_count"]
    list_editable = ["order"]
    search_fields = [*localized_fields("name"), "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).annotate(_article_count=Count("articles"))

    @admin.display(description=_("articles"), ordering="_article_count")
    def article_count(self, obj: Category) -> int:
        return obj._article_count


@admin.register(Article)
class ArticleAdmin(RevisionsAdminMixin, PublishingAdminMixin, BilingualAdmin):
    list_display = ["title", "category", "publication", "author"]
    list_filter = ["status", "category", "publish_at"]
    list_select_related = ["category", "author"]
    # Titles and summaries: searching every body on every keystroke of a 10,000-article
    # list costs seconds. The site's own search (for visitors) covers the bodies.
    search_fields = [*localized_fields("title", "summary"), "slug"]
    # No date hierarchy (a query over the whole list on every page) and no count of the
    # unfiltered list beside a search: both cost more than they tell at this size.
    show_full_result_count = False
    list_per_page = 50
    prepopulated_fields = {"slug": ["title"]}
    # Searched as typed: a form listing 2,000 member companies would weigh hundreds of KB.
    autocomplete_fields = ["image", "companies"]
    readonly_fields = ["author", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "dateline_place", "summary", "body"]}),
        (_("Image"), {"fields": ["image"]}),
        (
            _("Publishing"),
            {"fields": ["status", "publish_at", "author", "created_at", "updated_at"]},
        ),
        (_("Member companies"), {"fields": ["companies"]}),
        (_("Search engines"), {"fields": ["seo_description"], "classes": ["collapse"]}),
    ]

    def preview_response(self, request: HttpRequest, article: Article, form) -> TemplateResponse:
        companies = form.cleaned_data.get("companies") or []
        context = {"article": article, "object": article, "preview": True}
        context |= article_context(article, links=article_links(article, companies=companies))
        return TemplateResponse(request, "news/article_detail.html", context)

    def save_model(self, request: HttpRequest, obj: Article, form, change: bool) -> None:
        if obj.author_id is None:
            obj.author = request.user
        super().save_model(request, obj, form, change)
