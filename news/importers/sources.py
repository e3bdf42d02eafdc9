"""What an old site gives: a WordPress export (WXR) or an RSS 2.0 or Atom feed, read into
one shape (``Source`` with its ``Item``s) whatever the format. Nothing here touches the
database; services.py maps the items onto articles.

The XML is parsed with defusedxml: an entity declaration (the "billion laughs") or an
external reference is refused, not expanded or fetched.

Languages, as the sources mark them:
- WordPress with Polylang: a post's language is a term of the ``language`` taxonomy
  (``<category domain="language" nicename="zh">``) and its translations share a term of
  ``post_translations``.
- WordPress with WPML: its export add-on writes the language and the translation group as
  post meta (``_wpml_import_language_code``, ``_wpml_import_translation_group``); other
  exports carry WPML's translation id (``trid``).
- Feeds: the channel's ``<language>`` (RSS) or ``xml:lang`` (Atom, also on each entry).
"""

from __future__ import annotations

import datetime
import hashlib
import xml.etree.ElementTree as ET  # writes parsed XHTML back; defusedxml parses
from collections import Counter
from dataclasses import dataclass, field
from email.utils import parseaddr, parsedate_to_datetime
from html import escape
from pathlib import Path
from urllib.parse import unquote

import defusedxml
import defusedxml.ElementTree as SafeET
from django.utils import timezone
from django.utils.translation import gettext as _

from core.publishing import Status
from core.richtext import html_to_text

from .fetch import FetchError, fetch, is_web_address

# A WordPress export of a large site runs to tens of megabytes; this is far beyond.
MAX_SOURCE_BYTES = 256 * 1024 * 1024

WORDPRESS = "http://wordpress.org/export/"  # followed by the WXR version, e.g. 1.2/
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC = "http://purl.org/dc/elements/1.1/"
MEDIA = "http://search.yahoo.com/mrss/"
ATOM = "http://www.w3.org/2005/Atom"
XHTML = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Taxonomies and post meta that carry a post's language and its translation group.
LANGUAGE_TAXONOMIES = frozenset({"language"})
TRANSLATION_TAXONOMIES = frozenset({"post_translations", "translation", "translations"})
LANGUAGE_META = ("_wpml_import_language_code", "_wpml_language", "wpml_language")
TRANSLATION_META = ("_wpml_import_translation_group", "_wpml_trid", "wpml_trid", "trid")
# WordPress statuses: what is imported as what (others, such as trash, are not imported).
WORDPRESS_STATUSES = {
    "publish": Status.PUBLISHED,
    "future": Status.PUBLISHED,  # scheduled: it appears here at its time too
    "draft": Status.DRAFT,
    "pending": Status.DRAFT,
    "private": Status.DRAFT,
}
NO_DATE = "0000-00-00 00:00:00"


class SourceError(Exception):
    """The source cannot be read or is not a format we know; the message says which."""


@dataclass(frozen=True)
class Term:
    """A category as the source names it; ``slug`` is the source's own, if it has one."""

    name: str
    slug: str = ""


@dataclass(frozen=True)
class Person:
    name: str = ""
    login: str = ""
    email: str = ""
    first_name: str = ""
    last_name: str = ""


@dataclass(frozen=True)
class Picture:
    url: str
    path: str = ""  # where the file lies under wp-content/uploads (for --media-dir)
    title: str = ""
    alt: str = ""
    caption: str = ""


@dataclass
class Item:
    """One post or feed entry."""

    source_id: str
    title: str = ""
    link: str = ""
    body: str = ""  # HTML
    summary: str = ""  # HTML or text
    date: datetime.datetime | None = None
    status: str = Status.PUBLISHED
    categories: tuple[Term, ...] = ()
    author: Person | None = None
    language: str = ""  # as the source writes it ("zh", "en-US"); "" when it says nothing
    group: str = ""  # items sharing a group are translations of one another
    picture: Picture | None = None  # the featured image
    slug: str = ""
    skip: str = ""  # why the item is not imported ("" when it is)

    @property
    def label(self) -> str:
        return self.title or self.link or self.source_id


