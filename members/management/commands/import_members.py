import csv
from collections.abc import Callable

from django.core.management.base import BaseCommand, CommandError, OutputWrapper
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from members.csv_io import ImportReport, import_members, read_rows


class Command(BaseCommand):
    help = gettext_lazy(
        "Create or update member companies from a CSV file written by export_members (or "
        "edited in a spreadsheet), matching them by slug. Rows that cannot be imported are "
        "listed with their line and the reason; the others are imported."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help=gettext_lazy("The CSV file, in UTF-8."))
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=gettext_lazy("Check every row and report what would change; save nothing."),
        )
        parser.add_argument(
            "--progress",
            action="store_true",
            help=gettext_lazy("Show the progress bar even when the output is not a terminal."),
        )

    def handle(self, *args, file: str, dry_run: bool, progress: bool, **options) -> None:
        try:
            with open(file, encoding="utf-8-sig", newline="") as csv_file:
                rows = read_rows(csv_file)
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": file, "error": error.strerror}
            ) from error
        except UnicodeDecodeError as error:
            raise CommandError(
                _("%(file)s is not UTF-8 text; save it as “CSV UTF-8” and try again.")
                % {"file": file}
            ) from error
        except (ValueError, csv.Error) as error:
            raise CommandError(f"{file}: {error}") from error

        show_progress = bool(rows) and (progress or self.stderr.isatty())
        bar = progress_bar(self.stderr, total=len(rows)) if show_progress else None
        try:
            report = import_members(rows=rows, dry_run=dry_run, progress=bar)
        except ValueError as error:
            raise CommandError(f"{file}: {error}") from error
        finally:
            if bar:
                self.stderr.write("", style_func=str)
        self.print_report(report, dry_run=dry_run)

    def print_report(self, report: ImportReport, *, dry_run: bool) -> None:
        if report.ignored_columns:
            self.stdout.write(
                self.style.WARNING(
                    _("Ignored columns: %(columns)s")
                    % {"columns": ", ".join(report.ignored_columns)}
                )
            )
        self.stdout.write(_("Created: %(count)d") % {"count": report.created})
        self.stdout.write(_("Updated: %(count)d") % {"count": report.updated})
        self.stdout.write(_("Unchanged: %(count)d") % {"count": report.unchanged})
        self.stdout.write(_("Rejected: %(count)d") % {"count": len(report.rejected)})
        for line, label, reason in report.rejected:
            if label:
                message = _("line %(line)d (%(label)s): %(reason)s")
            else:
                message = _("line %(line)d: %(reason)s")
            self.stdout.write(
                self.style.WARNING(message % {"line": line, "label": label, "reason": reason})
            )
        if dry_run:
            self.stdout.write(self.style.NOTICE(_("Dry run: nothing was saved.")))


def progress_bar(stream: OutputWrapper, *, total: int, width: int = 30) -> Callable[[int], None]:
    """A text bar such as ``[#####.....] 12/36``, redrawn in place."""

    def show(done: int) -> None:
        filled = width * done // total
        bar = "#" * filled + "." * (width - filled)
        stream.write(f"\r[{bar}] {done}/{total}", style_func=str, ending="")
        stream.flush()

    show(0)
    return show
