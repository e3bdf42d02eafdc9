"""Template tags for a page in several languages: marking text shown in another language
than the page's, and linking to the same page in the other languages."""

from __future__ import annotations

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, get_language_info, override

from core.languages import language_codes, switch_label
from core.richtext import html_to_text

register = template.Library()


@register.filter
def lang_attr(obj, field: str) -> str:
    """`` lang="en"`` when ``obj.<field>`` is shown in another language than the page's
    (its translation is missing), so browsers and screen readers read it right; else ""."""
    language = obj.language_of(field)
    if language == get_language():
        return ""
    return format_html(' lang="{}"', language)


@register.inclusion_tag("includes/_untranslated_notice.html")
def untranslated_notice(obj, *fields: str) -> dict:
    """A note on pages whose main text is not yet in the page's language."""
    current = get_language()
    shown = next(
        (obj.language_of(field) for field in fields if obj.language_of(field) != current), None
    )
    if shown is None:
        return {"show": False}
    return {
        "show": True,
        "language": get_language_info(current)["name_translated"],
        "original": get_language_info(shown)["name_translated"],
    }


def _reversed_in(match, path: str, code: str) -> str | None:
    """What translate_url gives for ``path``, from the view ``match`` that already resolved
    it (so only the reverse is left to do), or None when it cannot say."""
    if not match.url_name:
        return None
    query = path.partition("?")[2]
    with override(code):
        try:
            url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return None
    return f"{url}?{query}" if query else url


def url_in_language(path: str, code: str, match=None) -> str:
    """``path`` (this request's) in language ``code``, always an address on this site;
    ``match`` is the request's resolver_match, when it has one.

    Django's translate_url gives a path it cannot resolve (a 404) back unchanged: then the
    language prefix is swapped, or, for a path with no prefix of ours, the language's home
    page is given. The request path is the visitor's to choose (``//evil.example/login``),
    so whatever comes out must be a path of this site, never another host.
    """
    home = f"/{code}/"
    url = _reversed_in(match, path, code) if match is not None else None
    if url is None:
        url = translate_url(path, code)
    current = get_language()
    if url == path and code != current:
        prefix = f"/{current}/"
        url = home + path.removeprefix(prefix) if path.startswith(prefix) else home
    if not url.startswith("/") or not url_has_allowed_host_and_scheme(url, allowed_hosts=None):
        return home
    return url


def _other_language_urls(request) -> list[tuple[str, str]]:
    """This page's address in each language (kept on the request: the switch and the
    hreflang links both need them, and each costs a resolve and a reverse)."""
    if request is None:
        return [(code, url_in_language("/", code)) for code in language_codes()]
    path = request.get_full_path()
    cached = getattr(request, "_xiehui_language_urls", None)
    if cached is None or cached[0] != path:
        match = getattr(request, "resolver_match", None)
        cached = (
            path,
            [(code, url_in_language(path, code, match)) for code in language_codes()],
        )
        request._xiehui_language_urls = cached
    return cached[1]


@register.inclusion_tag("includes/_language_switch.html", takes_context=True)
def language_switch(context) -> dict:
    """Links to this same page in each other language."""
    current = get_language()
    links = [
        {"code": code, "label": switch_label(code), "url": url}
        for code, url in _other_language_urls(context.get("request"))
        if code != current
    ]
    return {"links": links}


@register.inclusion_tag("includes/_hreflang.html", takes_context=True)
def hreflang_links(context) -> dict:
    """``<link rel="alternate" hreflang>`` for every language, and x-default: the address
    without a language, which sends each visitor to the language their browser asks for
    (as the sitemap says too: Django's sitemaps write x-default the same way)."""
    request = context.get("request")
    if request is None:
        return {"links": []}
    urls = dict(_other_language_urls(request))
    links = [{"code": code, "href": request.build_absolute_uri(url)} for code, url in urls.items()]
    default = urls.get(settings.LANGUAGE_CODE)
    if default:
        neutral = default.replace(f"/{settings.LANGUAGE_CODE}/", "/", 1)
        links.append({"code": "x-default", "href": request.build_absolute_uri(neutral)})
    return {"links": links}


# Trailing marks that an ellipsis replaces, so a cut never reads ".…" or "，…".
TRAILING_MARKS = " \t\n.,;:!?、，。；：！？…-—"


@register.filter(is_safe=False)
def plain_text(rich_text: str) -> str:
    """Rich text as the words a reader sees: tags dropped and entities (``&amp;``) read
    back, so that the page escapes the text once (``striptags`` alone keeps the entities,
    which the page would then escape a second time)."""
    return html_to_text(rich_text)


@register.filter(is_safe=False)
def excerpt(text: str, length: int = 160) -> str:
    """``text`` cut to at most ``length`` characters with one ellipsis: at a word boundary
    in languages written with spaces, anywhere in Chinese (which has no spaces to cut at).
    Rich text goes through ``plain_text`` first."""
    text = " ".join(str(text or "").split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    boundary = cut.rfind(" ")
    if boundary > length // 2 and not _mostly_cjk(cut):
        cut = cut[:boundary]
    return cut.rstrip(TRAILING_MARKS) + "…"


def _mostly_cjk(text: str) -> bool:
    cjk = sum(1 for char in text if "\u3400" <= char <= "\u9fff")
    return cjk * 2 > len(text.replace(" ", ""))