@dataclass
class Source:
    format: str  # one of FORMAT_NAMES
    identity: str  # the old site's or feed's address: what its items are remembered by
    language: str = ""  # as the source writes it
    items: list[Item] = field(default_factory=list)
    # WordPress items that are not posts (pages, menu items, ...): type -> how many.
    other_types: Counter = field(default_factory=Counter)


def format_name(code: str) -> str:
    return {
        "wxr": _("WordPress export (WXR)"),
        "rss": _("RSS 2.0 feed"),
        "atom": _("Atom feed"),
    }[code]


# --- Reading -------------------------------------------------------------------------------


def read_source(location: str) -> Source:
    """Read and parse the file or web address ``location``; raise SourceError saying what
    is wrong when it cannot be read or is not a format we know."""
    if is_web_address(location):
        try:
            data = fetch(location, max_bytes=MAX_SOURCE_BYTES)
        except FetchError as error:
            raise SourceError(
                _("Cannot download %(source)s: %(error)s") % {"source": location, "error": error}
            ) from None
    elif "://" in location:
        raise SourceError(
            _("%(source)s is neither a file nor an http(s) address.") % {"source": location}
        )
    else:
        try:
            path = Path(location)
            if path.stat().st_size > MAX_SOURCE_BYTES:
                raise SourceError(_("%(source)s is too large to import.") % {"source": location})
            data = path.read_bytes()
        except OSError as error:
            raise SourceError(
                _("Cannot read %(source)s: %(error)s")
                % {"source": location, "error": error.strerror or error}
            ) from None
    return parse_source(data, location=location)


def parse_source(data: bytes, *, location: str) -> Source:
    try:
        root = SafeET.fromstring(data)
    except defusedxml.DefusedXmlException:
        raise SourceError(
            _(
                "%(source)s declares XML entities or external references, which are refused "
                "for safety; export it again without them."
            )
            % {"source": location}
        ) from None
    except SafeET.ParseError as error:
        raise SourceError(
            _("%(source)s is not a feed or a WordPress export (it is not valid XML: %(error)s).")
            % {"source": location, "error": error}
        ) from None
    if root.tag == "rss" and (channel := root.find("channel")) is not None:
        wordpress = wordpress_namespace(channel)
        if wordpress:
            return parse_wxr(channel, wordpress, location=location)
        return parse_rss(channel, location=location)
    if root.tag == f"{{{ATOM}}}feed":
        return parse_atom(root, location=location)
    raise SourceError(
        _(
            "%(source)s is XML of a kind this import does not know (<%(root)s>): give a "
            "WordPress export (WXR), an RSS 2.0 feed or an Atom feed."
        )
        % {"source": location, "root": local_name(root.tag)}
    )


# --- XML helpers ---------------------------------------------------------------------------


def local_name(tag: str) -> str:
    return tag.rpartition("}")[2]


def text(element, path: str) -> str:
    found = element.find(path) if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def short_id(value: str, *, limit: int = 255) -> str:
    """``value``, or its digest when it is too long to be stored as an identity."""
    return value if len(value) <= limit else "sha256:" + hashlib.sha256(value.encode()).hexdigest()


def parse_rfc822(value: str) -> datetime.datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment, datetime.UTC)


def parse_iso(value: str) -> datetime.datetime | None:
    if not value:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment, datetime.UTC)


# --- WordPress (WXR) -----------------------------------------------------------------------


def wordpress_namespace(channel) -> str:
    """The WXR namespace the export uses ("http://wordpress.org/export/1.2/"), or "" when
    the channel is a plain RSS feed."""
    for element in channel:
        namespace = element.tag[1:].partition("}")[0] if element.tag.startswith("{") else ""
        if namespace.startswith(WORDPRESS) and not namespace.endswith("/excerpt/"):
            return namespace
    return ""


