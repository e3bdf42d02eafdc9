from django.core.management.base import BaseCommand
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pages.demo import load_demo


class Command(BaseCommand):
    help = gettext_lazy(
        "Load the demo association in English and Chinese: settings, news, member companies, "
        "pages and an admin account, on a site that has no content yet. Safe to run again."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--fill",
            action="store_true",
            help=gettext_lazy(
                "On a site that is already set up, add the demo items that are missing and "
                "fill empty texts (nothing is overwritten)."
            ),
        )

    def handle(self, *args, **options) -> None:
        report = load_demo(fill=options["fill"])
        added = {model: count for model, count in report.created.items() if count}
        if added:
            self.stdout.write(self.style.SUCCESS(_("Demo content added:")))
            for model, count in added.items():
                self.stdout.write(f"  {capfirst(model._meta.verbose_name_plural)}: {count}")
        if report.filled:
            self.stdout.write(
                self.style.SUCCESS(
                    _("Missing texts filled in on %(count)d existing items.")
                    % {"count": report.filled}
                )
            )
        if report.skipped:
            self.stdout.write(
                _(
                    "The site already has content; no demo content was loaded. Use --fill to add "
                    "missing demo items."
                )
            )
        elif not added and not report.filled:
            self.stdout.write(_("Demo content is already loaded; nothing was changed."))
        if report.admin_password:
            self.stdout.write(
                self.style.WARNING(
                    _("Admin login: username “%(user)s”, password “%(password)s”")
                    % {"user": report.admin_username, "password": report.admin_password}
                )
            )
        else:
            self.stdout.write(
                _(
                    "Admin login: username “%(user)s” (password unchanged; set "
                    "DJANGO_SUPERUSER_PASSWORD or run “python manage.py changepassword "
                    "%(user)s” to set a new one)."
                )
                % {"user": report.admin_username}
            )
