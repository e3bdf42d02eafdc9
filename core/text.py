"""Visible text typed by people: visitors in the public forms, staff in the admin, rows of
an imported spreadsheet. Normalised the same way wherever it comes from.

- Unicode NFC, so the same word is stored the same way whatever the keyboard sent. (Not
  NFKC: that would turn Chinese full-width punctuation such as "：" into ASCII.) CJK
  compatibility ideographs are left as typed: NFC would swap them for the unified ones,
  and some Hong Kong and Taiwan names are written with them on purpose.
- Single-line texts (names, subjects, phone numbers) lose line breaks and every other
  control character: such a value can never start a new line in an email, a CSV row or a
  log. Runs of ASCII white space become one space; an ideographic space stays.
- Multi-line texts keep their line breaks (CRLF, vertical tab, form feed and the Unicode
  line separators all become LF) and tabs; other control characters, NUL among them, are
  refused rather than silently dropped.
- A required text must have something visible: at least one letter, digit, punctuation
  mark or symbol. A name made only of spaces, zero-width characters, variation selectors
  or other marks that show nothing on their own is empty.
"""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# What shows on screen: letters, numbers, punctuation and symbols (emoji are symbols), but
# not the Hangul and Braille fillers, which are letters and symbols that render as blanks.
# Spaces, format characters (U+200B zero-width space, U+FEFF), marks on their own
# (variation selectors, U+034F) and controls show nothing.
VISIBLE_CATEGORIES = ("L", "N", "P", "S")
BLANK_LOOKING = frozenset({"\u3164", "\u115f", "\u1160", "\uffa0", "\u2800"})
MULTILINE_KEEP = frozenset({"\n", "\r", "\t"})  # CR only as part of a line end
# Other line ends a pasted text may carry (Word's manual line break is a vertical tab).
LINE_ENDS = re.compile("\r\n|[\r\v\f\x85\u2028\u2029]")
ASCII_SPACE_RUN = re.compile("[ \t\n\r\f\v]+")
# CJK compatibility ideographs, which NFC would replace.
COMPATIBILITY_IDEOGRAPHS = re.compile("([\uf900-\ufaff\U0002f800-\U0002fa1f]+)")


def is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc"


def has_visible_text(value: str | None) -> bool:
    """True when ``value`` shows at least one character on screen."""
    return any(
        unicodedata.category(char).startswith(VISIBLE_CATEGORIES) and char not in BLANK_LOOKING
        for char in value or ""
    )


def nfc(value: str) -> str:
    """Unicode NFC, leaving CJK compatibility ideographs as they are."""
    parts = COMPATIBILITY_IDEOGRAPHS.split(value)
    return "".join(
        part if index % 2 else unicodedata.normalize("NFC", part)
        for index, part in enumerate(parts)
    )


def clean_single_line(value: str) -> str:
    """NFC, control characters (line breaks included) turned into spaces, runs of ASCII
    white space folded, ends trimmed."""
    value = nfc(LINE_ENDS.sub(" ", value))
    value = "".join(" " if is_control(char) else char for char in value)
    return ASCII_SPACE_RUN.sub(" ", value).strip()


def first_control_character(value: str) -> str | None:
    """The first control character a multi-line text may not hold (NUL, escape, ...)."""
    return next((c for c in value if is_control(c) and c not in MULTILINE_KEEP), None)


def control_character_error(char: str) -> ValidationError:
    return ValidationError(
        _("The text contains an invisible control character (U+%(code)04X); remove it."),
        code="control_character",
        params={"code": ord(char)},
    )


def clean_multiline(value: str) -> str:
    """NFC and LF line ends; raises ValidationError for other control characters."""
    value = LINE_ENDS.sub("\n", nfc(value))
    if (char := first_control_character(value)) is not None:
        raise control_character_error(char)
    return value.strip()


def validate_no_control_characters(value: str) -> None:
    """Validator for text checked against a format of its own (an email or web address).
    Django's own checks let control characters through in places: in the quoted part of
    an email address before the @, and in the path of a web address."""
    if (char := next((c for c in value if is_control(c)), None)) is not None:
        raise control_character_error(char)


def validate_visible(value: str) -> None:
    """Model and form validator: refuse text that shows nothing (only invisible
    characters). Empty values are left to ``blank``/``required``."""
    if value and not has_visible_text(value):
        raise ValidationError(
            _("This contains only invisible characters; type some visible text."),
            code="invisible",
        )