def parse_wxr(channel, namespace: str, *, location: str) -> Source:
    def wp(name: str) -> str:
        return f"{{{namespace}}}{name}"

    base = text(channel, wp("base_site_url")) or text(channel, "link")
    authors = {}
    for author in channel.findall(wp("author")):
        login = text(author, wp("author_login"))
        authors[login] = Person(
            name=text(author, wp("author_display_name")) or login,
            login=login,
            email=text(author, wp("author_email")),
            first_name=text(author, wp("author_first_name")),
            last_name=text(author, wp("author_last_name")),
        )
    source = Source(
        format="wxr", identity=short_id(base or location), language=text(channel, "language")
    )
    elements = channel.findall("item")
    pictures = {}
    for element in elements:
        if text(element, wp("post_type")) == "attachment":
            meta = post_meta(element, wp)
            pictures[text(element, wp("post_id"))] = Picture(
                url=text(element, wp("attachment_url")) or text(element, "guid"),
                path=meta.get("_wp_attached_file", ""),
                title=text(element, "title"),
                alt=meta.get("_wp_attachment_image_alt", ""),
                caption=text(element, f"{{{namespace}excerpt/}}encoded"),
            )
    for element in elements:
        post_type = text(element, wp("post_type")) or "post"
        if post_type == "attachment":
            continue
        if post_type != "post":
            source.other_types[post_type] += 1
            continue
        source.items.append(wxr_item(element, wp, namespace, authors, pictures))
    return source


def post_meta(element, wp) -> dict[str, str]:
    return {
        text(meta, wp("meta_key")): text(meta, wp("meta_value"))
        for meta in element.findall(wp("postmeta"))
    }


def wxr_item(element, wp, namespace: str, authors: dict, pictures: dict) -> Item:
    meta = post_meta(element, wp)
    terms = [
        (c.get("domain", ""), c.get("nicename", ""), (c.text or "").strip())
        for c in element.findall("category")
    ]
    language = next((slug for domain, slug, _name in terms if domain in LANGUAGE_TAXONOMIES), "")
    language = language or next((meta[key] for key in LANGUAGE_META if meta.get(key)), "")
    group = next(
        (slug or name for domain, slug, name in terms if domain in TRANSLATION_TAXONOMIES), ""
    )
    group = group or next((meta[key] for key in TRANSLATION_META if meta.get(key)), "")
    wordpress_status = text(element, wp("status"))
    status = WORDPRESS_STATUSES.get(wordpress_status, "")
    if text(element, wp("post_password")):
        status = Status.DRAFT  # it was not public there either
    post_id = text(element, wp("post_id"))
    creator = text(element, f"{{{DC}}}creator")
    return Item(
        source_id=short_id(f"post-{post_id}" if post_id else text(element, "guid")),
        title=text(element, "title"),
        link=text(element, "link"),
        body=text(element, CONTENT),
        summary=text(element, f"{{{namespace}excerpt/}}encoded"),
        date=wordpress_date(element, wp),
        status=status,
        categories=tuple(
            Term(name=name, slug=unquote(slug))
            for domain, slug, name in terms
            if domain == "category"
        ),
        author=authors.get(creator) or (Person(name=creator, login=creator) if creator else None),
        language=language,
        group=group,
        picture=pictures.get(meta.get("_thumbnail_id", "")),
        slug=unquote(text(element, wp("post_name"))),
        skip=""
        if status
        else _("its status on the old site is “%(status)s”") % {"status": wordpress_status},
    )


def wordpress_date(element, wp) -> datetime.datetime | None:
    """When the post was published: its UTC time, else its local time (taken as this
    site's time zone: the export does not say the old one), else the feed date."""
    for name, zone in (("post_date_gmt", datetime.UTC), ("post_date", None)):
        value = text(element, wp(name))
        if value and value != NO_DATE:
            try:
                moment = datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
            except ValueError:
                continue
            return timezone.make_aware(moment, zone or timezone.get_default_timezone())
    return parse_rfc822(text(element, "pubDate"))


# --- RSS 2.0 -------------------------------------------------------------------------------


def parse_rss(channel, *, location: str) -> Source:
    link = text(channel, "link")
    source = Source(
        format="rss",
        identity=short_id(link or location),
        language=text(channel, "language") or text(channel, f"{{{DC}}}language"),
    )
    for element in channel.findall("item"):
        content = text(element, CONTENT)
        description = text(element, "description")
        title = text(element, "title")
        date = parse_rfc822(text(element, "pubDate")) or parse_iso(text(element, f"{{{DC}}}date"))
        link = text(element, "link")
        identity = text(element, "guid") or link or f"{title}|{date}"
        source.items.append(
            Item(
                source_id=short_id(identity),
                title=title,
                link=link,
                # Feeds that carry the whole text put it in content:encoded and a summary
                # in the description; others have only the description.
                body=content or description,
                summary=description if content else "",
                date=date,
                categories=tuple(
                    Term(name=(c.text or "").strip())
                    for c in element.findall("category")
                    if (c.text or "").strip()
                ),
                author=rss_author(element),
                language=text(element, f"{{{DC}}}language"),
                picture=rss_picture(element),
            )
        )
    return source


