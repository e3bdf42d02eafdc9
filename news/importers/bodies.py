"""Imported article text, made ready for the rich text field: WordPress's own markup turned
into plain HTML, and pictures pointed at their copies in the media library. What comes out
still goes through the sanitizer (core.richtext) when the article is saved.

The rewriting works on the <img> and <a> tags only, found with a pattern that respects
quoted attribute values; everything else is left for the sanitizer to judge.
"""

from __future__ import annotations

import re
from html import escape, unescape
from urllib.parse import urljoin

from .fetch import is_web_address

# An opening tag of ours with its attributes (quoted values may hold ">").
TAG = re.compile(r"""<(?P<name>img|a)\b(?P<attrs>(?:[^>"']|"[^"]*"|'[^']*')*)>""", re.IGNORECASE)
ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
# Where lazy-loading plugins keep the real picture while src holds a placeholder.
LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original")
# Attributes naming the old site's copies of a picture, dropped once it is ours.
OLD_COPIES = frozenset({"srcset", "sizes", "data-srcset", "data-lazy-srcset", *LAZY_SOURCES})

# WordPress: [caption]<img ...> Words[/caption], and shortcodes with nothing to show here.
CAPTION = re.compile(r"\[caption(?P<attrs>[^\]]*)\](?P<inner>.*?)\[/caption\]", re.S | re.I)
CAPTIONED = re.compile(r"\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)", re.S | re.I)
CAPTION_ATTRIBUTE = re.compile(r"""\bcaption=(["'])(.*?)\1""", re.S)
SHORTCODE = re.compile(r"\[/?(?:gallery|embed|audio|video|playlist)\b[^\]]*\]", re.I)
# WordPress stores paragraphs as blank lines (its editor adds the <p> when showing them).
BLOCK_START = re.compile(
    r"<(?:p|div|h[1-6]|ul|ol|li|dl|blockquote|table|figure|pre|hr|section|article|aside|"
    r"address|form|iframe|script|style)\b",
    re.I,
)
PARAGRAPH = re.compile(r"<p[\s>]", re.I)
BLANK_LINE = re.compile(r"\n[ \t]*\n")


def prepare(html: str) -> str:
    """Captions as figures, WordPress-only shortcodes dropped, and paragraphs made from
    blank lines in text that has none."""
    html = CAPTION.sub(_figure, html or "")
    html = SHORTCODE.sub("", html)
    return paragraphs(html)


def _figure(match: re.Match) -> str:
    inner = match["inner"].strip()
    captioned = CAPTIONED.match(inner)
    if not captioned:
        return inner
    picture, words = captioned[1], captioned[2].strip()
    if not words and (attribute := CAPTION_ATTRIBUTE.search(match["attrs"])):
        words = attribute[2]
    caption = f"<figcaption>{words}</figcaption>" if words else ""
    return f'<figure class="image">{picture}{caption}</figure>'


def paragraphs(html: str) -> str:
    """Text written as lines and blank lines (WordPress's classic editor, plain-text feed
    descriptions) as paragraphs; text that has paragraphs already is left alone."""
    if not html.strip() or PARAGRAPH.search(html):
        return html
    blocks = []
    for chunk in BLANK_LINE.split(html.replace("\r\n", "\n").strip()):
        chunk = chunk.strip()
        if not chunk:
            continue
        if BLOCK_START.match(chunk):
            blocks.append(chunk)
        else:
            blocks.append("<p>" + chunk.replace("\n", "<br>\n") + "</p>")
    return "\n".join(blocks)


def attributes(attrs: str) -> list[tuple[str, str | None]]:
    """A tag's attributes in order, names in lower case, values with entities read."""
    found = []
    for match in ATTRIBUTE.finditer(attrs):
        name, value = match[1].lower(), match[2]
        if value is not None and value[:1] in ("'", '"'):
            value = value[1:-1]
        found.append((name, unescape(value) if value is not None else None))
    return found


def _address(value: str | None, base: str) -> str:
    """``value`` as an absolute web address ("" when it is none, such as data:)."""
    if not value or not value.strip():
        return ""
    address = urljoin(base, value.strip())
    return address if is_web_address(address) else ""


def picture_address(attrs: list[tuple[str, str | None]], base: str) -> str:
    """Where an <img> really takes its picture from: a lazy loader's source, else src."""
    values = dict(attrs)
    for name in (*LAZY_SOURCES, "src"):
        if address := _address(values.get(name), base):
            return address
    return ""


def pictures(html: str, *, base: str) -> list[tuple[str, str]]:
    """The (address, alt text) of each picture in ``html``, in order, each address once."""
    found: dict[str, str] = {}
    for match in TAG.finditer(html or ""):
        if match["name"].lower() != "img":
            continue
        attrs = attributes(match["attrs"])
        if address := picture_address(attrs, base):
            found.setdefault(address, dict(attrs).get("alt") or "")
    return list(found.items())


def point_pictures(html: str, *, base: str, copies: dict[str, str]) -> str:
    """``html`` with each <img> whose picture is in ``copies`` (old address -> new one)
    showing the new one, without the old site's other sizes, and each link to such a
    picture leading to it too."""

    def rewrite(match: re.Match) -> str:
        name = match["name"].lower()
        attrs = attributes(match["attrs"])
        if name == "img":
            new = copies.get(picture_address(attrs, base))
            if not new:
                return match[0]
            kept = [(key, value) for key, value in attrs if key not in OLD_COPIES and key != "src"]
            attrs = [("src", new), *kept]
        else:
            href = dict(attrs).get("href")
            new = copies.get(_address(href, base))
            if not new:
                return match[0]
            attrs = [(key, new if key == "href" else value) for key, value in attrs]
        written = "".join(
            f" {key}" if value is None else f' {key}="{escape(value)}"' for key, value in attrs
        )
        return f"<{name}{written}>"

    return TAG.sub(rewrite, html or "")
