"""Visible text typed by people: visitors in the public forms, staff in the admin, rows of
an imported spreadsheet. Normalised the same way wherever it comes from.

- Unicode NFC, so the same word is stored the same way whatever the keyboard sent. (Not
  NFKC: that would turn Chinese full-width punctuation such as "：" into ASCII.)
- Single-line texts (names, subjects, phone numbers) lose line breaks and every other
  control character: such a value can never start a new line in an email, a CSV row or a
  log. Runs of white space become one space.
- Multi-line texts keep their line breaks (CRLF becomes LF) and tabs; other control
  characters, NUL among them, are refused rather than silently dropped.
- A required text must have something visible: a name made only of spaces, zero-width
  characters or other invisible format characters is empty.
"""

from __future__ import annotations

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Characters that take no space on screen: format characters (Unicode category Cf, such as
# U+200B zero-width space, U+200D joiner, U+2060 word joiner, U+FEFF byte order mark) and
# the Hangul and Braille fillers that render as blanks.
INVISIBLE_CATEGORIES = frozenset({"Cf"})
INVISIBLE_EXTRA = frozenset({"\u3164", "\u115f", "\u1160", "\uffa0", "\u2800"})
MULTILINE_KEEP = frozenset({"\n", "\r", "\t"})  # CR only as part of a line end


def is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc"


def has_visible_text(value: str | None) -> bool:
    """True when ``value`` shows at least one character on screen."""
    return any(
        not char.isspace()
        and unicodedata.category(char) not in INVISIBLE_CATEGORIES
        and char not in INVISIBLE_EXTRA
        and not is_control(char)
        for char in value or ""
    )


def clean_single_line(value: str) -> str:
    """NFC, control characters (line breaks included) turned into spaces, white space
    folded, ends trimmed."""
    value = unicodedata.normalize("NFC", value)
    value = "".join(" " if is_control(char) else char for char in value)
    return " ".join(value.split())


def first_control_character(value: str) -> str | None:
    """The first control character a multi-line text may not hold (NUL, escape, ...)."""
    return next((c for c in value if is_control(c) and c not in MULTILINE_KEEP), None)


def clean_multiline(value: str) -> str:
    """NFC and LF line ends; raises ValidationError for other control characters."""
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    if (char := first_control_character(value)) is not None:
        raise ValidationError(
            _("The text contains an invisible control character (U+%(code)04X); remove it."),
            code="control_character",
            params={"code": ord(char)},
        )
    return value.strip()


def validate_visible(value: str) -> None:
    """Model and form validator: refuse text that shows nothing (only invisible
    characters). Empty values are left to ``blank``/``required``."""
    if value and not has_visible_text(value):
        raise ValidationError(
            _("This contains only invisible characters; type some visible text."),
            code="invisible",
        )
