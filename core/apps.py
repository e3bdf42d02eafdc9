from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate, pre_delete

        # checks: registering the deployment checks is importing them.
        from . import checks, fragments, pagecache, search  # noqa: F401
        from .changes import connect_public_content, content_changed
        from .revisions import keep_before_delete, record_change

        connect_public_content()
        # Models are registered for revisions by their own apps (core.revisions.register).
        content_changed.connect(record_change, dispatch_uid="core-record-revision")
        pre_delete.connect(keep_before_delete, dispatch_uid="core-keep-before-delete")
        # What the site search indexes is registered by the apps (core.search.register).
        # In this order: the search index is rewritten before the copies made from it (whole
        # pages, result counts) are dropped, so none is made again from the old index.
        content_changed.connect(search.follow_changes, dispatch_uid="core-search-index")
        content_changed.connect(pagecache.forget_pages, dispatch_uid="core-forget-pages")
        content_changed.connect(fragments.forget_fragments, dispatch_uid="core-forget-fragments")
        post_migrate.connect(_fill_search_index, sender=self, dispatch_uid="core-search-fill")
        # A request reads each generation (and the header and footer) once (core.cache).
        from django.core.signals import request_finished, request_started

        from .cache import end_request, start_request

        request_started.connect(start_request, dispatch_uid="core-cache-start-request")
        request_finished.connect(end_request, dispatch_uid="core-cache-end-request")
        from . import logs

        request_finished.connect(logs.end_request, dispatch_uid="core-logs-end-request")


def _fill_search_index(sender, using="default", **kwargs) -> None:
    """The first migrate that creates the search index (an upgrade of a site with content)
    fills it; later ones find it filled and do nothing."""
    from . import search

    search.fill_if_empty(using=using)
