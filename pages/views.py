from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.utils.translation import gettext as _
from django.views.generic import DetailView, TemplateView

from contact.views import ContactFormMixin
from core.translated import translation_gaps
from members.models import IndustrySegment, MemberCompany, MembershipLevel, Region
from news.models import Article, Category

from .models import Page

HOME_LATEST_ARTICLES = 6
HOME_FEATURED_MEMBERS = 6


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            latest_articles=Article.objects.published().for_listing()[:HOME_LATEST_ARTICLES],
            featured_members=MemberCompany.objects.featured()[:HOME_FEATURED_MEMBERS],
            **kwargs,
        )


class PageDetailView(ContactFormMixin, DetailView):
    """An editable page; those who may edit pages also see drafts. A contact page also
    carries the contact form, which posts back to the page itself."""

    template_name = "pages/page_detail.html"

    def get_queryset(self) -> QuerySet[Page]:
        return Page.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        if self.object.kind == Page.Kind.CONTACT:
            kwargs.setdefault("contact_form", self.get_contact_form())
        return super().get_context_data(**kwargs)

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.object = self.get_object()
        if self.object.kind != Page.Kind.CONTACT:
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return self.post_contact_form(request, page_url=self.object.get_absolute_url())


class SitemapView(TemplateView):
    """A human-readable map of the site: sections, news categories and pages."""

    template_name = "pages/sitemap.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(pages=Page.objects.published(), **kwargs)


class TranslationStatusView(TemplateView):
    """For editors: what still lacks a version in one of the languages, with links to fix it.

    Served inside the admin (see association/urls.py), so only staff reach it, and each
    staff member sees the sections they may view.
    """

    template_name = "admin/translation_status.html"
    MODELS = (Article, Page, Category, MemberCompany, MembershipLevel, IndustrySegment, Region)

    def get_context_data(self, **kwargs):
        user = self.request.user
        sections = [
            translation_gaps(model)
            for model in self.MODELS
            if user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")
            or user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")
        ]
        return super().get_context_data(
            title=_("Translation status"),
            sections=sections,
            total=sum(section["total"] for section in sections),
            **admin.site.each_context(self.request),
            **kwargs,
        )
