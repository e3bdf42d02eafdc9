from django.urls import path

from . import views
from .feeds import NewsAtomFeed, NewsFeed

app_name = "news"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="index"),
    path("feed/", NewsFeed.as_view(), name="feed"),
    path("feed/atom/", NewsAtomFeed.as_view(), name="feed_atom"),
    path("category/<slug:slug>/", views.CategoryView.as_view(), name="category"),
    path("category/<slug:slug>/feed/", NewsFeed.as_view(), name="category_feed"),
    path("category/<slug:slug>/feed/atom/", NewsAtomFeed.as_view(), name="category_feed_atom"),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article"),
]
