from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class AssociationConfig(AppConfig):
    name = "association"
    verbose_name = _("Association")

    def ready(self) -> None:
        from news.models import Category

        from .models import ContactPhone, Page, SiteSettings
        from .site import invalidate_site_chrome

        # Every model the header and footer are built from drops the cached copy on change.
        for model in (SiteSettings, ContactPhone, Page, Category):
            for name, signal in (("save", post_save), ("delete", post_delete)):
                signal.connect(
                    invalidate_site_chrome,
                    sender=model,
                    dispatch_uid=f"site-chrome-{model._meta.label_lower}-{name}",
                )
