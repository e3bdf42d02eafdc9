"""The icons browsers and phones ask for at fixed addresses, outside the language prefix."""

from django.urls import path

from . import views

urlpatterns = [
    path("favicon.ico", views.favicon, name="favicon"),
    path("apple-touch-icon.png", views.touch_icon, name="touch_icon"),
    path("icons/<int:size>.png", views.app_icon, name="app_icon"),
]
