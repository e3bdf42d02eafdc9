from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView, TemplateView

from news.models import Article, Category

from .models import MemberCompany, Page
from .services import store_richtext_image
from .translated import translation_gaps

HOME_LATEST_ARTICLES = 6
HOME_FEATURED_MEMBERS = 6


class HomeView(TemplateView):
    template_name = "association/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            latest_articles=Article.objects.published().for_listing()[:HOME_LATEST_ARTICLES],
            featured_members=MemberCompany.objects.featured()[:HOME_FEATURED_MEMBERS],
            **kwargs,
        )


class MemberListView(ListView):
    paginate_by = 24
    context_object_name = "member_list"
    template_name = "association/member_list.html"

    def get_queryset(self) -> QuerySet[MemberCompany]:
        return MemberCompany.objects.active()


class MemberDetailView(DetailView):
    template_name = "association/member_detail.html"
    context_object_name = "member"

    def get_queryset(self) -> QuerySet[MemberCompany]:
        return MemberCompany.objects.active()

    def get_context_data(self, **kwargs):
        articles = self.object.articles.published().for_listing()[:10]
        return super().get_context_data(articles=articles, **kwargs)


class PageDetailView(DetailView):
    """An editable page; staff may preview drafts."""

    template_name = "association/page_detail.html"

    def get_queryset(self) -> QuerySet[Page]:
        user = self.request.user
        if user.is_authenticated and user.is_staff:
            return Page.objects.all()
        return Page.objects.published()


class SitemapView(TemplateView):
    """A human-readable map of the site: sections, news categories and pages."""

    template_name = "association/sitemap.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(pages=Page.objects.published(), **kwargs)


@require_POST
def richtext_image_upload(request: HttpRequest) -> JsonResponse:
    """CKEditor 5's image upload: staff only, validated like every other image."""
    if not (request.user.is_authenticated and request.user.is_staff):
        message = _("You do not have permission to upload files.")
        return JsonResponse({"error": {"message": message}}, status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse({"error": {"message": _("No file was sent.")}}, status=400)
    try:
        url = store_richtext_image(upload)
    except ValidationError as error:
        return JsonResponse({"error": {"message": " ".join(error.messages)}}, status=400)
    return JsonResponse({"url": url})


class TranslationStatusView(TemplateView):
    """For editors: what still lacks a version in one of the languages, with links to fix it.

    Served inside the admin (see urls.py), so only staff reach it.
    """

    template_name = "admin/translation_status.html"

    def get_context_data(self, **kwargs):
        sections = [translation_gaps(model) for model in (Article, Page, Category, MemberCompany)]
        return super().get_context_data(
            title=_("Translation status"),
            sections=sections,
            total=sum(len(section["items"]) for section in sections),
            **admin.site.each_context(self.request),
            **kwargs,
        )
