"""The editor's image upload, outside the language prefix."""

from django.urls import path

from . import views

urlpatterns = [
    path("richtext/upload/", views.richtext_image_upload, name="richtext_image_upload"),
]
