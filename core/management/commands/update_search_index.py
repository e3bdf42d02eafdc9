from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import search


class Command(BaseCommand):
    help = gettext_lazy(
        "Rebuild the site search's index from the content (it follows every change by "
        "itself; use this after a bulk load that skipped the models, or to repair it)."
    )

    def handle(self, *args, **options) -> None:
        written = search.rebuild()
        if options["verbosity"]:
            self.stdout.write(_("Search index rebuilt: %(count)d entries.") % {"count": written})
