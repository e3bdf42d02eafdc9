"""Member companies to and from CSV, for staff who keep the list in Excel or WPS.

Files are UTF-8. Exports start with a byte order mark so that Excel and WPS show Chinese
names correctly; imports accept files with or without it. The commands ``export_members``
and ``import_members`` are thin wrappers around the functions here.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and
company texts can come from the public membership form. So such cells are exported with a
leading apostrophe (``'=...``, ``'+86 731 ...``), and the import removes it again: the round
trip is exact, and a phone number stays a phone number in Excel.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, TextIO

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, SuspiciousFileOperation, ValidationError
from django.core.files.utils import validate_file_name
from django.db import DataError, IntegrityError, models, transaction
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from modeltranslation.translator import translator

from core.forms import text_form_class
from core.languages import localized, localized_fields
from core.richtext import RichTextField, sanitize_html
from core.text import first_control_character
from images.models import Image

from .models import IndustrySegment, MemberCompany, MembershipLevel, Region

# One column per language for each translated field: adding a language adds columns.
COLUMNS = (
    "slug",
    *localized("name"),
    "level",
    "segments",
    "region",
    *localized_fields("city", "address"),
    "website",
    "phone",
    "email",
    "founded_year",
    "member_since",
    *localized_fields("short_description", "description"),
    "logo",
    "featured",
    "is_active",
)
REQUIRED_COLUMNS = ("slug",)
# At least one of these: a file made when the site had fewer languages still imports.
NAME_COLUMNS = tuple(localized("name"))
SEGMENT_SEPARATOR = "|"
YEAR_COLUMNS = ("founded_year", "member_since")
BOOLEAN_COLUMNS = ("featured", "is_active")
# Column -> the vocabulary its cells name by slug.
VOCABULARY_COLUMNS: dict[str, type[models.Model]] = {
    "level": MembershipLevel,
    "segments": IndustrySegment,
    "region": Region,
}
TRUE_WORDS = frozenset({"1", "true", "yes"})
FALSE_WORDS = frozenset({"0", "false", "no"})
# A cell a spreadsheet would run as a formula, possibly already behind our apostrophes.
FORMULA_START = re.compile(r"'*[=+\-@\t\r]")


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    # (line in the file, the row's slug or name, why it was not imported)
    rejected: list[tuple[int, str, str]] = field(default_factory=list)
    # Header names that are not columns of ours; their cells were not read.
    ignored_columns: list[str] = field(default_factory=list)


class CsvRow(dict):
    """One data row of a file, column -> cell, remembering the line it starts on (a quoted
    cell may span several lines, so this is not simply the row's index plus two)."""

    def __init__(self, cells: dict, *, line: int):
        super().__init__(cells)
        self.line = line


class RowError(Exception):
    def __init__(self, errors: dict[str, list[str]]):
        super().__init__(errors)
        self.errors = errors


# --- Export ---------------------------------------------------------------------------------


def export_members(*, out: TextIO) -> int:
    """Write the header and every member company, active or not, ordered by slug, to
    ``out`` (open it with ``encoding="utf-8-sig", newline=""``). Returns the row count."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    companies = (
        MemberCompany.objects.select_related("level", "region", "logo")
        .prefetch_related(Prefetch("segments", queryset=IndustrySegment.objects.order_by("slug")))
        .order_by("slug")
    )
    count = 0
    for company in companies:
        writer.writerow([escape_formula(export_cell(company, column)) for column in COLUMNS])
        count += 1
    return count


def export_cell(company: MemberCompany, column: str) -> str:
    if column in BOOLEAN_COLUMNS:
        return "1" if getattr(company, column) else "0"
    if column == "segments":
        return SEGMENT_SEPARATOR.join(segment.slug for segment in company.segments.all())
    if column in VOCABULARY_COLUMNS:
        item = getattr(company, column)
        return item.slug if item else ""
    if column == "logo":
        return company.logo.file.name if company.logo else ""
    value = getattr(company, column)
    return "" if value is None else str(value)


def escape_formula(value: str) -> str:
    return "'" + value if FORMULA_START.match(value) else value


def unescape_formula(value: str) -> str:
    return value[1:] if value.startswith("'") and FORMULA_START.match(value, 1) else value


# --- Reading a file -------------------------------------------------------------------------


def read_rows(file: TextIO) -> list[CsvRow]:
    """The data rows of a CSV file opened with ``encoding="utf-8-sig", newline=""``.

    Raises ValueError when the header lacks a required column or names one twice. Blank
    lines (also rows of empty cells, which spreadsheets leave behind) are skipped. Like
    csv.DictReader, a row with too few cells has None for the missing ones and a row with
    too many keeps the extra cells under the key None; import_members rejects both.
    """
    reader = csv.reader(file)
    header = next(reader, None)
    if header is None:
        raise ValueError(_("The file is empty; its first line must name the columns."))
    header = [name.strip().lstrip("\ufeff").strip() for name in header]
    check_header(header)
    rows = []
    while True:
        line = reader.line_num + 1
        cells = next(reader, None)
        if cells is None:
            break
        if not any(cell.strip() for cell in cells):
            continue
        row = CsvRow(dict(zip(header, cells, strict=False)), line=line)
        for name in header[len(cells) :]:
            row[name] = None
        if len(cells) > len(header):
            row[None] = cells[len(header) :]
        rows.append(row)
    return rows


def check_header(names: Sequence[str]) -> None:
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if not any(name in names for name in NAME_COLUMNS):
        missing.append(" / ".join(NAME_COLUMNS))
    if missing:
        raise ValueError(
            _("The header lacks required columns: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    repeated = sorted({name for name in names if name and names.count(name) > 1})
    if repeated:
        raise ValueError(
            _("The header names these columns more than once: %(columns)s.")
            % {"columns": ", ".join(repeated)}
        )


# --- Import ---------------------------------------------------------------------------------


def import_members(
    *,
    rows: Iterable[dict],
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Create or update a member company for each row, matched by slug.

    A row without a slug creates a company (its slug made from the name). Each row is
    saved whole or not at all, and committed on its own; a rejected row is reported with
    its line and the reason, and the others go on. Columns missing from the file leave
    those fields as they are (new companies get the defaults); an empty cell empties the
    field. Rows equal to what is stored are not saved. With ``dry_run`` everything happens
    as usual and is then rolled back, so the report is exact and nothing is stored.

    ``rows`` come from read_rows (or any dicts of column -> cell: then the line numbers
    assume one line per row after the header). ``progress`` is called with the number of
    rows done after each row. Raises ValueError, before any row is touched, when the
    required columns are missing.
    """
    rows = list(rows)
    report = ImportReport()
    if rows:
        header = [name for name in rows[0] if name is not None]
        check_header(header)
        report.ignored_columns = [name for name in header if name not in COLUMNS]
    vocabulary = {
        column: {item.slug: item for item in model._default_manager.all()}
        for column, model in VOCABULARY_COLUMNS.items()
    }
    seen_slugs: dict[str, int] = {}
    # A real import commits row by row, so that a long import never holds the database
    # (SQLite locks it for every writer); a dry run is one transaction, rolled back.
    with transaction.atomic() if dry_run else nullcontext():
        for index, row in enumerate(rows):
            line = getattr(row, "line", index + 2)
            try:
                with transaction.atomic():
                    outcome = import_row(row, vocabulary=vocabulary, seen_slugs=seen_slugs)
            except RowError as error:
                report.rejected.append((line, row_label(row), format_errors(error.errors)))
            except (IntegrityError, DataError) as error:
                reason = _("The database refused the row: %(error)s") % {"error": error}
                report.rejected.append((line, row_label(row), reason))
            else:
                setattr(report, outcome, getattr(report, outcome) + 1)
            finally:
                if (slug := cell(row, "slug")) and slug not in seen_slugs:
                    seen_slugs[slug] = line
            if progress:
                progress(index + 1)
        if dry_run:
            transaction.set_rollback(True)
    return report


def import_row(
    row: dict, *, vocabulary: dict[str, dict[str, Any]], seen_slugs: dict[str, int]
) -> str:
    """Store one row; return "created", "updated" or "unchanged", or raise RowError."""
    if None in row or None in row.values():
        columns = len(row) - (None in row)
        cells = sum(value is not None for key, value in row.items() if key is not None)
        cells += len(row.get(None, ()))
        message = _("The row has %(cells)d cells but the header has %(columns)d columns.")
        raise RowError({NON_FIELD_ERRORS: [message % {"cells": cells, "columns": columns}]})
    slug = cell(row, "slug")
    if slug in seen_slugs:
        raise RowError(
            {"slug": [_("Line %(line)d has the same slug.") % {"line": seen_slugs[slug]}]}
        )
    values, segments = parse_row(row, vocabulary=vocabulary)
    company = (
        MemberCompany.objects.filter(slug=slug).prefetch_related("segments").first()
        if slug
        else None
    )
    created = company is None
    if created:
        company = MemberCompany()
        changed = list(values)
        segments_changed = bool(segments)
    else:
        changed = [name for name, value in values.items() if not same(company, name, value)]
        segments_changed = segments is not None and (
            {segment.pk for segment in segments} != {item.pk for item in company.segments.all()}
        )
        if not (changed or segments_changed):
            return "unchanged"

    for name in changed:
        setattr(company, name, values[name])
    translated = translator.get_options_for_model(MemberCompany).fields
    try:
        company.full_clean(exclude=translated)
    except ValidationError as error:
        raise RowError(column_errors(error)) from None
    company.save()
    if segments_changed:
        company.segments.set(segments)
    return "created" if created else "updated"


def parse_row(
    row: dict, *, vocabulary: dict[str, dict[str, Any]]
) -> tuple[dict[str, Any], list | None]:
    """The row's values by model attribute name, and its segments (None when the file has
    no segments column). Raises RowError for cells that cannot be read."""
    values: dict[str, Any] = {}
    segments = None
    errors: dict[str, list[str]] = {}
    for column in COLUMNS:
        if column not in row:
            continue
        text = cell(row, column)
        model_field = MemberCompany._meta.get_field(column)
        try:
            check_characters(text)
            if column == "segments":
                slugs = dict.fromkeys(s.strip() for s in text.split(SEGMENT_SEPARATOR) if s.strip())
                segments = [lookup(vocabulary, column, slug) for slug in slugs]
            elif column in VOCABULARY_COLUMNS:
                item = lookup(vocabulary, column, text) if text else None
                values[model_field.attname] = item.pk if item else None
            elif column == "logo":
                values["logo_id"] = library_image(text).pk if text else None
            elif column in YEAR_COLUMNS:
                values[column] = forms.IntegerField(required=False).clean(text)
            elif column in BOOLEAN_COLUMNS:
                values[column] = parse_boolean(text, default=model_field.get_default())
            elif isinstance(model_field, RichTextField):
                # As saving would store it, to compare it with what is stored.
                values[column] = sanitize_html(text)
            elif (form_class := text_form_class(model_field)) is not None:
                # Normalised as the admin and the public forms normalise typed text.
                values[column] = form_class(required=False).clean(text)
            else:
                values[column] = text
        except ValidationError as error:
            errors[column] = error.messages
    if errors:
        raise RowError(errors)
    return values, segments


def check_characters(text: str) -> None:
    """Refuse a cell holding a control character other than a line break or a tab: NUL
    in particular, which PostgreSQL cannot store in text at all."""
    if (char := first_control_character(text)) is not None:
        raise ValidationError(
            _("The cell contains an invisible control character (U+%(code)04X); remove it.")
            % {"code": ord(char)}
        )


def cell(row: dict, column: str) -> str:
    return unescape_formula((row.get(column) or "").strip())


def lookup(vocabulary: dict[str, dict[str, Any]], column: str, slug: str) -> Any:
    try:
        return vocabulary[column][slug]
    except KeyError:
        model = VOCABULARY_COLUMNS[column]
        raise ValidationError(
            _("No %(kind)s has the slug “%(slug)s”.")
            % {"kind": model._meta.verbose_name, "slug": slug}
        ) from None


def parse_boolean(text: str, *, default: bool) -> bool:
    word = text.lower()
    if not word:
        return default
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValidationError(_("Enter 1 or 0 (yes/no and true/false also work)."))


def same(company: MemberCompany, name: str, value: Any) -> bool:
    current = getattr(company, name)
    if isinstance(value, str):
        # Texts never written are NULL in the per-language columns; an empty cell matches.
        return (current or "") == value
    return current == value


def library_image(name: str) -> Image:
    """A logo cell names an image of the media library by its stored file (files are not
    part of the CSV): upload it to the library first."""
    try:
        validate_file_name(name, allow_relative_path=True)
    except SuspiciousFileOperation:
        raise ValidationError(
            _("Give the stored name of a library image, such as images/2025/05/logo.png.")
        ) from None
    image = Image.objects.filter(file=name).first()
    if image is None:
        raise ValidationError(
            _(
                "No image in the media library is stored as “%(name)s”; upload it there "
                "first or empty the cell."
            )
            % {"name": name}
        )
    return image


def column_errors(error: ValidationError) -> dict[str, list[str]]:
    """full_clean's errors keyed by column; "fill this in at least one language" names
    every language's column."""
    every_language = {
        column: " / ".join(localized(base))
        for base in MemberCompany.required_translations
        for column in localized(base)
    }
    errors = {}
    for name, problems in error.error_dict.items():
        label = name
        if any(problem.code == "required_translation" for problem in problems):
            label = every_language.get(name, name)
        errors[label] = ValidationError(problems).messages
    return errors


def format_errors(errors: dict[str, list[str]]) -> str:
    def position(item: tuple[str, list[str]]) -> int:
        first_column = item[0].split(" / ")[0]
        return COLUMNS.index(first_column) if first_column in COLUMNS else -1

    return " ".join(
        " ".join(messages) if column == NON_FIELD_ERRORS else f"{column}: {' '.join(messages)}"
        for column, messages in sorted(errors.items(), key=position)
    )


def row_label(row: dict) -> str:
    names = (cell(row, column) for column in localized("name"))
    return cell(row, "slug") or next((name for name in names if name), "")
