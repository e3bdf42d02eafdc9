from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """The site on top of the domain apps: pages, site settings, home page, site map, header
    and footer, the demo content."""

    name = "pages"
    verbose_name = _("Site")

    def ready(self) -> None:
        from core import revisions, search
        from core.changes import content_changed
        from outbox.notifications import set_recipients_provider

        from . import checks  # noqa: F401 - registers the system checks
        from . import search as indexed
        from .models import Page, SiteSettings

        revisions.register(Page)
        search.register(Page, rows=indexed.page_rows, document=indexed.page_document)
        revisions.register(SiteSettings, follow=("phones",))
        from .chrome import forget_site_chrome
        from .models import staff_recipients

        content_changed.connect(forget_site_chrome, dispatch_uid="pages-forget-site-chrome")
        set_recipients_provider(staff_recipients)
        # The roles follow every migrate. pages is the last of our apps in INSTALLED_APPS,
        # so when it migrates every permission of ours exists.
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="pages-sync-roles")


def _sync_roles(sender, **kwargs) -> None:
    from .roles import sync_roles

    sync_roles()
