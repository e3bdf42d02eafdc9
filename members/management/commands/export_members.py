import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from members.csv_io import export_members

STDOUT = "-"


class Command(BaseCommand):
    help = gettext_lazy(
        "Write every member company, active or not, to a CSV file (UTF-8 with a byte order "
        "mark, so Excel and WPS show Chinese names). Read it back with import_members."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "file",
            nargs="?",
            default=STDOUT,
            help=gettext_lazy("Where to write the CSV; “-”, the default, is standard output."),
        )

    def handle(self, *args, file: str, **options) -> None:
        if file == STDOUT:
            with self.utf8_stdout() as out:
                export_members(out=out)
            return
        try:
            with open(file, "w", encoding="utf-8-sig", newline="") as out:
                count = export_members(out=out)
        except OSError as error:
            raise CommandError(
                _("Cannot write %(file)s: %(error)s") % {"file": file, "error": error.strerror}
            ) from error
        self.stderr.write(
            _("Exported %(count)d member companies to %(file)s") % {"count": count, "file": file},
            style_func=self.style.SUCCESS,
        )

    @contextmanager
    def utf8_stdout(self) -> Iterator[TextIO]:
        """Standard output as UTF-8 with a byte order mark, whatever the terminal's encoding,
        so that ``export_members > members.csv`` gives the same file as naming it."""
        buffer = getattr(self.stdout, "buffer", None)
        if buffer is None:  # a text stream, as call_command(stdout=StringIO()) gives
            self.stdout.write("\ufeff", ending="")
            yield self.stdout
            return
        self.stdout.flush()
        out = io.TextIOWrapper(buffer, encoding="utf-8-sig", newline="")
        try:
            yield out
        finally:
            out.detach()  # flushes, and leaves standard output open
