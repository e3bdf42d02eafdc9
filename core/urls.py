"""Core's own addresses, outside the language prefix: the editor's image upload."""

from django.urls import path

from . import views

urlpatterns = [
    path("richtext/upload/", views.richtext_image_upload, name="richtext_image_upload"),
]
