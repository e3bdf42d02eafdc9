from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from django.db.models.signals import pre_delete

        from .changes import connect_public_content, content_changed
        from .revisions import keep_before_delete, record_change

        connect_public_content()
        # Models are registered for revisions by their own apps (core.revisions.register).
        content_changed.connect(record_change, dispatch_uid="core-record-revision")
        pre_delete.connect(keep_before_delete, dispatch_uid="core-keep-before-delete")
