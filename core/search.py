"""Site search that works for Chinese as well as English, on SQLite and on PostgreSQL.

Neither engine's full-text search splits Chinese into words: PostgreSQL's parser and
SQLite's default tokenizer see "印制电路板行业" as one word, so a search for 电路 finds
nothing. Trigram indexes (``pg_trgm``, FTS5's ``trigram`` tokenizer) cannot serve a query
shorter than three characters, and the commonest Chinese words are two (芯片, 深圳). A
dictionary segmenter (jieba) brings a 20 MB dictionary that does not know the trade's
terms and splits them differently in a text and in a query.

So the index stores *terms* made here, the same way for texts and for queries:

- runs of Chinese (Japanese, Korean) characters become overlapping pairs of characters,
  with the run's last character on its own: 印制电路板 -> 印制 制电 电路 路板 板;
- other words are lower-cased, in Unicode compatibility form (full-width ＰＣＢ is pcb).

A query of Chinese characters is the phrase of its pairs (印制电路 -> "印制 制电 电路", which
matches exactly where the text holds 印制电路); a single character or a word matches as a
prefix ("print" finds printed). Every part of the query must match. Each engine then uses
its own full-text index over those terms, with its plain tokenizer: an FTS5 table on
SQLite (kept in step by triggers) and stored ``tsvector`` columns (the whole entry, and the
title alone) with GIN indexes on PostgreSQL (migrations ``core/0002`` and ``core/0004``).
Other engines fall back to substring matching.

Results: those whose title matches come first, then newer before older. The excerpt and
the highlighting are made here from the stored text, the same way on every engine.

Apps say what they index with ``register`` (from their AppConfig.ready); the index follows
every change through ``content_changed``; ``manage.py update_search_index`` rebuilds it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from django.db import connection, models, transaction
from django.db.models.expressions import RawSQL
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .languages import counts_characters, language_codes

# Chinese, Japanese and Korean scripts: written without spaces between words.
CJK = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u3131-\u318e"
    "\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0003134f"
)
CJK_RUN = re.compile(f"[{CJK}]+")
# Letters and digits of other scripts (no underscore: PostgreSQL's parser splits at it).
TOKEN = re.compile(f"[{CJK}]+|[^\\W_{CJK}]+")
MAX_WORD = 60  # longer "words" (a pasted hash, say) are not worth a term
MAX_QUERY_LENGTH = 100
MAX_QUERY_PARTS = 8
MAX_COUNTED = 1000  # "more than 1,000 results": counting, and paging, stop there
# Up to this many matches, a page spanning title matches and others is read in one query
# that sorts them all; past it, each group is read on its own in index order.
FEW_MATCHES = 200


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def terms(text: str) -> str:
    """The text's search terms, space separated (see the module's description)."""
    out: list[str] = []
    for token in TOKEN.findall(_fold(text)):
        if CJK_RUN.fullmatch(token):
            out.extend(token[i : i + 2] for i in range(len(token) - 1))
            out.append(token[-1])
        elif len(token) <= MAX_WORD:
            out.append(token)
    return " ".join(out)


@dataclass(frozen=True)
class Part:
    """One part of a query: a run of Chinese characters or a word."""

    text: str

    @property
    def is_cjk(self) -> bool:
        return bool(CJK_RUN.fullmatch(self.text))

    @property
    def terms(self) -> list[str]:
        if self.is_cjk and len(self.text) > 1:
            return [self.text[i : i + 2] for i in range(len(self.text) - 1)]
        return [self.text]

    @property
    def is_prefix(self) -> bool:
        return not self.is_cjk or len(self.text) == 1


def parse_query(query: str) -> list[Part]:
    """The parts of what a visitor typed; duplicates and overlong queries trimmed."""
    folded = _fold(query[:MAX_QUERY_LENGTH])
    parts: list[Part] = []
    for token in TOKEN.findall(folded):
        part = Part(token[:MAX_WORD])
        if part not in parts:
            parts.append(part)
    return parts[:MAX_QUERY_PARTS]


# --- What is indexed ------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """What one row shows in one language (the visitor's text, with its fallbacks)."""

    title: str
    body: str
    url: str
    date: datetime
    public_from: datetime | None = None  # a scheduled item is found from this time on


@dataclass(frozen=True)
class Source:
    model: type[models.Model]
    rows: Callable[[], models.QuerySet]  # every row that is or will be public
    document: Callable[[models.Model], Document]  # called with each language active


_sources: dict[str, Source] = {}


def register(
    model: type[models.Model],
    *,
    rows: Callable[[], models.QuerySet],
    document: Callable[[models.Model], Document],
) -> None:
    _sources[model._meta.label_lower] = Source(model, rows, document)


def registered_models() -> list[type[models.Model]]:
    return [source.model for source in _sources.values()]


def _entries(source: Source, row: models.Model) -> Iterator:
    from .models import SearchEntry

    for language in language_codes():
        with translation.override(language):
            document = source.document(row)
        yield SearchEntry(
            source=source.model._meta.label_lower,
            object_id=str(row.pk),
            language=language,
            title=document.title,
            body=document.body,
            url=document.url,
            date=document.date,
            public_from=document.public_from,
            title_terms=terms(document.title),
            body_terms=terms(document.body),
        )


def reindex(model: type[models.Model], pk) -> None:
    """Bring one row's entries up to date: gone when it is no longer public (or exists no
    more), rewritten otherwise."""
    from .models import SearchEntry

    label = model._meta.label_lower
    source = _sources.get(label)
    if source is None:
        return
    with transaction.atomic():
        SearchEntry.objects.filter(source=label, object_id=str(pk)).delete()
        row = source.rows().filter(pk=pk).first()
        if row is not None:
            SearchEntry.objects.bulk_create(_entries(source, row))


def rebuild(*, models_: Iterable[type[models.Model]] | None = None, batch: int = 500) -> int:
    """Index every registered row anew; returns how many entries were written."""
    from .models import SearchEntry

    labels = [m._meta.label_lower for m in models_] if models_ else list(_sources)
    written = 0
    for label in labels:
        source = _sources[label]
        with transaction.atomic():
            SearchEntry.objects.filter(source=label).delete()
            pending = []
            for row in source.rows().order_by("pk").iterator(chunk_size=batch):
                pending.extend(_entries(source, row))
                if len(pending) >= batch:
                    SearchEntry.objects.bulk_create(pending)
                    written += len(pending)
                    pending = []
            SearchEntry.objects.bulk_create(pending)
            written += len(pending)
    # What was kept from the old index (result counts, whole pages of results) is stale.
    from . import fragments, pagecache

    fragments.forget_fragments(sender=None)
    pagecache.forget_pages(sender=None)
    return written


def fill_if_empty(*, using: str = "default") -> int:
    """Build the index when it holds nothing while there is content to find."""
    from .models import SearchEntry

    if using != "default" or SearchEntry.objects.exists():
        return 0
    if not any(source.rows().exists() for source in _sources.values()):
        return 0
    return rebuild()


def follow_changes(sender, pk, action, **kwargs) -> None:
    """``content_changed`` receiver (connected in core's AppConfig)."""
    if sender._meta.label_lower in _sources:
        reindex(sender, pk)


# --- Searching ------------------------------------------------------------------------------


def _fts5_query(parts: list[Part]) -> str:
    # Terms hold only letters and digits, so quoting them leaves no FTS5 syntax to inject.
    phrases = []
    for part in parts:
        phrase = '"' + " ".join(part.terms) + '"'
        phrases.append(phrase + "*" if part.is_prefix else phrase)
    return " AND ".join(phrases)


def _tsquery(parts: list[Part]) -> str:
    phrases = []
    for part in parts:
        lexemes = [f"'{term}'" for term in part.terms]
        if part.is_prefix:
            lexemes[-1] += ":*"
        phrases.append("(" + " <-> ".join(lexemes) + ")")
    return " & ".join(phrases)


# The SQL below is constant; what the visitor typed only ever travels as a parameter.
FTS5_MATCH = "SELECT rowid FROM core_searchentry_fts WHERE core_searchentry_fts MATCH %s"
FTS5_COUNT = "SELECT count(*) FROM core_searchentry_fts WHERE core_searchentry_fts MATCH %s"
# Rows are read by id for each match, unless the matches are many: then the unary plus
# keeps SQLite from fetching thousands of rows (long texts and all) only to test their
# language, and it walks the (language, date) index instead, testing membership.
FTS5_IN = f'"core_searchentry"."id" IN ({FTS5_MATCH})'
FTS5_IN_MANY = f"+{FTS5_IN}"
MANY_MATCHES = 1000
TSQUERY_MATCH = '"core_searchentry"."document" @@ to_tsquery(\'simple\', %s)'
# On PostgreSQL the titles have a tsvector and a GIN index of their own (migration 0004).
TSQUERY_IN_TITLE = '"core_searchentry"."title_document" @@ to_tsquery(\'simple\', %s)'


def _conditions(parts: list[Part]) -> tuple[models.Expression | models.Q, ...]:
    """The conditions "matches every part" and "matches every part in the title"."""
    boolean = models.BooleanField()
    vendor = connection.vendor
    if vendor == "sqlite":
        query = _fts5_query(parts)
        with connection.cursor() as cursor:
            cursor.execute(FTS5_COUNT, [query])
            membership = FTS5_IN_MANY if cursor.fetchone()[0] > MANY_MATCHES else FTS5_IN
        return (
            RawSQL(membership, [query], output_field=boolean),  # noqa: S611
            RawSQL(membership, [f"title_terms : ({query})"], output_field=boolean),  # noqa: S611
        )
    if vendor == "postgresql":
        query = _tsquery(parts)
        return (
            RawSQL(TSQUERY_MATCH, [query], output_field=boolean),  # noqa: S611
            RawSQL(TSQUERY_IN_TITLE, [query], output_field=boolean),  # noqa: S611
        )
    # Any other engine: substring matching over the terms (slow on large sites).
    anywhere = models.Q()
    in_title = models.Q()
    for part in parts:
        needle = " ".join(part.terms)
        anywhere &= models.Q(title_terms__contains=needle) | models.Q(body_terms__contains=needle)
        in_title &= models.Q(title_terms__contains=needle)
    return anywhere, in_title


@dataclass
class Hit:
    title: SafeString  # highlighted
    excerpt: SafeString  # highlighted
    url: str
    date: datetime
    source: str  # "news.article"
    language: str


class Results:
    """A lazy list of hits that Django's Paginator can page through.

    Title matches come first, then the others, each newest first. Each group is read on
    its own, walking the (language, date) index and stopping at the page's last row, so a
    word found in thousands of entries costs a page's worth of rows, not a sort of them all
    (and the counts read the index, not the texts)."""

    FIELDS = ("source", "title", "body", "url", "date", "language")

    def __init__(self, query: str, *, language: str):
        from .models import SearchEntry

        self.query = query
        self.language = language
        self.parts = parse_query(query)
        now = timezone.now()
        entries = SearchEntry.objects.filter(language=language).filter(
            models.Q(public_from__isnull=True) | models.Q(public_from__lte=now)
        )
        if self.parts:
            anywhere, in_title = _conditions(self.parts)
            self._matches = entries.filter(anywhere)
            self._in_title = entries.filter(in_title)
            self._elsewhere = self._matches.exclude(in_title)
            # Title matches first, as a sort key: 1 for a title match, 0 otherwise.
            self._title_first = models.Case(
                models.When(in_title, then=1), default=0, output_field=models.IntegerField()
            )
        else:
            self._matches = self._in_title = self._elsewhere = entries.none()
            self._title_first = None
        self._counts: tuple[int, int] | None = None
        self.capped = False  # more matches than MAX_COUNTED

    def counts(self) -> tuple[int, int]:
        """(title matches, other matches), counted up to ``MAX_COUNTED`` in all: nobody
        pages past that, and counting stops there instead of at the ten-thousandth. Kept
        per query and language until the content changes (core.fragments.remember): the
        counts are what a search costs most, and the same words are searched again."""
        if self._counts is None:
            from .fragments import remember

            self._counts, self.capped = remember(
                "search-counts", self._count, variant=[self.language, *self.parts]
            )
        return self._counts

    def _count(self) -> tuple[tuple[int, int], bool]:
        limit = MAX_COUNTED + 1
        in_title = self._in_title[:limit].count()
        # Every title match is a match: counting all is cheaper than "all but those".
        matches = max(in_title, self._matches[:limit].count())
        capped = matches > MAX_COUNTED
        matches = min(matches, MAX_COUNTED)
        in_title = min(in_title, matches)
        return (in_title, matches - in_title), capped

    def count(self) -> int:
        return sum(self.counts())

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[Hit]:
        in_title, _elsewhere = self.counts()
        start, stop = index.start or 0, min(index.stop, self.count())
        newest = ("-date", "-id")
        if start < in_title < stop and self.count() <= FEW_MATCHES:
            # The page holds title matches and others, and there are few matches: one
            # query sorting them all (title matches first) costs less than two.
            ordered = self._matches.alias(title_first=self._title_first)
            ordered = ordered.order_by("-title_first", *newest)
            rows = list(ordered.only(*self.FIELDS)[start:stop])
        else:
            rows = []
            if start < in_title:
                rows += self._in_title.order_by(*newest).only(*self.FIELDS)[
                    start : min(stop, in_title)
                ]
            if stop > in_title:
                rows += self._elsewhere.order_by(*newest).only(*self.FIELDS)[
                    max(0, start - in_title) : stop - in_title
                ]
        return [
            Hit(
                title=highlight(row.title, self.parts),
                excerpt=highlight(row.body, self.parts, length=excerpt_length(self.language)),
                url=row.url,
                date=row.date,
                source=row.source,
                language=row.language,
            )
            for row in rows
        ]


def search(query: str, *, language: str) -> Results:
    return Results(query, language=language)


def excerpt_length(language: str) -> int:
    """About two lines of text: fewer characters in Chinese, where each says more."""
    return 90 if counts_characters(language) else 200


# --- Excerpts and highlighting --------------------------------------------------------------


def _needles(parts: list[Part]) -> re.Pattern | None:
    if not parts:
        return None
    alternatives = []
    for part in sorted(parts, key=lambda p: -len(p.text)):
        if part.is_cjk:
            alternatives.append(re.escape(part.text))
        else:
            # A word matches at the start of a word, as the index matches prefixes.
            alternatives.append(r"(?<![^\W_])" + re.escape(part.text) + r"[^\W_]*")
    return re.compile("|".join(alternatives), re.IGNORECASE)


def highlight(text: str, parts: list[Part], *, length: int | None = None) -> SafeString:
    """``text`` escaped, with what the query matched in ``<mark>``; cut to about
    ``length`` characters around the first match when a length is given."""
    text = " ".join(text.split())
    pattern = _needles(parts)
    matches = list(pattern.finditer(text)) if pattern else []
    start, end = 0, len(text)
    if length is not None and len(text) > length:
        first = matches[0].start() if matches else 0
        start = max(0, first - length // 3)
        end = min(len(text), start + length)
        start = max(0, end - length)
        start, end = _word_bounds(text, start, end)
    pieces = ["…" if start > 0 else ""]
    position = start
    for match in matches:
        if match.end() <= start or match.start() >= end:
            continue
        left, right = max(match.start(), start), min(match.end(), end)
        pieces.append(escape(text[position:left]))
        pieces.append(f"<mark>{escape(text[left:right])}</mark>")
        position = right
    pieces.append(escape(text[position:end]))
    pieces.append("…" if end < len(text) else "")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text is escaped above


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Move a cut off the middle of an English word (Chinese may be cut anywhere)."""
    if start > 0 and text[start - 1].isalnum() and not CJK_RUN.match(text[start]):
        space = text.find(" ", start, min(end, start + 20))
        start = space + 1 if space != -1 else start
    if end < len(text) and text[end].isalnum() and not CJK_RUN.match(text[end - 1]):
        space = text.rfind(" ", max(start, end - 20), end)
        end = space if space != -1 else end
    return start, end
