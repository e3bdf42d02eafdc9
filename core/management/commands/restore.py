from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.backup import BackupError, restore_backup

from .backup import write_counts


class Command(BaseCommand):
    help = gettext_lazy(
        "Bring an archive written by “backup” into this site: an empty database, already "
        "migrated (run “migrate” first), of either engine, and the media storage. All or "
        "nothing: if anything fails, the database is left as it was."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help=gettext_lazy("The archive to restore."))
        parser.add_argument(
            "--force",
            action="store_true",
            help=gettext_lazy(
                "Restore into a database that has content: its content is deleted and "
                "replaced by the archive's, and media files of the same names are replaced."
            ),
        )

    def handle(self, *args, **options) -> None:
        verbosity = options["verbosity"]
        try:
            summary = restore_backup(
                path=Path(options["file"]),
                force=options["force"],
                progress=self.stdout.write if verbosity >= 2 else lambda message: None,
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    _("Restored %(path)s in %(seconds).1f s:")
                    % {"path": summary.path, "seconds": summary.seconds}
                )
            )
            write_counts(self.stdout, summary)
            self.stdout.write(
                "  "
                + _("Search index rebuilt: %(count)d entries.") % {"count": summary.search_entries}
            )
