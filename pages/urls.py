from django.urls import path

from . import views

app_name = "pages"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("sitemap/", views.SitemapView.as_view(), name="sitemap"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    # Last: editable pages live at the top level (/about/, /privacy-policy/, /contact-us/).
    path("<slug:slug>/", views.PageDetailView.as_view(), name="page"),
]
