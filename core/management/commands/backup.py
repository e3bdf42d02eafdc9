from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.backup import BackupError, Summary, create_backup


class Command(BaseCommand):
    help = gettext_lazy(
        "Write the whole site into one archive (a zip file): content in every language, "
        "revisions, the media library with its files, members, applications, messages, site "
        "settings, users and roles. “restore” brings it back into an empty database."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help=gettext_lazy("The archive to write, e.g. site.zip."))
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help=gettext_lazy("Replace the file if it exists (by default it is kept)."),
        )

    def handle(self, *args, **options) -> None:
        verbosity = options["verbosity"]
        try:
            summary = create_backup(
                path=Path(options["file"]),
                overwrite=options["overwrite"],
                progress=self.stdout.write if verbosity >= 2 else lambda message: None,
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        if summary.missing_files and verbosity:
            missing = len(summary.missing_files)
            self.stderr.write(
                _(
                    "Files named by the content are missing from the media storage and are not "
                    "in the archive (%(count)d, such as %(name)s)."
                )
                % {"count": missing, "name": summary.missing_files[0]}
            )
        if verbosity:
            self.stdout.write(
                self.style.SUCCESS(
                    _("Backed up to %(path)s (%(size)s) in %(seconds).1f s:")
                    % {
                        "path": summary.path,
                        "size": filesizeformat(summary.archive_bytes),
                        "seconds": summary.seconds,
                    }
                )
            )
            write_counts(self.stdout, summary)


def write_counts(stdout, summary: Summary) -> None:
    """The rows of each kind and the files, a line each (shared with ``restore``)."""
    for model, count in summary.kinds():
        stdout.write(f"  {capfirst(model._meta.verbose_name_plural)}: {count}")
    stdout.write(
        "  "
        + _("Files: %(count)d (%(size)s)")
        % {"count": summary.files, "size": filesizeformat(summary.file_bytes)}
    )
