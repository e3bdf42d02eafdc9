"""The demo association: the seed page's association, its news and members, in English and
Chinese, read from the data files in ``demo/`` (JSON). The pictures (the association's logo,
the companies' logos, the articles' illustrations) are drawn by ``artwork`` as they are
loaded, from the shapes and colours the files name.

Each text in the files is an object keyed by language code (``{"en": ..., "zh-hans":
...}``); a language of the site that a text lacks is left empty, and the site falls back.

On a new site it loads everything. On a site that is already set up it loads nothing (so
``make run`` never brings back what an editor deleted) unless asked to ``fill``: then it
adds the demo items that are missing and fills empty texts, and still never overwrites
what is there. Either way the admin account exists afterwards. Everything is written
through the models' save(), so every change is announced like an editor's.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import models, transaction
from modeltranslation.utils import build_localized_fieldname

from core.languages import language_codes
from core.publishing import Status
from images.models import Image
from members.models import IndustrySegment, MemberCompany, MembershipLevel, Region
from news.models import Article, Category

from . import artwork
from .models import ContactPhone, Page, SiteSettings

DEMO_DIR = Path(settings.BASE_DIR) / "demo"
ADMIN_USERNAME = "admin"


def read(name: str) -> dict:
    with open(DEMO_DIR / name, encoding="utf-8") as file:
        return json.load(file)


def localized(**values: dict[str, str] | Any) -> dict[str, Any]:
    """``title={"en": ..., "zh-hans": ...}`` -> ``{"title_en": ..., "title_zh_hans": ...}``
    for each language of the site; other values pass through unchanged."""
    fields = {}
    for name, value in values.items():
        if isinstance(value, dict):
            for code in language_codes():
                fields[build_localized_fieldname(name, code)] = value.get(code, "")
        else:
            fields[name] = value
    return fields


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
    news = read("news.json")
    _load_settings(report)
    categories = _load_categories(report, news["categories"])
    companies = _load_companies(report)
    admin_user = _ensure_admin(report)
    _load_articles(report, categories, companies, admin_user, news["articles"])
    _load_pages(report)
    return report


def _get_or_fill(report: DemoReport, model, slug: str, values: dict):
    obj, created = model.objects.get_or_create(slug=slug, defaults=values)
    report.count(model, created)
    if not created:
        report.filled += fill_blanks(obj, values)
    return obj, created


def _load_settings(report: DemoReport) -> None:
    data = read("site.json")
    site_settings = SiteSettings.load()
    # A settings row that has never been filled in counts as new, not as an edit.
    fresh = not site_settings.text_in_any_language("site_name")
    filled = fill_blanks(site_settings, localized(**data["settings"]))
    if fresh:
        report.count(SiteSettings, filled)
    else:
        report.filled += filled
    # Pictures only for what this run creates: a logo an editor removed, or another
    # association's site, never gets the demo's.
    if fresh and site_settings.logo_id is None:
        logo = data["logo"]
        site_settings.logo = _drawn_image(
            report,
            artwork.site_logo(logo["colour"]),
            "association-logo.png",
            title=data["settings"]["site_name"]["en"],
            alt=logo["alt"],
        )
        site_settings.save(update_fields=["logo"])
    existing = {phone.number: phone for phone in site_settings.phones.all()}
    if not existing:
        for order, phone in enumerate(data["phones"]):
            ContactPhone.objects.create(
                settings=site_settings,
                number=phone["number"],
                order=order,
                **localized(label=phone["label"]),
            )
            report.count(ContactPhone, True)
    for phone in data["phones"]:
        if phone["number"] in existing:
            report.filled += fill_blanks(existing[phone["number"]], localized(label=phone["label"]))


def _load_categories(report: DemoReport, items: list[dict]) -> dict[str, Category]:
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
        for item in items
    }


def _load_vocabulary(report: DemoReport, model, items: list[dict]) -> dict:
    return {
        item["slug"]: _get_or_fill(
            report, model, item["slug"], {"order": order, **localized(name=item["name"])}
        )[0]
        for order, item in enumerate(items, start=1)
    }


def _load_companies(report: DemoReport) -> dict[str, MemberCompany]:
    data = read("members.json")
    levels = _load_vocabulary(report, MembershipLevel, data["levels"])
    segments = _load_vocabulary(report, IndustrySegment, data["segments"])
    regions = _load_vocabulary(report, Region, data["regions"])
    companies = {}
    for item in data["companies"]:
        company, created = _get_or_fill(
            report,
            MemberCompany,
            item["slug"],
            {
                "website": item.get("website", ""),
                "featured": item.get("featured", False),
                "level": levels[item["level"]],
                "region": regions[item["region"]],
                "phone": item.get("phone", ""),
                "email": item.get("email", ""),
                "founded_year": item.get("founded_year"),
                "member_since": item.get("member_since"),
                **localized(
                    name=item["name"],
                    short_description=item["short_description"],
                    city=item["city"],
                    address=item["address"],
                ),
            },
        )
        if created or not company.segments.exists():
            company.segments.set([segments[slug] for slug in item["segments"]])
        if created:
            logo = item["logo"]
            company.logo = _drawn_image(
                report,
                artwork.logo(logo["motif"], logo["shape"], logo["colour"]),
                f"{item['slug']}-logo.png",
                title=item["name"]["en"],
                alt=logo["alt"],
            )
            company.save(update_fields=["logo"])
        companies[item["slug"]] = company
    return companies


def _drawn_image(
    report: DemoReport, content: bytes, name: str, *, title: str, alt: dict, caption=None
) -> Image:
    """A drawn picture joins the media library like an upload (checked and re-encoded)."""
    image = Image(
        file=ContentFile(content, name=name),
        title=title,
        **localized(alt=alt, caption=caption or {}),
    )
    image.save()
    report.count(Image, True)
    return image


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


def _load_articles(report, categories, companies, author, items: list[dict]) -> None:
    for item in items:
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
        if created:
            picture = item["image"]
            colours = picture["colours"]
            article.image = _drawn_image(
                report,
                artwork.illustration(
                    picture["scene"], colours["dark"], colours["light"], colours["accent"]
                ),
                f"{item['slug']}.jpg",
                title=item["title"]["en"],
                alt=picture["alt"],
                caption=picture["caption"],
            )
            article.save(update_fields=["image"])


def _load_pages(report: DemoReport) -> None:
    for item in read("pages.json")["pages"]:
        _get_or_fill(
            report,
            Page,
            item["slug"],
            {
                "kind": item["kind"],
                "status": Status.PUBLISHED,
                "show_in_header": item["show_in_header"],
                "show_in_footer": item["show_in_footer"],
                "order": item["order"],
                **localized(title=item["title"], body=item["body"]),
            },
        )