def rss_author(element) -> Person | None:
    if creator := text(element, f"{{{DC}}}creator"):
        return Person(name=creator)
    if author := text(element, "author"):  # "editor@example.org (Jane Doe)"
        name, email = parseaddr(author)
        return Person(name=name or email, email=email if "@" in email else "")
    return None


def rss_picture(element) -> Picture | None:
    for enclosure in element.findall("enclosure"):
        if enclosure.get("type", "").startswith("image/") and enclosure.get("url"):
            return Picture(url=enclosure.get("url").strip())
    for name in ("content", "thumbnail"):
        for media in element.iter(f"{{{MEDIA}}}{name}"):
            is_image = media.get("medium") == "image" or media.get("type", "").startswith("image/")
            if media.get("url") and (name == "thumbnail" or is_image):
                alt = text(media, f"{{{MEDIA}}}description")
                return Picture(url=media.get("url").strip(), alt=alt)
    return None


# --- Atom ----------------------------------------------------------------------------------


def atom(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def parse_atom(feed, *, location: str) -> Source:
    source = Source(
        format="atom",
        identity=short_id(text(feed, atom("id")) or atom_link(feed) or location),
        language=feed.get(XML_LANG, ""),
    )
    feed_author = atom_person(feed.find(atom("author")))
    for entry in feed.findall(atom("entry")):
        content = entry.find(atom("content"))
        summary = entry.find(atom("summary"))
        link = atom_link(entry)
        body = atom_html(content) if content is not None and not content.get("src") else ""
        date = parse_iso(text(entry, atom("published"))) or parse_iso(text(entry, atom("updated")))
        source.items.append(
            Item(
                source_id=short_id(text(entry, atom("id")) or link),
                title=atom_text(entry.find(atom("title"))),
                link=link,
                body=body or (atom_html(summary) if summary is not None else ""),
                summary=atom_html(summary) if summary is not None and body else "",
                date=date,
                categories=tuple(
                    Term(name=c.get("label") or c.get("term", ""), slug=c.get("term", ""))
                    for c in entry.findall(atom("category"))
                    if c.get("term") or c.get("label")
                ),
                author=atom_person(entry.find(atom("author"))) or feed_author,
                language=entry.get(XML_LANG, "")
                or (content.get(XML_LANG, "") if content is not None else ""),
                picture=next(
                    (
                        Picture(url=link.get("href").strip())
                        for link in entry.findall(atom("link"))
                        if link.get("rel") == "enclosure"
                        and link.get("type", "").startswith("image/")
                        and link.get("href")
                    ),
                    None,
                ),
            )
        )
    return source


def atom_link(element) -> str:
    for link in element.findall(atom("link")):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href").strip()
    return ""


def atom_person(element) -> Person | None:
    if element is None:
        return None
    name, email = text(element, atom("name")), text(element, atom("email"))
    return Person(name=name or email, email=email) if name or email else None


def atom_html(element) -> str:
    """An Atom text construct as HTML: ``html`` holds escaped markup, ``xhtml`` a <div> of
    XHTML, ``text`` (the default) plain text."""
    kind = element.get("type", "text")
    if kind == "html":
        return (element.text or "").strip()
    if kind == "xhtml":
        div = element.find(f"{{{XHTML}}}div")
        if div is None:
            return ""
        for child in div.iter():
            child.tag = local_name(child.tag)
        inner = escape(div.text or "", quote=False)
        inner += "".join(ET.tostring(child, encoding="unicode", method="html") for child in div)
        return inner.strip()
    return escape((element.text or "").strip(), quote=False)


def atom_text(element) -> str:
    if element is None:
        return ""
    if element.get("type", "text") in ("html", "xhtml"):
        return html_to_text(atom_html(element))
    return (element.text or "").strip()
