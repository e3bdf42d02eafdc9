"""What search engines read at the site's root: /sitemap.xml and /robots.txt.

The sitemap lists every public address once per language (settings.LANGUAGES, however many
there are), each <url> naming all its language versions as hreflang alternates, plus an
``x-default``. Django's ``x_default`` gives the address without its language prefix
(/news/<slug>/). With every language prefixed (i18n_patterns), that address redirects to the
visitor's language, chosen by LocaleMiddleware from the language cookie and Accept-Language,
else LANGUAGE_CODE (as "/" does), and the redirect varies on Accept-Language: the
language-picking page for visitors whose language none of the versions match, which is
what x-default means. The sitemap tests fetch it to hold that true.

Each app owns its sections (news/sitemaps.py, members/sitemaps.py, pages/sitemaps.py), which
list exactly what their public views show a visitor, from the same querysets.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.sitemaps import Sitemap, views
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from members.sitemaps import MemberCompanySitemap, MembershipSitemap
from news.sitemaps import ArticleSitemap, CategorySitemap

from .sitemaps import PageSitemap, SiteSitemap

# Section names appear in the addresses: /sitemap-<section>.xml?p=<page>.
SECTIONS: dict[str, type[Sitemap]] = {
    "site": SiteSitemap,
    "pages": PageSitemap,
    "categories": CategorySitemap,
    "articles": ArticleSitemap,
    "membership": MembershipSitemap,
    "members": MemberCompanySitemap,
}


@require_safe
def sitemap_xml(request: HttpRequest) -> HttpResponse:
    """The whole sitemap while every section fits on one sitemap page (Sitemap.limit);
    once one does not, a sitemap index of every section's pages."""
    sections = {name: section() for name, section in SECTIONS.items()}
    if any(section.paginator.num_pages > 1 for section in sections.values()):
        return views.index(request, sections, sitemap_url_name="sitemap_section")
    return views.sitemap(request, sections)


@require_safe
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    """One section's sitemap, a page of it with ?p=N (404 for an unknown section or page).
    Served whether or not /sitemap.xml is an index, so its addresses never break."""
    return views.sitemap(request, SECTIONS, section=section)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    # The admin holds the drafts' previews too (/admin/<app>/<model>/<id>/preview/); the
    # public addresses show drafts only to logged-in editors, never to a crawler.
    lines = ["User-agent: *", f"Disallow: {reverse('admin:index')}"]
    # Search results, in every language: the site search lives at /<language>/search/
    # (pages:search, a reserved page slug).
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('pages:home')}search/")
    lines += ["", f"Sitemap: {request.build_absolute_uri(reverse('sitemap_xml'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
