"""What every public page shows around its content: header menu, footer, contact details.

It is read once and kept in the cache until one of the rows it is built from changes
(``content_changed``, connected in ``apps.py``) or a scheduled header or footer page goes
live, so an edit in the admin shows on the next request. With several server processes
the cache must be shared (``REDIS_URL``) for that to hold.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass

from django.db.models import Q
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.cache import Generation, copies, request_memo
from core.colours import darker, usable_colour
from core.languages import translated_columns
from core.publishing import Status, seconds_until
from images.models import Image
from images.templatetags.pictures import picture_html
from news.models import Category

from .icons import source_for
from .models import ContactPhone, Page, SiteSettings

CACHE_SECONDS = 60 * 60
# The rows the chrome is built from: a change to any of them starts a new generation.
SOURCES = (SiteSettings, ContactPhone, Page, Category, Image)
generation = Generation("pages:site-chrome:v4")


@dataclass(frozen=True)
class SiteChrome:
    settings: SiteSettings
    phones: list[ContactPhone]
    categories: list[Category]
    header_pages: list[Page]
    footer_pages: list[Page]
    contact_page: Page | None  # where "Contact us" leads
    logo: str  # the header's <picture>, made with its renditions when the chrome is built
    favicon_version: str  # changes with the icon's picture or colour (cache busting)
    touch_icon_version: str
    brand: str  # the brand colour, checked (core.colours.usable_colour)
    brand_dark: str  # the brand colour darkened, for the menu bar and hover
    fresh_until: float = 0.0  # Unix time: the next scheduled menu page, or the cache's limit


def build_site_chrome() -> tuple[SiteChrome, int]:
    """The chrome, and how long it may be cached: until the next scheduled menu page."""
    site_settings = (
        SiteSettings.objects.select_related("logo", "favicon", "touch_icon").filter(pk=1).first()
    )
    site_settings = site_settings or SiteSettings.load()
    menu_pages = list(
        Page.objects.filter(status=Status.PUBLISHED)
        .filter(Q(show_in_header=True) | Q(show_in_footer=True) | Q(kind=Page.Kind.CONTACT))
        .defer(*translated_columns("body"))  # the menus need titles, not page bodies
    )
    public = [page for page in menu_pages if page.is_public]
    upcoming = min((page.publish_at for page in menu_pages if page.is_scheduled), default=None)
    logo = site_settings.logo
    brand = usable_colour(site_settings.brand_colour)
    chrome = SiteChrome(
        # The name stands beside the logo: the picture itself says nothing more (alt="").
        logo=picture_html(logo, "site-logo", loading="eager", alt="") if logo else "",
        favicon_version=source_for(site_settings, "favicon").version,
        touch_icon_version=source_for(site_settings, "touch").version,
        brand=brand,
        brand_dark=darker(brand),
        settings=site_settings,
        phones=list(site_settings.phones.all()),
        categories=list(Category.objects.all()),
        header_pages=[page for page in public if page.show_in_header],
        footer_pages=[page for page in public if page.show_in_footer],
        contact_page=next((page for page in public if page.kind == Page.Kind.CONTACT), None),
    )
    seconds = seconds_until(upcoming, limit=CACHE_SECONDS)
    return dataclasses.replace(chrome, fresh_until=time.time() + seconds), seconds


def _keys(language: str) -> dict[str, str]:
    return {
        "chrome": generation.key(),
        "header": generation.key("header", language),
        "footer": generation.key("footer", language),
    }


def _read(language: str) -> dict:
    """The chrome and its header and footer in ``language``, as far as the cache has them:
    one round trip per request (kept in the request's memo)."""
    memo = request_memo()
    if memo is not None and ("site-chrome", language) in memo:
        return memo[("site-chrome", language)]
    keys = _keys(language)
    found = copies.get_many(list(keys.values()))
    parts = {part: found[key] for part, key in keys.items() if key in found}
    if memo is not None:
        memo[("site-chrome", language)] = parts
    return parts


def get_site_chrome() -> SiteChrome:
    language = get_language() or ""
    parts = _read(language)
    if "chrome" not in parts:
        chrome, seconds = build_site_chrome()
        copies.set(_keys(language)["chrome"], chrome, seconds)
        parts["chrome"] = chrome
    return parts["chrome"]


def rendered_chrome(language: str) -> dict[str, str]:
    """The header and footer in ``language`` as HTML, rendered once per generation."""
    from django.template.loader import render_to_string

    parts = _read(language)
    if "header" in parts and "footer" in parts:
        return {"header": parts["header"], "footer": parts["footer"]}
    # Kept as long as the chrome it is made from: until the next scheduled menu page.
    chrome = get_site_chrome()
    seconds = max(1, chrome.fresh_until - time.time())
    keys = _keys(language)
    html = {
        part: render_to_string(f"includes/_{part}.html", {"site": chrome})
        for part in ("header", "footer")
    }
    copies.set_many({keys[part]: html[part] for part in html}, seconds)
    parts.update(html)
    return html


def forget_site_chrome(sender, **kwargs) -> None:
    """``content_changed`` receiver: the next request builds the chrome anew."""
    if sender in SOURCES:
        generation.start_new()


def site_head_parts(request) -> dict:
    """What every page's head shares, in the current language, for the site's address as
    ``request`` gives it (the icon and the Organization need full addresses): rendered
    once and kept as long as the chrome."""
    from django.template.loader import render_to_string
    from django.urls import reverse

    from core.templatetags.structured_data import organization

    language = get_language() or ""
    address = (request.scheme, request.get_host()) if request is not None else ("", "")
    key = generation.key("head", language, *address)
    memo = request_memo()
    if memo is not None and key in memo:
        return memo[key]
    parts = copies.get(key)
    if parts is None:
        chrome = get_site_chrome()

        def absolute(path: str) -> str:
            return request.build_absolute_uri(path) if request is not None else path

        icon_url = absolute(f"{reverse('app_icon', args=[512])}?v={chrome.touch_icon_version}")
        home_url = absolute(reverse("pages:home"))
        site_settings = chrome.settings
        parts = {
            "html": mark_safe(  # noqa: S308 - rendered by the template engine
                render_to_string("includes/_site_head.html", {"site": chrome}).strip()
            ),
            "icon_url": icon_url,
            "organization": organization(
                name=site_settings.site_name,
                url=home_url,
                logo=icon_url,
                phones=chrome.phones,
                hours=site_settings.working_hours,
                address=site_settings.address,
                email=site_settings.email,
            ),
        }
        copies.set(key, parts, max(1, chrome.fresh_until - time.time()))
    if memo is not None:
        memo[key] = parts
    return parts
