from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")

    def ready(self) -> None:
        from core import revisions, search

        from . import search as indexed
        from .models import MemberCompany

        revisions.register(MemberCompany)
        search.register(MemberCompany, rows=indexed.company_rows, document=indexed.company_document)
