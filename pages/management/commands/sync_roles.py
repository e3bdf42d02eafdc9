from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pages.roles import sync_roles


class Command(BaseCommand):
    help = gettext_lazy(
        "Create the Editor and Site manager groups, or bring their permissions up to date. "
        "migrate does this too; safe to run again."
    )

    def handle(self, *args, **options) -> None:
        for role, count in sync_roles().items():
            self.stdout.write(_("%(role)s: %(count)d permissions") % {"role": role, "count": count})
