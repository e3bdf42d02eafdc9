"""The site's URLs. Public pages carry their language (/en/..., /zh-hans/...); the admin and
the editor's upload endpoint do not."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from . import views

admin.site.site_header = _("Xiehui administration")
admin.site.site_title = _("Xiehui")
admin.site.index_title = _("Site content")

association_patterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("members/", views.MemberListView.as_view(), name="member_list"),
    path("members/join/", views.MembershipApplyView.as_view(), name="membership_apply"),
    path(
        "members/join/thanks/",
        views.MembershipThanksView.as_view(),
        name="membership_thanks",
    ),
    path("members/<slug:slug>/", views.MemberDetailView.as_view(), name="member_detail"),
    path("sitemap/", views.SitemapView.as_view(), name="sitemap"),
    # Last: editable pages live at the top level (/about/, /privacy-policy/, /contact-us/).
    path("<slug:slug>/", views.PageDetailView.as_view(), name="page"),
]

urlpatterns = [
    path(
        "admin/translations/",
        admin.site.admin_view(views.TranslationStatusView.as_view()),
        name="translation_status",
    ),
    path("admin/", admin.site.urls),
    path("richtext/upload/", views.richtext_image_upload, name="richtext_image_upload"),
]
urlpatterns += i18n_patterns(
    path("news/", include("news.urls")),
    path("", include((association_patterns, "association"))),
)
urlpatterns.append(
    re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.+)$", views.media, name="media")
)
