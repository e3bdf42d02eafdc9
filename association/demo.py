"""Demo content: the seed page's association, news and members (see demo_content.py).

Loading fills in what is missing and never overwrites what is there, so it can run on every
``make run`` without duplicating rows or undoing an editor's changes.
"""

from __future__ import annotations

import io
import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image, ImageDraw

from news.models import Article, Category

from . import demo_content as content
from .models import ContactPhone, MemberCompany, Page, SiteSettings, Status

DEMO_LANGUAGE = "en"
ADMIN_USERNAME = "admin"


def text(value: dict[str, str] | str) -> str:
    """The demo text for the site's content language."""
    return value[DEMO_LANGUAGE] if isinstance(value, dict) else value


@dataclass
class DemoReport:
    created: dict[str, int] = field(default_factory=dict)
    admin_username: str = ADMIN_USERNAME
    admin_password: str | None = None
    admin_created: bool = False

    def count(self, kind: str, created: bool) -> None:
        self.created[kind] = self.created.get(kind, 0) + int(created)


@transaction.atomic
def load_demo() -> DemoReport:
    report = DemoReport()
    _load_settings(report)
    categories = _load_categories(report)
    companies = _load_companies(report)
    admin_user = _ensure_admin(report)
    _load_articles(report, categories, companies, admin_user)
    _load_pages(report)
    return report


def _load_settings(report: DemoReport) -> None:
    site_settings = SiteSettings.load()
    changed = False
    for name, value in content.SITE_SETTINGS.items():
        if not getattr(site_settings, name) and text(value):
            setattr(site_settings, name, text(value))
            changed = True
    if changed:
        site_settings.save()
    created_phones = 0
    if not site_settings.phones.exists():
        for order, phone in enumerate(content.PHONES):
            ContactPhone.objects.create(
                settings=site_settings,
                number=phone["number"],
                label=text(phone["label"]),
                order=order,
            )
            created_phones += 1
    report.created["settings fields"] = int(changed)
    report.created["phones"] = created_phones


def _load_categories(report: DemoReport) -> dict[str, Category]:
    categories = {}
    for item in content.CATEGORIES:
        category, created = Category.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name": text(item["name"]),
                "description": text(item["description"]),
                "order": item["order"],
            },
        )
        report.count("categories", created)
        categories[item["slug"]] = category
    return categories


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


def _load_companies(report: DemoReport) -> dict[str, MemberCompany]:
    companies = {}
    for index, item in enumerate(content.COMPANIES):
        company, created = MemberCompany.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name": text(item["name"]),
                "short_description": text(item["description"]),
                "website": item.get("website", ""),
                "featured": item.get("featured", False),
            },
        )
        if created and company.featured:
            company.logo.save(f"{company.slug}.png", _logo_png(company.name, index))
        report.count("member companies", created)
        companies[item["slug"]] = company
    return companies


def _ensure_admin(report: DemoReport):
    user_model = get_user_model()
    wanted = os.environ.get("DJANGO_SUPERUSER_PASSWORD") or None
    user = user_model.objects.filter(username=ADMIN_USERNAME).first()
    if user is None:
        password = wanted or secrets.token_urlsafe(12)
        user = user_model.objects.create_superuser(ADMIN_USERNAME, "admin@example.com", password)
        report.admin_created = True
        report.admin_password = password
    elif wanted and not user.check_password(wanted):
        user.set_password(wanted)
        user.save(update_fields=["password"])
        report.admin_password = wanted
    return user


def _load_articles(report, categories, companies, author) -> None:
    for item in content.ARTICLES:
        article, created = Article.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "title": text(item["title"]),
                "category": categories[item["category"]],
                "summary": text(item["summary"]),
                "body": text(item["body"]),
                "dateline_place": text(item["dateline_place"]),
                "publish_at": datetime.fromisoformat(item["published"]),
                "status": Status.PUBLISHED,
                "author": author,
            },
        )
        if created:
            article.companies.set([companies[slug] for slug in item.get("companies", [])])
        report.count("articles", created)


def _load_pages(report: DemoReport) -> None:
    for item in content.PAGES:
        _page, created = Page.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "title": text(item["title"]),
                "body": text(item["body"]),
                "kind": Page.Kind.CONTACT if item["slug"] == "contact-us" else Page.Kind.STANDARD,
                "status": Status.PUBLISHED,
                "show_in_header": item["slug"] == "contact-us",
                "show_in_footer": item.get("show_in_footer", False),
                "order": item.get("order", 0),
            },
        )
        report.count("pages", created)
