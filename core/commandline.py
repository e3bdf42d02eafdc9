"""The command line (``manage.py``) speaks the operator's language, not the site's.

Django activates no language for a management command, so its messages fall back to
``LANGUAGE_CODE``, the language the site gives visitors whose browser asks for neither
(Chinese by default): ``load_demo`` answered an English terminal in Chinese. ``manage.py``
runs Django's command line through ``CommandLine`` below, which activates the operator's
language once Django is set up and before the command is described (``--help``) or run.
Every command gets it without asking, ours and Django's alike (``createsuperuser``'s
prompts and password rules too).

The operator's language is, in this order:

1. ``DJANGO_COMMAND_LANGUAGE``, when set and not empty: a language code (``en``,
   ``zh-hans``) or a locale name (``zh_CN.UTF-8``), from the environment or ``.env``. A
   server whose shell says ``LANG=C.UTF-8`` can still give its staff Chinese.
2. The terminal's locale, as POSIX programs read it for their messages: the first of
   ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set and not empty. GNU's ``LANGUAGE``
   list is not read: desktops often leave it at their own default, where it would
   silently outvote a ``LANG=zh_CN.UTF-8`` typed for one command.

A locale gives the site language Django would give a browser asking for it: any Chinese
locale (``zh_CN``, ``zh_SG``, ``zh_Hans``, plain ``zh``) gives Simplified Chinese, and so
do ``zh_TW`` and ``zh_HK`` while the site has no Traditional Chinese (with ``zh-hant`` in
``DJANGO_LANGUAGES`` they get it), exactly as the site answers a zh-TW browser. Anything
else (``C``, ``POSIX``, ``en_US``, ``fr_FR``, nothing set) gives English, the language
every message is written in.

``call_command`` is left alone: code that calls a command has chosen its language already
(a test, or a command calling another, which then speaks as its caller does). That is why
the language is chosen here, where Django reads the command line, and not in a patched
``BaseCommand.execute``, which would make every test's output follow its developer's
terminal, nor in a base class, which each new command would have to remember.
``django-admin`` is not wrapped: the project runs through ``manage.py`` (``pip install``
puts none of its packages on the path).

What a command stores must not depend on this. Content is written to each language's own
column (``title_en``, ``title_zh_hans``), never through the active language, which
django-modeltranslation would use for ``obj.title = ...``; tests/test_operator_language.py
checks it for ``load_demo`` and ``import_members``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from django.apps import apps
from django.core.management import BaseCommand, ManagementUtility
from django.utils import translation
from django.utils.functional import Promise

OVERRIDE = "DJANGO_COMMAND_LANGUAGE"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
SOURCE_LANGUAGE = "en"  # what every message is written in


def locale_name(environ: Mapping[str, str]) -> str:
    """The locale that chooses the language of messages ("" when none is set)."""
    return next((environ[name] for name in LOCALE_VARIABLES if environ.get(name)), "")


def language_for(name: str) -> str:
    """The site language a locale or language name asks for, else English:
    ``zh_CN.UTF-8`` -> ``zh-hans``, ``en_GB`` -> ``en``, ``C`` -> ``en``."""
    tag = re.split(r"[.@]", name.strip(), maxsplit=1)[0].replace("_", "-").lower()
    try:
        return translation.get_supported_language_variant(tag)
    except LookupError:
        return SOURCE_LANGUAGE


def operator_language(environ: Mapping[str, str] | None = None) -> str:
    environ = os.environ if environ is None else environ
    return language_for(environ.get(OVERRIDE, "").strip() or locale_name(environ))


class CommandLine(ManagementUtility):
    """Django's command line, speaking the operator's language."""

    def fetch_command(self, subcommand: str) -> BaseCommand:
        # Django calls this once it is set up (a language's catalogue needs the apps) and
        # right before the command prints its help or runs.
        if apps.ready:
            translation.activate(operator_language())
        command = super().fetch_command(subcommand)
        # argparse prints ``help`` as the parser's description and needs a real string for
        # it (a lazy one made ``--help`` crash): translate it now, for this operator.
        if isinstance(command.help, Promise):
            command.help = str(command.help)
        return command


def execute_from_command_line(argv: list[str] | None = None) -> None:
    CommandLine(argv).execute()
