"""Structured data for search engines (JSON-LD, schema.org): the association as an
``Organization`` and the trail of breadcrumbs as a ``BreadcrumbList``; news builds its
``NewsArticle`` with the same helpers.

Templates pass plain values (names, addresses, the phones' rows): core knows no app of ours.
Whatever the text, it cannot end the script early: ``<``, ``>`` and ``&`` are written as
JSON escapes (``\\u003C``), which a JSON reader turns back into the same characters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data: dict[str, Any]) -> SafeString:
    """``data`` in a ``<script type="application/ld+json">``, safe whatever its text."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(JSON_ESCAPES)),  # noqa: S308 - no <, > or & left in it
    )


@register.simple_tag
def json_ld(data: dict[str, Any] | None) -> SafeString | str:
    return json_ld_script(data) if data else ""


@register.simple_tag
def organization(
    *,
    name: str,
    url: str,
    logo: str,
    phones: Iterable = (),
    hours: str = "",
    address: str = "",
    email: str = "",
) -> dict[str, Any]:
    """The association as schema.org's ``Organization``: what Google shows beside its name
    (logo, address, how to reach it). ``phones`` are rows with ``number`` and ``label``.

    Schema.org gives an Organization no opening hours of its own (``openingHours`` belongs
    to places and shops), so the working hours go where people call: each phone is a
    ``ContactPoint`` whose ``hoursAvailable`` is an ``OpeningHoursSpecification``. The
    hours are free text in the site settings; they are read when they say days and times
    plainly (``8:30 a.m. to 5:30 p.m., Monday to Friday``, ``周一至周五 上午8:30至下午5:30``)
    and left out otherwise (``By appointment``), rather than guessed."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": f"{url}#organization",
        "name": str(name),
        "url": url,
        "logo": logo,
    }
    phones = list(phones)
    if phones:
        data["telephone"] = phones[0].number
        available = opening_hours(hours)
        points = []
        for phone in phones:
            point = {"@type": "ContactPoint", "telephone": phone.number}
            if phone.label:
                point["contactType"] = str(phone.label)
            if available:
                point["hoursAvailable"] = available
            points.append(point)
        data["contactPoint"] = points
    if email:
        data["email"] = email
    if address:
        data["address"] = str(address)
    return data


@register.simple_tag
def breadcrumb_list(*crumbs) -> dict[str, Any] | None:
    """schema.org's ``BreadcrumbList`` from (address, name) pairs given one after the other,
    the home page first; a pair without a name is skipped, and the last crumb may have no
    address (it is the page itself)."""
    pairs = [(crumbs[i], crumbs[i + 1]) for i in range(0, len(crumbs) - 1, 2)]
    items = []
    for url, name in pairs:
        if not name:
            continue
        item: dict[str, Any] = {"@type": "ListItem", "position": len(items) + 1, "name": str(name)}
        if url:
            item["item"] = url
        items.append(item)
    if len(items) < 2:
        return None
    return {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}


# --- Working hours, read from the words people write -----------------------------------------

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_NUMBERS = {
    **{day.lower(): number for number, day in enumerate(DAYS)},
    **{day[:3].lower(): number for number, day in enumerate(DAYS)},
    "tues": 1,
    "thur": 3,
    "thurs": 3,
    **{char: number for number, char in enumerate("一二三四五六日")},
    "天": 6,
    "七": 6,
}
DAY = (
    r"(?:周|星期|礼拜)([一二三四五六日天七])"
    r"|\b(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|urday)?\b"
)
UNTIL = r"\s*(?:to|until|till|through|thru|-|–|—|~|～|至|到)\s*"
DAY_NAME = re.compile(DAY, re.IGNORECASE)
DAY_RANGE = re.compile(f"(?:{DAY}){UNTIL}(?:{DAY})", re.IGNORECASE)
WEEKDAYS = re.compile(r"\bweekdays\b|工作日", re.IGNORECASE)
TIME = r"(上午|早上|中午|下午|晚上)?\s*(\d{1,2})(?:[:：.](\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?"
TIME_RANGE = re.compile(f"{TIME}{UNTIL}{TIME}", re.IGNORECASE)
AFTERNOON = {"p", "中午", "下午", "晚上"}
MORNING = {"a", "上午", "早上"}


def opening_hours(text: str) -> list[dict[str, Any]]:
    """``OpeningHoursSpecification``s from working hours written as one range of days and
    one or more ranges of times (closed at noon: ``9:00-12:00, 14:00-17:30``); none when
    the text says less, or more (two ranges of days), or anything unclear."""
    text = str(text or "")
    days = _days(text)
    ranges = list(TIME_RANGE.finditer(text))
    specifications = []
    for times in ranges:
        opens, closes = _minutes(*times.groups()[:4]), _minutes(*times.groups()[4:])
        if opens is None or closes is None or opens >= closes:
            return []  # "9 to 5" without a.m. or p.m. could mean either
        specifications.append(
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [DAYS[number] for number in days],
                "opens": f"{opens // 60:02d}:{opens % 60:02d}",
                "closes": f"{closes // 60:02d}:{closes % 60:02d}",
            }
        )
    return specifications if days else []


def _days(text: str) -> list[int]:
    """Monday is 0. One range of days (the only days named), or "weekdays"."""
    names = DAY_NAME.findall(text)
    found = DAY_RANGE.search(text)
    if found and len(names) == 2:
        first, last = (DAY_NUMBERS[name.lower()] for name in found.groups() if name)
        return list(range(first, last + 1)) if first <= last else []
    return list(range(5)) if not names and WEEKDAYS.search(text) else []


def _minutes(period, hour, minute, half) -> int | None:
    hour, minute = int(hour), int(minute or 0)
    period = (period or half or "").lower()
    if hour > 23 or minute > 59 or (period and hour > 12):
        return None
    if period in AFTERNOON and hour < 12:
        hour += 12
    elif period in MORNING and hour == 12:
        hour = 0
    return hour * 60 + minute
