"""Site search over a large association, in process: p50 and p95 per query of what the
results page asks (the counts and the first page of hits, excerpts marked).

    .venv/bin/python bench/search.py [--articles 10000] [--members 2000] [--repeat 50]

Loads the large demo (bench/large_demo.py) into a throw-away SQLite file, or into the
database DATABASE_URL names when it is empty. Target: p95 under 50 ms for every query.
"""

from __future__ import annotations

import argparse
import statistics
import time

from common import start_django

QUERIES = [
    ("en", "chips"),  # a few articles
    ("en", "copper"),  # thousands
    ("en", "printed circuit board"),
    ("en", "Shenzhen"),  # the member companies
    ("en", "zzzz"),  # nothing
    ("zh-hans", "芯片"),  # two characters, in nearly every generated article
    ("zh-hans", "深圳"),
    ("zh-hans", "印制电路"),  # four: a phrase of three pairs
    ("zh-hans", "黄仁勋"),  # the seed article only
    ("zh-hans", "芯"),  # one character: a prefix
]
TARGET_MS = 50


def main() -> None:
    start_django()
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--members", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    from django.core.management import call_command
    from django.db import connection
    from large_demo import load

    from core import search
    from core.models import SearchEntry

    call_command("migrate", verbosity=0)
    if not SearchEntry.objects.exists():
        load(articles=args.articles, members=args.members)
    print(f"{connection.vendor}: {SearchEntry.objects.count()} entries")
    print(f"{'language':<9} {'query':<24} {'results':>8} {'p50 ms':>8} {'p95 ms':>8}")
    worst = 0.0
    for language, query in QUERIES:
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            results = search.search(query, language=language)
            count = results.count()
            results[0:10]
            times.append((time.perf_counter() - started) * 1000)
        p95 = statistics.quantiles(times, n=20)[-1]
        worst = max(worst, p95)
        shown = f"{count}+" if results.capped else str(count)
        print(f"{language:<9} {query:<24} {shown:>8} {statistics.median(times):>8.1f} {p95:>8.1f}")
    verdict = "meets" if worst < TARGET_MS else "misses"
    print(f"Verdict: the slowest p95 is {worst:.1f} ms: {verdict} the {TARGET_MS} ms target")


if __name__ == "__main__":
    main()
