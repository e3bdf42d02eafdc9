"""Queries and bytes of each page the HTTP benchmark drives, read in process with the page
cache off and the header and footer already cached (what a typical uncached request
costs). Prints one JSON object; bench/throughput.py calls it.

    DATABASE_URL=... .venv/bin/python bench/page_costs.py /en/ /en/news/ ...
"""

from __future__ import annotations

import gzip
import json
import os
import sys

from common import QueryCounter, start_django

os.environ["DJANGO_PAGE_CACHE_SECONDS"] = "0"
start_django()

from bs4 import BeautifulSoup  # noqa: E402
from django.contrib.staticfiles import finders  # noqa: E402
from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import close_old_connections  # noqa: E402
from django.test import Client  # noqa: E402


def assets(html: str) -> list[str]:
    """The stylesheets and scripts a page makes the browser fetch (images aside)."""
    soup = BeautifulSoup(html, "html.parser")
    urls = [tag["href"] for tag in soup.select('link[rel="stylesheet"][href]')]
    urls += [tag["src"] for tag in soup.select("script[src]")]
    return urls


def static_size(url: str) -> tuple[int, int]:
    name = url.split("?")[0].split("/static/", 1)[-1]
    path = finders.find(name)
    if not path:
        return 0, 0
    data = open(path, "rb").read()  # noqa: SIM115
    return len(data), len(gzip.compress(data))


def urls() -> dict[str, str]:
    """The pages the benchmark drives, named, found in the loaded content."""
    from urllib.parse import quote

    from members.models import MembershipLevel, Region
    from news.models import Article, Category
    from news.views import PAGE_SIZE

    category = Category.objects.get(slug="ic-news")
    count = Article.objects.published().in_category(category).count()
    last = max(1, -(-count // PAGE_SIZE))
    level = MembershipLevel.objects.order_by("order").first()
    region = Region.objects.order_by("order").first()
    return {
        "home": "/en/",
        "category, first page": "/en/news/category/ic-news/",
        f"category, last page ({last})": f"/en/news/category/ic-news/?page={last}",
        "article": "/en/news/jensen-huang-visits-beijing-ai-chips-deepseek/",
        "directory, 2 filters": f"/en/members/?level={level.slug}&region={region.slug}",
        "search, English": "/en/search/?q=chips",
        "search, Chinese": "/zh-hans/search/?q=" + quote("芯片"),
        "article, Chinese": "/zh-hans/news/jensen-huang-visits-beijing-ai-chips-deepseek/",
    }


def main() -> None:
    if sys.argv[1:] == ["--urls"]:
        print(json.dumps(urls()))
        return
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    client = Client(HTTP_HOST="127.0.0.1")
    costs = {}
    for url in sys.argv[1:]:
        client.get(url)  # the header and footer are built once and kept
        with QueryCounter() as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        html = response.content
        weight = len(html)
        weight_gzip = len(gzip.compress(html))
        for asset in assets(html.decode()):
            raw, packed = static_size(asset)
            weight += raw
            weight_gzip += packed
        costs[url] = {
            "queries": len(queries),
            "html_bytes": len(html),
            "weight": weight,
            "weight_gzip": weight_gzip,
        }
    print(json.dumps(costs))


if __name__ == "__main__":
    main()
