"""Demo content: the seed page's association, news and members, in English and Chinese
(texts in demo_content.py).

On a new site it loads everything. On a site that is already set up it loads nothing (so
``make run`` never brings back what an editor deleted) unless asked to ``fill``: then it
adds the demo items that are missing and fills empty texts, and still never overwrites
what is there. Either way the admin account exists afterwards.
"""

from __future__ import annotations

import io
import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import models, transaction
from modeltranslation.utils import build_localized_fieldname
from PIL import Image, ImageDraw

from news.models import Article, Category

from . import demo_content as content
from .models import (
    ContactPhone,
    IndustrySegment,
    MemberCompany,
    MembershipLevel,
    Page,
    Region,
    SiteSettings,
    Status,
)
from .slugs import ascii_slug

ADMIN_USERNAME = "admin"
# demo_content.py keys its texts by these names; build_localized_fieldname gives title_zh_hans.
DEMO_LANGUAGES = {"en": "en", "zh_hans": "zh-hans"}


def localized(**texts: dict[str, str] | Any) -> dict[str, Any]:
    """``title={"en": ..., "zh_hans": ...}`` -> ``{"title_en": ..., "title_zh_hans": ...}``;
    plain values pass through unchanged."""
    values = {}
    for name, value in texts.items():
        if isinstance(value, dict):
            for key, language in DEMO_LANGUAGES.items():
                values[build_localized_fieldname(name, language)] = value[key]
        else:
            values[name] = value
    return values


def fill_blanks(obj: models.Model, values: dict[str, Any]) -> bool:
    """Set each of ``values`` that is empty on ``obj``; save and return True if any was."""
    blank = [name for name, value in values.items() if value and not getattr(obj, name)]
    for name in blank:
        setattr(obj, name, values[name])
    if blank and obj.pk:
        obj.save(update_fields=blank)
    return bool(blank)


@dataclass
class DemoReport:
    created: dict[type[models.Model], int] = field(default_factory=dict)
    filled: int = 0
    admin_username: str = ADMIN_USERNAME
    admin_password: str | None = None
    skipped: bool = False  # the site was already set up and no fill was asked for

    def count(self, model: type[models.Model], created: bool) -> None:
        self.created[model] = self.created.get(model, 0) + int(created)


def site_is_set_up() -> bool:
    site_settings = SiteSettings.objects.filter(pk=1).first()
    return bool(site_settings and site_settings.text_in_any_language("site_name"))


@transaction.atomic
def load_demo(*, fill: bool = False) -> DemoReport:
    report = DemoReport()
    if site_is_set_up() and not fill:
        report.skipped = True
        _ensure_admin(report)
        return report
    _load_settings(report)
    categories = _load_categories(report)
    companies = _load_companies(report)
    admin_user = _ensure_admin(report)
    _load_articles(report, categories, companies, admin_user)
    _load_pages(report)
    return report


def _get_or_fill(report: DemoReport, model, slug: str, values: dict):
    obj, created = model.objects.get_or_create(slug=slug, defaults=values)
    report.count(model, created)
    if not created:
        report.filled += fill_blanks(obj, values)
    return obj, created


def _load_settings(report: DemoReport) -> None:
    site_settings = SiteSettings.load()
    # A settings row that has never been filled in counts as new, not as an edit.
    fresh = not site_settings.text_in_any_language("site_name")
    filled = fill_blanks(site_settings, localized(**content.SITE_SETTINGS))
    if fresh:
        report.count(SiteSettings, filled)
    else:
        report.filled += filled
    existing = {phone.number: phone for phone in site_settings.phones.all()}
    if not existing:
        for order, phone in enumerate(content.PHONES):
            ContactPhone.objects.create(
                settings=site_settings,
                number=phone["number"],
                order=order,
                **localized(label=phone["label"]),
            )
            report.count(ContactPhone, True)
    for phone in content.PHONES:
        if phone["number"] in existing:
            report.filled += fill_blanks(existing[phone["number"]], localized(label=phone["label"]))


