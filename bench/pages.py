"""Queries and render time per public page, on the demo content.

    DJANGO_DEBUG=1 .venv/bin/python bench/pages.py [--repeat 20] [--articles 10000]

Builds a throw-away SQLite database (or uses DATABASE_URL), loads the demo, then requests
each page through Django's test client: first with a cold site cache, then warm, and prints
the queries of each and the median time of the warm requests. Figures, not assertions: the
query counts the tests pin down live in tests/.
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import time
from io import StringIO

from common import QueryCounter, start_django

start_django()

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import close_old_connections, models  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

PAGES = [
    ("home", "/{lang}/"),
    ("news index", "/{lang}/news/"),
    ("category", "/{lang}/news/category/ic-news/"),
    ("article", "/{lang}/news/jensen-huang-visits-beijing-ai-chips-deepseek/"),
    ("directory", "/{lang}/members/"),
    ("directory filtered", "/{lang}/members/?level=member&region=hunan&segment=pcb-manufacturing"),
    ("member", "/{lang}/members/shenzhen-east-space-light-technology/"),
    ("page", "/{lang}/privacy-policy/"),
    ("contact", "/{lang}/contact-us/"),
    ("site map", "/{lang}/sitemap/"),
]


def add_articles(count: int) -> None:
    """``count`` published articles older than the demo's, spread over its categories, put
    straight into the table (a benchmark's set-up, not an editor's write)."""
    from news.models import Article, Category

    categories = list(Category.objects.all())
    start = timezone.now() - datetime.timedelta(days=3 * 365)
    rows = [
        Article(
            title_en=f"Older article {i}",
            title_zh_hans=f"较早的文章{i}",
            slug=f"bench-article-{i}",
            category=categories[i % len(categories)],
            summary_en="A summary of an older article, long enough to be cut in a card.",
            body_en="<p>Body.</p>" * 8,
            status="published",
            publish_at=start - datetime.timedelta(hours=i),
        )
        for i in range(count)
    ]
    models.QuerySet(model=Article).bulk_create(rows, batch_size=500)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--articles", type=int, default=0, help="older articles to add to the demo's, in bulk"
    )
    args = parser.parse_args()
    # As Django's own test runner does: keep one connection across requests.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=StringIO())
    add_articles(args.articles)
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"{'page':<20} {'lang':<8} {'cold q':>6} {'warm q':>6} {'median ms':>10}")
    for lang in ("en", "zh-hans"):
        for name, pattern in PAGES:
            url = pattern.format(lang=lang)
            cache.clear()
            with QueryCounter() as cold:
                assert client.get(url).status_code == 200, url
            with QueryCounter() as warm:
                client.get(url)
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - start) * 1000)
            print(
                f"{name:<20} {lang:<8} {len(cold):>6} {len(warm):>6} "
                f"{statistics.median(times):>10.1f}"
            )


if __name__ == "__main__":
    main()
