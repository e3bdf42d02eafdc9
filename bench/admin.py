"""Every admin list and form at the size of a real association: 10,000 articles, 2,000
member companies, 20,000 contact messages and 2,000 membership applications.

    .venv/bin/python bench/admin.py [--repeat 5]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/xiehui_bench .venv/bin/python bench/admin.py

Builds the rows once per database (in bulk: a benchmark's set-up, not an editor's write,
so it goes around the one write path on purpose), then requests each admin page as a
superuser and prints the median time and the queries. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import datetime
import random
import statistics
import time

from common import QueryCounter, start_django

start_django()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from contact.models import ContactMessage  # noqa: E402
from members.models import MemberCompany, MembershipApplication, MembershipLevel, Region  # noqa: E402
from news.models import Article, Category  # noqa: E402

ARTICLES, MEMBERS, MESSAGES, APPLICATIONS = 10_000, 2_000, 20_000, 2_000
# Words, English and Chinese, to write the rows from.
WORDS = ["chip", "board", "circuit", "copper", "laminate", "substrate", "wafer", "test"]
WORDS += ["member", "association", "training", "standard", "market", "export", "policy"]
WORDS += ["芯片", "印制电路", "深圳", "长沙", "封装", "检测", "协会"]


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def bulk(model, rows) -> None:
    """Rows straight into the table (set-up only: nothing announced, no revisions)."""
    models.QuerySet(model=model).bulk_create(rows, batch_size=500)


def build() -> None:
    if Article.objects.count() >= ARTICLES:
        return
    call_command("load_demo", verbosity=0)
    rng = random.Random(7)
    categories = list(Category.objects.all())
    levels, regions = list(MembershipLevel.objects.all()), list(Region.objects.all())
    now = timezone.now()
    bulk(
        Article,
        [
            Article(
                title_en=f"{sentence(rng, 6)} {i}",
                title_zh_hans=f"{sentence(rng, 4)}{i}",
                slug=f"bench-article-{i}",
                category=rng.choice(categories),
                summary_en=sentence(rng, 25),
                summary_zh_hans=sentence(rng, 25),
                body_en="".join(f"<p>{sentence(rng, 60)}</p>" for _ in range(8)),
                body_zh_hans="".join(f"<p>{sentence(rng, 80)}</p>" for _ in range(8)),
                status="published" if i % 10 else "draft",
                publish_at=now - datetime.timedelta(hours=i),
            )
            for i in range(ARTICLES)
        ],
    )
    bulk(
        MemberCompany,
        [
            MemberCompany(
                name_en=f"Bench Circuits {i} Co., Ltd",
                name_zh_hans=f"测试电路{i}有限公司",
                slug=f"bench-member-{i}",
                level=rng.choice(levels),
                region=rng.choice(regions),
                short_description_en=sentence(rng, 20),
                description_en=f"<p>{sentence(rng, 80)}</p>",
            )
            for i in range(MEMBERS)
        ],
    )
    bulk(
        ContactMessage,
        [
            ContactMessage(
                name=f"Visitor {i}",
                email=f"visitor{i}@example.com",
                subject=sentence(rng, 5),
                message=sentence(rng, 80),
                is_read=i % 3 == 0,
            )
            for i in range(MESSAGES)
        ],
    )
    bulk(
        MembershipApplication,
        [
            MembershipApplication(
                company_name_en=f"Applicant {i} Ltd",
                company_name_zh_hans=f"申请单位{i}",
                contact_name="Li",
                contact_email=f"li{i}@example.com",
                contact_phone="1",
            )
            for i in range(APPLICATIONS)
        ],
    )


PAGES = [
    ("dashboard", "/admin/"),
    ("articles", "/admin/news/article/"),
    ("articles, search 'chip'", "/admin/news/article/?q=chip"),
    ("articles, search '芯片'", "/admin/news/article/?q=芯片"),
    ("articles, page 100", "/admin/news/article/?p=100"),
    ("article: add", "/admin/news/article/add/"),
    ("article: change", "/admin/news/article/{article}/change/"),
    ("article: history", "/admin/news/article/{article}/history/"),
    ("members", "/admin/members/membercompany/"),
    ("members, search", "/admin/members/membercompany/?q=Circuits+15"),
    ("member: change", "/admin/members/membercompany/{member}/change/"),
    ("inbox", "/admin/contact/contactmessage/"),
    ("inbox, unread", "/admin/contact/contactmessage/?is_read__exact=0"),
    ("inbox, search", "/admin/contact/contactmessage/?q=visitor1234"),
    ("applications", "/admin/members/membershipapplication/"),
    ("media library", "/admin/images/image/"),
    ("translation status", "/admin/translations/"),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    build()
    user = get_user_model().objects.filter(is_superuser=True).first()
    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    ids = {
        "article": Article.objects.order_by("-pk").values_list("pk", flat=True).first(),
        "member": MemberCompany.objects.order_by("-pk").values_list("pk", flat=True).first(),
    }
    print(
        f"{connection.vendor}: {Article.objects.count()} articles, {MemberCompany.objects.count()} "
        f"members, {ContactMessage.objects.count()} messages, "
        f"{MembershipApplication.objects.count()} applications"
    )
    print(f"{'page':<26} {'median ms':>10} {'queries':>8} {'KB':>7}")
    worst = 0.0
    for name, pattern in PAGES:
        url = pattern.format(**ids)
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        with QueryCounter() as counter:
            client.get(url)
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        worst = max(worst, median)
        print(f"{name:<26} {median:>10.1f} {len(counter):>8} {len(response.content) / 1024:>7.0f}")
    print(f"slowest: {worst:.0f} ms")


if __name__ == "__main__":
    main()