def _load_categories(report: DemoReport) -> dict[str, Category]:
    return {
        item["slug"]: _get_or_fill(
            report,
            Category,
            item["slug"],
            {
                "order": item["order"],
                **localized(name=item["name"], description=item["description"]),
            },
        )[0]
        for item in content.CATEGORIES
    }


def _logo_png(name: str, index: int) -> ContentFile:
    """A simple generated logo (coloured badge with initials) so the demo shows images."""
    palette = ["#0b5394", "#c0392b", "#1e8449", "#7d3c98", "#b9770e", "#117a8b"]
    image = Image.new("RGB", (240, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, 232, 112), radius=16, fill=palette[index % len(palette)])
    initials = "".join(word[0] for word in name.split()[:3] if word[:1].isalpha()).upper()
    draw.text((120, 60), initials or "X", fill="white", anchor="mm", font_size=44)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return ContentFile(buffer.getvalue())


def _load_vocabulary(report: DemoReport, model, items) -> dict:
    return {
        item["key"]: _get_or_fill(
            report, model, item["key"], {"order": order, **localized(name=item["name"])}
        )[0]
        for order, item in enumerate(items, start=1)
    }


def _load_companies(report: DemoReport) -> dict[str, MemberCompany]:
    levels = _load_vocabulary(report, MembershipLevel, content.MEMBERSHIP_LEVELS)
    segments = _load_vocabulary(report, IndustrySegment, content.SEGMENTS)
    provinces = {item["province"]["en"]: item["province"] for item in content.COMPANIES}
    regions = _load_vocabulary(
        report,
        Region,
        [{"key": ascii_slug(en), "name": name} for en, name in sorted(provinces.items())],
    )
    companies = {}
    for index, item in enumerate(content.COMPANIES):
        company, created = _get_or_fill(
            report,
            MemberCompany,
            item["slug"],
            {
                "website": item.get("website", ""),
                "featured": item.get("featured", False),
                "level": levels[item["level"]],
                "region": regions[ascii_slug(item["province"]["en"])],
                "phone": item.get("phone", ""),
                "email": item.get("email", ""),
                "founded_year": item.get("founded"),
                "member_since": item.get("member_since"),
                **localized(
                    name=item["name"],
                    short_description=item["description"],
                    city=item["city"],
                    address=item["address"],
                ),
            },
        )
        if created or not company.segments.exists():
            company.segments.set([segments[key] for key in item.get("segments", [])])
        if created and company.featured:
            company.logo.save(f"{company.slug}.png", _logo_png(company.name_en, index))
        companies[item["slug"]] = company
    return companies


def _ensure_admin(report: DemoReport):
    user_model = get_user_model()
    wanted = os.environ.get("DJANGO_SUPERUSER_PASSWORD") or None
    user = user_model.objects.filter(username=ADMIN_USERNAME).first()
    if user is None:
        password = wanted or secrets.token_urlsafe(12)
        user = user_model.objects.create_superuser(ADMIN_USERNAME, "admin@example.com", password)
        report.admin_password = password
    elif wanted and not user.check_password(wanted):
        user.set_password(wanted)
        user.save(update_fields=["password"])
        report.admin_password = wanted
    return user


def _load_articles(report, categories, companies, author) -> None:
    for item in content.ARTICLES:
        article, created = _get_or_fill(
            report,
            Article,
            item["slug"],
            {
                "category": categories[item["category"]],
                "publish_at": datetime.fromisoformat(item["published"]),
                "status": Status.PUBLISHED,
                "author": author,
                **localized(
                    title=item["title"],
                    summary=item["summary"],
                    body=item["body"],
                    dateline_place=item["dateline_place"],
                ),
            },
        )
        if created:
            article.companies.set([companies[slug] for slug in item.get("companies", [])])


def _load_pages(report: DemoReport) -> None:
    for item in content.PAGES:
        _get_or_fill(
            report,
            Page,
            item["slug"],
            {
                "kind": Page.Kind.CONTACT if item["slug"] == "contact-us" else Page.Kind.STANDARD,
                "status": Status.PUBLISHED,
                "show_in_header": item["slug"] == "contact-us",
                "show_in_footer": item.get("show_in_footer", False),
                "order": item.get("order", 0),
                **localized(title=item["title"], body=item["body"]),
            },
        )
