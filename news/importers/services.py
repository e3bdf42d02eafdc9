"""Articles from the items of an old site or feed (sources.py): created the first time,
updated when their item changed, left alone when it did not.

What an item says decides; what it does not say is left as it is here:
- The two languages of a bilingual post (translations linked in the source) become the
  ``_en`` and ``_zh_hans`` texts of one article. Title, summary and body are written in
  the item's language only, so a translation added here is kept.
- Category: the item's first (WordPress's "Uncategorized" only when it has no other),
  matched to an existing category by slug or by name in any language, else created; the
  category a translation names becomes that category's name in its language when the
  category has none yet. An item naming none goes into the import's default category.
- Author: the user with the item author's login (username) or email, else a new inactive
  user without a usable password, who can never log in until staff make it an account.
- Status and publish time: published (scheduled for a future time) or draft, as there.
- Pictures: the featured image and those in the text join the media library (media.py)
  and the text points at the library's files.
- The item's old address answers with a permanent redirect to the article in the item's
  language (core.Redirect), once the item was public there.

Every write goes through ``save()``, so revisions, caches and the search index hear of
it, and the rich text is sanitized there. Each article (with its pictures, category,
author and redirects) is committed on its own: a long import never holds the database,
and a failing item is reported and the others go on. A dry run does everything but store
pictures, in one transaction rolled back at the end.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import DataError, IntegrityError, transaction
from django.db.models import Q
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from core.languages import fallback_order, language_codes, language_name, localized
from core.models import Redirect
from core.publishing import Status
from core.richtext import html_to_text, sanitize_html
from core.slugs import ascii_slug, free_slug
from core.text import clean_single_line
from images.models import Image

from ..models import RESERVED_ARTICLE_SLUGS, Article, Category, ImportedArticle
from . import bodies
from .media import Fetched, PictureFetcher
from .sources import Item, Person, Picture, Source, Term

# Changing how items are mapped changes this, so that the next import maps them again.
MAPPING_VERSION = 1
SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
DEFAULT_CATEGORY_SLUG = "news"
WORDPRESS_DEFAULT_CATEGORY = "uncategorized"
# Source language tags that name a script or region rather than a site language code.
LANGUAGE_ALIASES = {
    "zh": "zh-hans",
    "zh-cn": "zh-hans",
    "zh-sg": "zh-hans",
    "zh-my": "zh-hans",
    "zh-chs": "zh-hans",
    "zh-tw": "zh-hant",
    "zh-hk": "zh-hant",
    "zh-mo": "zh-hant",
    "zh-cht": "zh-hant",
}


@dataclass
class ImportReport:
    format: str = ""
    identity: str = ""
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    # (the item's title or address, why it was not imported)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # WordPress items that are not posts: type -> how many (pages, menu items, ...)
    other_types: dict[str, int] = field(default_factory=dict)
    categories: int = 0  # created
    authors: int = 0  # created, inactive
    images: int = 0  # new in the media library
    # (the picture's address, why it was not imported)
    image_failures: list[tuple[str, str]] = field(default_factory=list)
    redirects: int = 0  # made or changed


class SkipItem(Exception):
    pass


def site_language(code: str) -> str | None:
    """The site language a source's language tag stands for ("en-US" -> "en", "zh_CN" ->
    "zh-hans"), or None when the site has none for it (Traditional Chinese is never
    taken for Simplified)."""
    codes = language_codes()
    code = LANGUAGE_ALIASES.get(code.strip().lower().replace("_", "-"), code.strip().lower())
    code = code.replace("_", "-")
    while code:
        if code in codes:
            return code
        code = code.rpartition("-")[0]
    return None


def import_news(
    *,
    source: Source,
    language: str,
    category: Category | None = None,
    media_dir: Path | None = None,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import ``source``'s items; ``language`` (a site language code) is that of items
    whose language the source does not mark. ``category`` takes the items naming none
    (default: "News", made when missing). ``progress`` is called with the number of
    articles done after each. With ``dry_run`` nothing is stored."""
    importer = Importer(
        source=source,
        language=language,
        category=category,
        media_dir=media_dir,
        dry_run=dry_run,
    )
    return importer.run(progress=progress)


def article_groups(source: Source) -> list[list[Item]]:
    """The items, one list per article: translations of one post together, in the order
    the source gives them."""
    groups: dict[str, list[Item]] = {}
    for item in source.items:
        key = f"group:{item.group}" if item.group else f"item:{item.source_id}"
        groups.setdefault(key, []).append(item)
    return list(groups.values())


