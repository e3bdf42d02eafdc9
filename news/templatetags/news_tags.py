from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django import template
from django.utils import formats, timezone
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.templatetags.languages import excerpt, plain_text
from core.templatetags.structured_data import json_ld_script
from images.models import Image
from images.renditions import SLOTS, fallback_format, renditions
from images.templatetags.pictures import alt_of
from news.models import Article

register = template.Library()
logger = logging.getLogger(__name__)

# Google shows a headline of at most 110 characters.
HEADLINE_LENGTH = 110


@register.simple_tag
def dateline(article) -> str:
    """``Beijing, April 17 –`` / ``北京，4月17日 –``: place and local publish date; "" when
    the story gives no place (a date alone is not a dateline). When the text opens with
    that date already (Chinese news often does: 4月17日，…), the place stands alone. A
    place shown untranslated carries its own ``lang``."""
    if not article.dateline_place:
        return ""
    day = formats.date_format(timezone.localtime(article.publish_at), "MONTH_DAY_FORMAT")
    opening = " ".join(strip_tags(article.body or "").split())[: len(day) + 2]
    place = escape(article.dateline_place)
    if article.language_of("dateline_place") != get_language():
        place = format_html(
            '<span lang="{}">{}</span>',
            article.language_of("dateline_place"),
            article.dateline_place,
        )
    if opening.startswith(day):
        return mark_safe(_("%(place)s –") % {"place": place})  # noqa: S308 - escaped
    line = _("%(place)s, %(date)s –") % {"place": place, "date": escape(day)}
    return mark_safe(line)  # noqa: S308 - parts escaped


@register.inclusion_tag("news/_news_about.html")
def news_about(company, limit: int = 10) -> dict:
    """The latest public articles naming ``company``. News knows member companies, not the
    other way round: the member profile asks news for this section."""
    articles = Article.objects.published().mentioning(company).for_listing()[:limit]
    return {"articles": articles}


@dataclass(frozen=True)
class SharedImage:
    url: str
    width: int
    height: int
    alt: str


@register.simple_tag
def share_image(image: Image | None) -> SharedImage | None:
    """The picture other sites show with a shared link: the "share" rendition (1200 × 630
    around the focal point, smaller only when the original is), in the original's format,
    which every link preview reads; None without one (and for an animation, which is shown
    as uploaded). Renditions prefetched with the article cost no query."""
    if not image or image.is_animated:
        return None
    image_format = fallback_format(image)
    try:
        made = renditions(image, SLOTS["share"], [image_format])[image_format][-1]
    except (OSError, ValueError):
        logger.warning("Cannot make renditions of image %s", image.pk, exc_info=True)
        return None
    return SharedImage(made.file.url, made.width, made.height, alt_of(image)[0])


@register.filter
def modified_at(article: Article):
    """When the article last changed, for readers: never before it was published (an edit
    made while it was scheduled is part of the first version)."""
    if article.publish_at is None or article.updated_at is None:
        return article.publish_at or article.updated_at
    return max(article.publish_at, article.updated_at)


@register.simple_tag(takes_context=True)
def article_json_ld(context, article: Article, publisher: dict[str, Any]) -> SafeString:
    """The article as schema.org's ``NewsArticle``, published by ``publisher`` (the
    association, from ``{% organization %}``).

    The author is the association too: the page names no writer, and structured data may
    only say what the page shows (the author field holds the staff account that wrote it
    in the admin, which stays private)."""
    request = context["request"]
    association = {key: publisher[key] for key in ("@type", "@id", "name", "url", "logo")}
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": excerpt(article.title, HEADLINE_LENGTH),
        "description": excerpt(article.description or plain_text(article.body), 300),
        "inLanguage": article.language_of("title"),
        "author": association,
        "publisher": association,
    }
    if article.publish_at:
        data["datePublished"] = _iso_time(article.publish_at)
        data["dateModified"] = _iso_time(modified_at(article))
    if article.category_id:
        data["articleSection"] = article.category.name
    if article.slug:  # an article previewed before it has an address has none yet
        url = request.build_absolute_uri(article.get_absolute_url())
        data["mainEntityOfPage"] = {"@type": "WebPage", "@id": url}
        data["url"] = url
    if shared := share_image(article.image):
        data["image"] = [request.build_absolute_uri(shared.url)]
    return json_ld_script(data)


def _iso_time(moment) -> str:
    """ISO 8601 in the site's time zone, with its offset: 2025-04-17T09:30:00+08:00."""
    return timezone.localtime(moment).isoformat(timespec="seconds")
