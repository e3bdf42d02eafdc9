from django.core.management.base import BaseCommand
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from association.demo import load_demo


class Command(BaseCommand):
    help = gettext_lazy(
        "Load the demo association in English and Chinese: settings, news, member companies, "
        "pages and an admin account. Safe to run again: it only adds what is missing."
    )

    def handle(self, *args, **options) -> None:
        report = load_demo()
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
        if not added and not report.filled:
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