class Importer:
    def __init__(
        self,
        *,
        source: Source,
        language: str,
        category: Category | None,
        media_dir: Path | None,
        dry_run: bool,
    ):
        self.source = source
        self.language = language
        self.default_category = category
        self.dry_run = dry_run
        self.pictures = PictureFetcher(media_dir=media_dir)
        self.report = ImportReport(
            format=source.format,
            identity=source.identity,
            other_types=dict(source.other_types),
        )
        self.counted_digests: set[str] = set()  # pictures counted as new in a dry run
        self.reported_failures: set[str] = set()

    def run(self, *, progress: Callable[[int], None] | None) -> ImportReport:
        groups = article_groups(self.source)
        # A real import commits article by article, so that a long import never holds the
        # database (SQLite locks it for every writer); a dry run is one transaction,
        # rolled back.
        with transaction.atomic() if self.dry_run else nullcontext():
            for index, items in enumerate(groups):
                try:
                    outcome = self.import_article(items)
                except SkipItem as reason:
                    self.report.skipped.append((items[0].label, str(reason)))
                except (IntegrityError, DataError) as error:
                    reason = _("The database refused it: %(error)s") % {"error": error}
                    self.report.skipped.append((items[0].label, reason))
                except ValidationError as error:
                    self.report.skipped.append((items[0].label, " ".join(error.messages)))
                else:
                    if outcome:
                        setattr(self.report, outcome, getattr(self.report, outcome) + 1)
                if progress:
                    progress(index + 1)
            if self.dry_run:
                transaction.set_rollback(True)
        return self.report

    # --- One article ------------------------------------------------------------------------

    def import_article(self, items: list[Item]) -> str | None:
        """Import the items of one article; return "created", "updated" or "unchanged",
        or None when none of them is imported (each reported), or raise SkipItem."""
        translations = self.translations(items)
        if not translations:
            return None
        ids = [item.source_id for item, _language in translations]
        records = {
            record.source_id: record
            for record in ImportedArticle.objects.filter(
                source=self.source.identity, source_id__in=ids
            )
        }
        if any(record.article_id is None for record in records.values()):
            raise SkipItem(_("its article was deleted here after an earlier import"))
        article_ids = [records[i].article_id for i in ids if i in records]
        article = Article.objects.filter(pk=article_ids[0]).first() if article_ids else None
        fingerprints = {item.source_id: self.fingerprint(item, code) for item, code in translations}
        if article and all(i in records and records[i].fingerprint == fingerprints[i] for i in ids):
            return "unchanged"
        # Pictures first, outside the transaction: downloads take time.
        texts = {item.source_id: bodies.prepare(item.body) for item, _language in translations}
        wanted = self.wanted_pictures(translations, texts)
        fetched = {address: self.pictures.get(address, path=path) for address, path in wanted}
        failed = {address: result.error for address, result in fetched.items() if result.error}
        for address, error in failed.items():
            if address not in self.reported_failures:
                self.reported_failures.add(address)
                self.report.image_failures.append((address, error))
        with transaction.atomic():
            return self.write(article, translations, texts, fetched, records, fingerprints, failed)

    def translations(self, items: list[Item]) -> list[tuple[Item, str]]:
        """The items to import with their site language, the default content language's
        first (its slug and its shared fields win); the others are reported."""
        chosen: dict[str, Item] = {}
        for item in items:
            if item.skip:
                self.report.skipped.append((item.label, item.skip))
                continue
            code = site_language(item.language) if item.language else self.language
            if code is None:
                reason = _("it is in “%(language)s”, which this site does not have") % {
                    "language": item.language
                }
                self.report.skipped.append((item.label, reason))
            elif code in chosen:
                reason = _("another item of the same post is in %(language)s already") % {
                    "language": language_name(code)
                }
                self.report.skipped.append((item.label, reason))
            elif not (item.title.strip() or html_to_text(item.body)):
                self.report.skipped.append((item.label, _("it has neither a title nor text")))
            else:
                chosen[code] = item
        order = fallback_order(settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
        return [(chosen[code], code) for code in order if code in chosen]

    def fingerprint(self, item: Item, language: str) -> str:
        summary = json.dumps([MAPPING_VERSION, language, asdict(item)], sort_keys=True, default=str)
        return hashlib.sha256(summary.encode()).hexdigest()

    def wanted_pictures(
        self, translations: list[tuple[Item, str]], texts: dict[str, str]
    ) -> list[tuple[str, str]]:
        """(address, path under uploads) of every picture the article shows."""
        wanted = {}
        if picture := self.featured(translations):
            wanted[picture.url] = picture.path
        for item, _language in translations:
            for address, _alt in bodies.pictures(texts[item.source_id], base=item.link):
                wanted.setdefault(address, "")
        return list(wanted.items())

    @staticmethod
    def featured(translations: list[tuple[Item, str]]) -> Picture | None:
        return next((item.picture for item, _language in translations if item.picture), None)

    def write(
        self,
        article: Article | None,
        translations: list[tuple[Item, str]],
        texts: dict[str, str],
        fetched: dict[str, Fetched],
        records: dict[str, ImportedArticle],
        fingerprints: dict[str, str],
        failed: dict[str, str],
    ) -> str:
        primary, primary_language = translations[0]
        created = article is None
        article = article or Article()
        before = self.snapshot(article, translations)
        copies: dict[str, str] = {}
        if (picture := self.featured(translations)) and (
            image := self.library_image(fetched[picture.url], picture, primary_language)
        ):
            article.image = image
        for item, language in translations:
            for address, alt in bodies.pictures(texts[item.source_id], base=item.link):
                image = self.library_image(
                    fetched[address], Picture(url=address, alt=alt), language
                )
                if image is not None:
                    copies[address] = copies[fetched[address].address] = image.file.url
                else:  # shown from the old site while it lasts, wherever the text said
                    copies.setdefault(address, address)
            body = bodies.point_pictures(texts[item.source_id], base=item.link, copies=copies)
            self.write_texts(article, item, language, body)
        if category := self.category(translations):
            article.category = category
        elif created:
            article.category = self.fallback_category()
        if person := next((item.author for item, _language in translations if item.author), None):
            article.author = self.author(person)
        if any(item.status == Status.PUBLISHED for item, _language in translations):
            article.status = Status.PUBLISHED
        else:
            article.status = Status.DRAFT
        if date := next((item.date for item, _language in translations if item.date), None):
            article.publish_at = date
        if created and (slug := self.slug(primary)):
            article.slug = slug
        changed = created or self.snapshot(article, translations) != before
        if changed:
            article.save()
        for item, language in translations:
            record = records.get(item.source_id) or ImportedArticle(
                source=self.source.identity, source_id=item.source_id
            )
            record.article = article
            record.language = language
            record.link = item.link[:500]
            # An article some of whose pictures failed is tried again next time.
            record.fingerprint = "" if failed else fingerprints[item.source_id]
            record.save()
            if item.status == Status.PUBLISHED and self.redirect(item, article, language):
                self.report.redirects += 1
        if created:
            return "created"
        return "updated" if changed else "unchanged"

    @staticmethod
    def snapshot(article: Article, translations: list[tuple[Item, str]]) -> dict:
        names = ["category_id", "author_id", "image_id", "status", "publish_at", "slug"]
        for _item, language in translations:
            names += [build_localized_fieldname(f, language) for f in ("title", "summary", "body")]
        return {name: getattr(article, name) for name in names}

    @staticmethod
    def write_texts(article: Article, item: Item, language: str, body: str) -> None:
        body = sanitize_html(body)  # as saving will: compared with what is stored
        title = clean_single_line(html_to_text(item.title) if "<" in item.title else item.title)
        if not title:
            title = Truncator(html_to_text(body)).chars(80)
        values = {
            "title": title[: Article._meta.get_field("title").max_length],
            "summary": clean_single_line(html_to_text(item.summary)),
            "body": body,
        }
        for name, value in values.items():
            setattr(article, build_localized_fieldname(name, language), value)

    def slug(self, item: Item) -> str:
        """The old site's slug when it is a readable ASCII one and free here."""
        slug = item.slug.strip().lower()
        if not SLUG.fullmatch(slug):
            return ""
        slug = slug[:100].strip("-_")
        return free_slug(Article, slug, reserved=RESERVED_ARTICLE_SLUGS)

    # --- Pictures -------------------------------------------------------------------------

    def library_image(self, fetched: Fetched, picture: Picture, language: str) -> Image | None:
        """The library's image of a fetched picture: one with the same pixels, else a new
        one (None when the picture could not be fetched, and in a dry run)."""
        if fetched.error:
            return None
        image = Image.objects.filter(digest=fetched.digest).order_by("pk").first()
        if image is not None:
            return image
        if self.dry_run:
            if fetched.digest not in self.counted_digests:
                self.counted_digests.add(fetched.digest)
                self.report.images += 1
            return None
        stem = PurePosixPath(unquote(urlsplit(fetched.address).path)).stem
        image = Image(
            file=ContentFile(fetched.content, name=fetched.name),
            title=clean_single_line(picture.title or stem)[:255],
        )
        for name, value in (("alt", picture.alt), ("caption", picture.caption)):
            limit = Image._meta.get_field(name).max_length
            text = clean_single_line(html_to_text(value))[:limit]
            setattr(image, build_localized_fieldname(name, language), text)
        image.save()  # checked and stored again as an upload is (core.images)
        self.report.images += 1
        return image

    # --- Categories -------------------------------------------------------------------------

    def category(self, translations: list[tuple[Item, str]]) -> Category | None:
        """The category of the article's first item that names one; the categories its
        translations name give that category its name in their languages, where it has
        none yet and they are not categories here already."""
        named = [
            (term, language)
            for item, language in translations
            if (term := first_category(item.categories))
        ]
        if not named:
            return None
        term, language = named[0]
        category = self.find_category(term) or self.create_category(term, language)
        for other, other_language in named[1:]:
            column = build_localized_fieldname("name", other_language)
            name = clean_single_line(other.name)[:100]
            if name and not getattr(category, column) and self.find_category(other) is None:
                setattr(category, column, name)
                category.save()
        return category

    @staticmethod
    def find_category(term: Term) -> Category | None:
        slug = term_slug(term) or ascii_slug(term.name, max_length=100)
        if slug and (found := Category.objects.filter(slug=slug).first()):
            return found
        name = clean_single_line(term.name)
        if not name:
            return None
        same_name = Q()
        for column in localized("name"):
            same_name |= Q(**{f"{column}__iexact": name})
        return Category.objects.filter(same_name).order_by("pk").first()

    def create_category(self, term: Term, language: str) -> Category:
        name = clean_single_line(term.name)[:100] or term_slug(term)
        category = Category(
            slug=term_slug(term), **{build_localized_fieldname("name", language): name}
        )
        category.save()
        self.report.categories += 1
        return category

    def fallback_category(self) -> Category:
        if self.default_category is not None:
            return self.default_category
        found = Category.objects.filter(slug=DEFAULT_CATEGORY_SLUG).first()
        if found:
            return found
        names = {}
        for code in language_codes():
            with translation.override(code):
                names[build_localized_fieldname("name", code)] = _("News")
        category = Category(slug=DEFAULT_CATEGORY_SLUG, **names)
        category.save()
        self.report.categories += 1
        return category

    # --- Authors --------------------------------------------------------------------------

    def author(self, person: Person):
        """The user who wrote it here: matched by username, then email; else a new one
        who cannot log in (inactive, no usable password)."""
        User = get_user_model()
        username_field = User.USERNAME_FIELD
        for username in filter(None, (person.login, person.name)):
            if user := User._default_manager.filter(**{username_field: username}).first():
                return user
        if person.email and (
            user := User._default_manager.filter(email__iexact=person.email).order_by("pk").first()
        ):
            return user
        user = User(**{username_field: self.free_username(person)}, is_active=False)
        user.email = person.email[:254]
        user.first_name = clean_single_line(person.first_name or person.name)[:150]
        user.last_name = clean_single_line(person.last_name)[:150]
        user.set_unusable_password()
        user.save()
        self.report.authors += 1
        return user

    @staticmethod
    def free_username(person: Person) -> str:
        User = get_user_model()
        wanted = person.login or person.name or person.email.partition("@")[0]
        try:
            User.username_validator(wanted)
        except ValidationError:
            wanted = ""
        base = (wanted or ascii_slug(person.name or person.email) or "author")[:140]
        return free_slug(User, base, field=User.USERNAME_FIELD)

    # --- Old addresses ----------------------------------------------------------------------

    def redirect(self, item: Item, article: Article, language: str) -> bool:
        """Send the item's old address to the article in its language; True when a
        redirect was made or changed."""
        if not item.link:
            return False
        old_path = Redirect.path_of(item.link)
        with translation.override(language):
            new_path = article.get_absolute_url()
        if old_path in ("", "/", new_path) or len(old_path) > 500:
            return False
        redirect = Redirect.objects.filter(old_path=old_path).first() or Redirect(old_path=old_path)
        if redirect.new_path == new_path:
            return False
        redirect.new_path = new_path
        redirect.note = (_("Imported from %(source)s") % {"source": self.source.identity})[:255]
        redirect.save()
        return True


def first_category(terms: tuple[Term, ...]) -> Term | None:
    """The item's main category: WordPress files a post under "Uncategorized" when it has
    no other, so that one counts only alone."""
    useful = [
        term
        for term in terms
        if (term_slug(term) or ascii_slug(term.name)) != WORDPRESS_DEFAULT_CATEGORY
    ]
    return (useful or list(terms) or [None])[0]


def term_slug(term: Term) -> str:
    """The source's own slug when it is a readable ASCII one (WordPress spells Chinese
    slugs in %-escapes; those are made afresh from the name, in pinyin)."""
    slug = (term.slug or "").strip().lower()
    return slug[:100] if SLUG.fullmatch(slug) else ""
