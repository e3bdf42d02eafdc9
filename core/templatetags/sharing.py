"""What a page tells browsers and other sites about itself: its canonical address, absolute
addresses for Open Graph and Twitter card tags, and the locale names those tags use."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext as _

register = template.Library()

# Query parameters that other sites and apps add to a shared link without changing what the
# page shows: WeChat adds ?from=singlemessage&isappinstalled=0, others utm_source and so on.
TRACKING_PARAMETERS = frozenset({"from", "isappinstalled", "fbclid", "gclid"})


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    """``path`` on this site as a full address (what link previews need)."""
    request = context.get("request")
    if not path or request is None:
        return path or ""
    return request.build_absolute_uri(path)


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """This page's one address for search engines and link previews: without the query,
    except that a list's later page keeps ``?page=N``. A filtered or searched list (any
    other parameter but a tracking one) stands for the whole list, from its first page."""
    request = context.get("request")
    if request is None:
        return ""
    url = request.build_absolute_uri(request.path)
    page = context.get("page_obj")
    variant = any(
        name != "page" and name not in TRACKING_PARAMETERS and not name.startswith("utm_")
        for name in request.GET
    )
    if page is not None and page.number > 1 and not variant:
        url += f"?page={page.number}"
    return url


@register.simple_tag(takes_context=True)
def page_suffix(context) -> str:
    """`` – page 2`` in the title of a list's later pages, so that each page's title is its
    own; "" on the first page and on pages that are not lists."""
    page = context.get("page_obj")
    if page is None or page.number <= 1:
        return ""
    return " – " + _("page %(number)s") % {"number": page.number}


@register.simple_tag
def image_meta(url: str, width, height, alt: str = "", large: bool = False) -> SafeString:
    """og:image with its size and description, and the Twitter card that shows it: a large
    picture for a page's own image (``large``), a small square one for the site's icon."""
    tags = [
        format_html('<meta property="og:image" content="{}">', url),
        format_html('<meta property="og:image:width" content="{}">', width),
        format_html('<meta property="og:image:height" content="{}">', height),
        format_html(
            '<meta name="twitter:card" content="{}">',
            "summary_large_image" if large else "summary",
        ),
        format_html('<meta name="twitter:image" content="{}">', url),
    ]
    if alt:
        tags.insert(3, format_html('<meta property="og:image:alt" content="{}">', alt))
        tags.append(format_html('<meta name="twitter:image:alt" content="{}">', alt))
    return mark_safe("\n  ".join(tags))  # noqa: S308 - each part escaped by format_html


@register.simple_tag
def og_locale() -> str:
    """The page's language as Open Graph writes it: en_US, zh_CN."""
    locale = to_locale(get_language() or "en")
    return {"en": "en_US", "zh_Hans": "zh_CN"}.get(locale, locale)


class CaptureNode(template.Node):
    def __init__(self, nodelist: template.NodeList, name: str) -> None:
        self.nodelist, self.name = nodelist, name

    def render(self, context) -> str:
        # The output of a template is escaped already: kept safe, it is not escaped twice.
        context[self.name] = mark_safe(self.nodelist.render(context).strip())  # noqa: S308
        return ""


@register.tag
def capture(parser, token) -> CaptureNode:
    """``{% capture as name %}…{% endcapture %}``: what the enclosed part renders, kept in
    ``name`` instead of shown, so that a block a page fills (its description, say) can be
    written in several tags (description, og:description, twitter:description). A block
    can be shown only once, but blocks inside a capture are filled as anywhere else."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])
