from django.contrib import admin
from django.db.models import Count, Value
from django.db.models.functions import Greatest
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from association.admin import BilingualAdmin
from association.models import Status

from .models import Article, Category


@admin.register(Category)
class CategoryAdmin(BilingualAdmin):
    list_display = ["name", "slug", "order", "article_count"]
    list_editable = ["order"]
    search_fields = ["name_en", "name_zh_hans", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).annotate(_article_count=Count("articles"))

    @admin.display(description=_("articles"), ordering="_article_count")
    def article_count(self, obj: Category) -> int:
        return obj._article_count


@admin.register(Article)
class ArticleAdmin(BilingualAdmin):
    list_display = ["title", "category", "status", "publish_at", "visibility", "author"]
    list_filter = ["status", "category", "publish_at"]
    list_select_related = ["category", "author"]
    search_fields = [
        "title_en",
        "title_zh_hans",
        "summary_en",
        "summary_zh_hans",
        "body_en",
        "body_zh_hans",
        "slug",
    ]
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["companies"]
    readonly_fields = ["author", "created_at", "updated_at"]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "dateline_place", "summary", "body"]}),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        (
            _("Publishing"),
            {"fields": ["status", "publish_at", "author", "created_at", "updated_at"]},
        ),
        (_("Member companies"), {"fields": ["companies"]}),
        (_("Search engines"), {"fields": ["seo_description"], "classes": ["collapse"]}),
    ]

    @admin.display(description=_("on the site"))
    def visibility(self, obj: Article) -> str:
        if obj.is_public:
            return _("Visible")
        if obj.is_scheduled:
            return _("Scheduled")
        return _("Hidden")

    def save_model(self, request: HttpRequest, obj: Article, form, change: bool) -> None:
        if obj.author_id is None:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Publish selected articles"))
    def publish(self, request: HttpRequest, queryset) -> None:
        # A draft whose publish time has passed goes out now, at the top of the news, rather
        # than backdated to when it was first written; a future time still schedules it.
        now = timezone.now()
        count = queryset.exclude(status=Status.PUBLISHED).update(
            status=Status.PUBLISHED, publish_at=Greatest("publish_at", Value(now)), updated_at=now
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d article was published.",
                "%(count)d articles were published.",
                count,
            )
            % {"count": count},
        )

    @admin.action(description=_("Unpublish selected articles (back to draft)"))
    def unpublish(self, request: HttpRequest, queryset) -> None:
        count = queryset.exclude(status=Status.DRAFT).update(
            status=Status.DRAFT, updated_at=timezone.now()
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d article was unpublished.",
                "%(count)d articles were unpublished.",
                count,
            )
            % {"count": count},
        )
