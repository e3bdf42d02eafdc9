from django import forms
from django.contrib import admin
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.template.defaultfilters import filesizeformat
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core.admin import BilingualAdmin
from core.languages import localized_fields

from .models import Image, ImageReference
from .references import uses
from .templatetags.pictures import picture_html


def use_count_subqueries() -> dict:
    """A count per kind of use (rows pointing at the image, rich text holding it), each a
    subquery so that the list stays one row per image."""
    counts = {}
    for relation in Image._meta.related_objects:
        if not relation.one_to_many or relation.related_model._meta.app_label == "images":
            continue
        rows = (
            relation.related_model._default_manager.filter(**{relation.field.name: OuterRef("pk")})
            .values(relation.field.name)
            .annotate(n=Count("pk"))
            .values("n")
        )
        counts[f"_uses_{relation.name}"] = Coalesce(Subquery(rows), 0)
    references = (
        ImageReference.objects.filter(image=OuterRef("pk"))
        .values("image")
        .annotate(n=Count("pk"))
        .values("n")
    )
    counts["_uses_text"] = Coalesce(Subquery(references), 0)
    return counts


@admin.register(Image)
class ImageAdmin(BilingualAdmin):
    """The media library: every picture of the site, where each is used, and what it is
    called and described as in each language."""

    list_display = [
        "thumbnail",
        "title",
        "dimensions",
        "size",
        "use_count",
        "uploaded_by",
        "created_at",
    ]
    list_display_links = ["thumbnail", "title"]
    list_filter = ["created_at"]
    list_select_related = ["uploaded_by"]
    list_per_page = 50
    search_fields = [
        "title",
        *localized_fields("alt"),
        *localized_fields("caption"),
        "credit",
        "file",
    ]
    date_hierarchy = "created_at"
    readonly_fields = ["preview", "dimensions", "size", "used_by"]
    fieldsets = [
        (None, {"fields": ["file", "preview", "title", "alt", "caption", "credit"]}),
        (_("Cropping"), {"fields": ["focal_x", "focal_y"]}),
        (_("Details"), {"fields": ["dimensions", "size", "used_by"]}),
    ]

    def get_queryset(self, request: HttpRequest):
        return super().get_queryset(request).with_renditions().annotate(**use_count_subqueries())

    def get_readonly_fields(self, request: HttpRequest, obj=None):
        # Another picture is another image: pages and texts that show this one keep it.
        fields = list(super().get_readonly_fields(request, obj))
        return [*fields, "file"] if obj is not None else fields

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "file":
            # A plain file field: the image checks (core.images) say what is wrong with an
            # upload, rather than Django's "Upload a valid image" for everything.
            kwargs["form_class"] = forms.FileField
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request: HttpRequest, obj: Image, form, change: bool) -> None:
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description=_("picture"))
    def thumbnail(self, image: Image) -> str:
        return picture_html(image, "library", css_class="library-thumbnail") if image.pk else "–"

    @admin.display(description=_("preview"))
    def preview(self, image: Image) -> str:
        return picture_html(image, "article") if image.pk else "–"

    @admin.display(description=_("size in pixels"))
    def dimensions(self, image: Image) -> str:
        return f"{image.width} × {image.height}" if image.pk else "–"

    @admin.display(description=_("file size"), ordering="file_size")
    def size(self, image: Image) -> str:
        return filesizeformat(image.file_size) if image.pk else "–"

    @admin.display(description=_("uses"))
    def use_count(self, image: Image) -> int:
        return sum(value for name, value in vars(image).items() if name.startswith("_uses_"))

    @admin.display(description=_("used by"))
    def used_by(self, image: Image) -> str:
        items = uses(image) if image.pk else []
        if not items:
            return _("Not used anywhere: it can be deleted.")
        return format_html(
            "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((link(item),) for item in items))
        )


def link(item) -> str:
    """The item's admin page, named by its kind and title."""
    opts = item._meta
    label = f"{opts.verbose_name}: {item}"
    try:
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])
    except NoReverseMatch:
        return label
    return format_html('<a href="{}">{}</a>', url, label)
