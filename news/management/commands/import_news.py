from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.languages import language_codes
from members.management.commands.import_members import progress_bar
from news.importers import (
    ImportReport,
    SourceError,
    format_name,
    import_news,
    read_source,
    site_language,
)
from news.importers.services import article_groups
from news.models import Category


class Command(BaseCommand):
    help = gettext_lazy(
        "Import news from an association's old site: a WordPress export (WXR) or an RSS or "
        "Atom feed, as a file or a web address. Categories, authors, dates, pictures (into "
        "the media library) and both languages of translated posts come along, and the old "
        "addresses redirect to the new articles. Importing again updates what changed and "
        "adds nothing twice."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "source", help=gettext_lazy("The export or feed: a file, or an http(s) address.")
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=gettext_lazy(
                "Read and map everything and report what would change; save nothing."
            ),
        )
        parser.add_argument(
            "--language",
            help=gettext_lazy(
                "The language of items the source does not mark (default: the feed's own "
                "language, else the site's)."
            ),
        )
        parser.add_argument(
            "--media-dir",
            type=Path,
            help=gettext_lazy(
                "A copy of the old site's wp-content/uploads folder: pictures found there are "
                "not downloaded."
            ),
        )
        parser.add_argument(
            "--category",
            help=gettext_lazy(
                "The slug of the category for items that name none (default: News, made when "
                "missing)."
            ),
        )
        parser.add_argument(
            "--progress",
            action="store_true",
            help=gettext_lazy("Show the progress bar even when the output is not a terminal."),
        )

    def handle(
        self,
        *args,
        source: str,
        dry_run: bool,
        language: str | None,
        media_dir: Path | None,
        category: str | None,
        progress: bool,
        **options,
    ) -> None:
        if media_dir is not None and not media_dir.is_dir():
            raise CommandError(_("%(path)s is not a folder.") % {"path": media_dir})
        default_category = None
        if category:
            default_category = Category.objects.filter(slug=category).first()
            if default_category is None:
                raise CommandError(_("There is no category “%(slug)s”.") % {"slug": category})
        try:
            parsed = read_source(source)
        except SourceError as error:
            raise CommandError(str(error)) from error
        items_language = self.items_language(language or parsed.language, given=bool(language))
        total = len(article_groups(parsed))
        show_progress = bool(total) and (progress or self.stderr.isatty())
        bar = progress_bar(self.stderr, total=total) if show_progress else None
        try:
            report = import_news(
                source=parsed,
                language=items_language,
                category=default_category,
                media_dir=media_dir,
                dry_run=dry_run,
                progress=bar,
            )
        finally:
            if bar:
                self.stderr.write("", style_func=str)
        self.print_report(report, dry_run=dry_run)

    def items_language(self, code: str, *, given: bool) -> str:
        """The site language of items the source does not mark."""
        if not code:
            return settings.LANGUAGE_CODE
        language = site_language(code)
        if language is None:
            if given:
                message = _("“%(language)s” is not a language of this site (%(codes)s).")
            else:
                message = _(
                    "The source is in “%(language)s”, which is not a language of this site "
                    "(%(codes)s): give --language."
                )
            raise CommandError(message % {"language": code, "codes": ", ".join(language_codes())})
        return language

    def print_report(self, report: ImportReport, *, dry_run: bool) -> None:
        write = self.stdout.write
        write(
            _("%(format)s from %(source)s")
            % {"format": format_name(report.format), "source": report.identity}
        )
        write(_("Created: %(count)d") % {"count": report.created})
        write(_("Updated: %(count)d") % {"count": report.updated})
        write(_("Unchanged: %(count)d") % {"count": report.unchanged})
        write(_("Skipped: %(count)d") % {"count": len(report.skipped)})
        for label, reason in report.skipped:
            write(self.style.WARNING(_("%(item)s: %(reason)s") % {"item": label, "reason": reason}))
        for kind, count in sorted(report.other_types.items()):
            write(
                _("Not news (WordPress “%(type)s” items): %(count)d")
                % {"type": kind, "count": count}
            )
        write(_("Categories created: %(count)d") % {"count": report.categories})
        write(_("Authors created (inactive, cannot log in): %(count)d") % {"count": report.authors})
        write(_("Images imported into the media library: %(count)d") % {"count": report.images})
        if report.image_failures:
            write(_("Images not imported: %(count)d") % {"count": len(report.image_failures)})
            for address, reason in report.image_failures:
                write(
                    self.style.WARNING(
                        _("%(image)s: %(reason)s") % {"image": address, "reason": reason}
                    )
                )
        write(_("Redirects made: %(count)d") % {"count": report.redirects})
        if dry_run:
            write(self.style.NOTICE(_("Dry run: nothing was saved.")))
