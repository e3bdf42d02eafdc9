import json

from django.conf import settings
from django.contrib import admin
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import quote_etag
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, TemplateView

from contact.views import ContactFormMixin
from core import search
from core.fragments import render_each, render_once
from core.translated import translation_gaps
from members.models import IndustrySegment, MemberCompany, MembershipLevel, Region
from members.views import member_cards
from news.models import Article, Category
from news.views import article_cards

from . import icons
from .chrome import get_site_chrome
from .models import Page

HOME_TOP_STORIES = 4  # the lead story and three beside it
HOME_PER_CATEGORY = 3
HOME_FEATURED_MEMBERS = 6


class HomeView(TemplateView):
    """The front page: the lead story and the latest news, more news by category, featured
    members, and the ways to join and to reach the association."""

    template_name = "pages/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            home_news=render_once("pages/_home_news.html", home_news),
            home_members=render_once("pages/_home_members.html", home_members),
            **kwargs,
        )


def home_news() -> dict:
    """The lead story and three beside it, and the latest headlines of each category
    (kept once rendered: they change when an article does, or goes live)."""
    published = Article.objects.published()
    top = list(published.values_list("pk", flat=True)[:HOME_TOP_STORIES])
    categories = get_site_chrome().categories
    # Headlines need a title and an address, not a picture or a text.
    rows = (
        published.for_links()
        .exclude(pk__in=top)
        .latest_in_each_category(HOME_PER_CATEGORY, categories)
    )
    per_category: dict[int, list[Article]] = {}
    for article in rows.order_by("-publish_at", "-pk"):
        per_category.setdefault(article.category_id, []).append(article)
    by_category = [
        (category, per_category[category.pk])
        for category in categories
        if category.pk in per_category
    ]
    lead = render_each(
        "pages/_lead_story.html",
        top[:1],
        load=lambda ids: Article.objects.for_listing().in_bulk(ids),
        as_name="article",
    )
    return {
        "lead": lead[0] if lead else None,
        "more_stories": article_cards(top[1:], show_category=True, compact=True),
        "by_category": by_category,
    }


def home_members() -> dict:
    """The featured members' cards and how many members there are (kept once rendered:
    they change only when a member company does)."""
    featured = MemberCompany.objects.featured().values_list("pk", flat=True)
    return {
        "featured_members": member_cards(list(featured[:HOME_FEATURED_MEMBERS])),
        "member_count": MemberCompany.objects.active().count(),
    }


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


class SearchView(TemplateView):
    """Site search over articles, pages and member companies in the page's language
    (core.search). With nothing found, it says where the other languages have results."""

    template_name = "pages/search.html"
    paginate_by = 10
    KINDS = {
        "news.article": pgettext_lazy("kind of search result", "News"),
        "pages.page": pgettext_lazy("kind of search result", "Page"),
        "members.membercompany": pgettext_lazy("kind of search result", "Member company"),
    }

    def get_context_data(self, **kwargs):
        query = " ".join(self.request.GET.get("q", "").split())[: search.MAX_QUERY_LENGTH]
        language = get_language()
        results = search.search(query, language=language)
        page_obj = Paginator(results, self.paginate_by).get_page(self.request.GET.get("page"))
        elsewhere = []
        if results.parts and not results.count():
            for code, _name in settings.LANGUAGES:
                if code != language and (count := search.search(query, language=code).count()):
                    elsewhere.append({"code": code, "count": count})
        return super().get_context_data(
            query=query,
            searched=bool(results.parts),
            count=results.count(),
            capped=results.capped,
            hits=[(hit, self.KINDS.get(hit.source, "")) for hit in page_obj.object_list],
            page_obj=page_obj,
            is_paginated=page_obj.has_other_pages(),
            elsewhere=elsewhere,
            **kwargs,
        )


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


def _icon_response(request: HttpRequest, content: bytes, content_type: str, etag: str):
    """An icon, cached by browsers for a day and revalidated by its version."""
    etag = quote_etag(etag)
    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = HttpResponse(content, content_type=content_type)
        response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=icons.CACHE_SECONDS)
    return response


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    source = icons.source_for(get_site_chrome().settings, "favicon")
    return _icon_response(request, icons.favicon(source), "image/x-icon", source.version)


@require_safe
def touch_icon(request: HttpRequest) -> HttpResponse:
    source = icons.source_for(get_site_chrome().settings, "touch")
    content = icons.png_icon(source, icons.TOUCH_ICON_SIZE)
    return _icon_response(request, content, "image/png", f"{source.version}-touch")


@require_safe
def app_icon(request: HttpRequest, size: int) -> HttpResponse:
    if size not in icons.APP_ICON_SIZES:
        raise Http404
    source = icons.source_for(get_site_chrome().settings, "touch")
    content = icons.png_icon(source, size)
    return _icon_response(request, content, "image/png", f"{source.version}-{size}")


@require_safe
def manifest(request: HttpRequest) -> HttpResponse:
    """The web app manifest, in the page's language: what a phone shows when the site is
    added to its home screen."""
    chrome = get_site_chrome()
    version = chrome.touch_icon_version
    data = {
        "name": chrome.settings.site_name,
        "description": chrome.settings.tagline,
        "lang": get_language(),
        "start_url": reverse("pages:home"),
        "scope": "/",
        "display": "minimal-ui",
        "theme_color": chrome.brand,
        "background_color": "#ffffff",
        "icons": [
            {
                "src": f"{reverse('app_icon', args=[size])}?v={version}",
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any",
            }
            for size in icons.APP_ICON_SIZES
        ],
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False), content_type="application/manifest+json"
    )
    patch_cache_control(response, public=True, max_age=60 * 60)
    return response
