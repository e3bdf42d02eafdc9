from __future__ import annotations

from django import template
from django.utils import formats, timezone
from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from news.models import Article

register = template.Library()


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
