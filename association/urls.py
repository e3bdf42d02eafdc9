"""The site's URLs. Public pages carry their language (/en/..., /zh-hans/...); the admin and
the editor's upload endpoint do not."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from core import faults
from core.views import media
from pages import seo
from pages.views import TranslationStatusView

admin.site.site_header = _("Xiehui administration")
admin.site.site_title = _("Xiehui")
admin.site.index_title = _("Site content")

urlpatterns = [
    path(
        "admin/translations/",
        admin.site.admin_view(TranslationStatusView.as_view()),
        name="translation_status",
    ),
    path("admin/", admin.site.urls),
    # Probes for the load balancer and the process manager (core/faults.py).
    path("healthz", faults.liveness, name="liveness"),
    path("readyz", faults.readiness, name="readiness"),
    path("", include("images.urls")),
    path("", include("pages.icon_urls")),
    # For search engines, at the root and in no language (pages/seo.py).
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    path("sitemap.xml", seo.sitemap_xml, name="sitemap_xml"),
    path("sitemap-<slug:section>.xml", seo.sitemap_section, name="sitemap_section"),
]
urlpatterns += i18n_patterns(
    path("news/", include("news.urls")),
    path("members/", include("members.urls")),
    path("", include("pages.urls")),  # last: pages live at the top level
)
urlpatterns.append(re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.+)$", media, name="media"))

# A database that is away gets visitors a translated 503 page, not a 500 (core/faults.py).
handler500 = "core.faults.server_error"
