from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    name = "contact"
    verbose_name = _("Contact")

    def ready(self) -> None:
        from outbox.signals import delivered

        from .services import record_delivery

        delivered.connect(record_delivery, dispatch_uid="contact-record-delivery")
