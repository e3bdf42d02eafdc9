"""How long importing member companies takes when their names all make the same slug.

    .venv/bin/python bench/import_members.py [--rows 1000]

Names with no letters or Chinese ("—", "***") all fall back to the slug "member", the worst
case for finding a free slug. Before issue 7 each row tried member-2, member-3, ... one
query each (1,000 rows: 189 s); now a free slug costs one query, whatever came before.
Builds a throw-away SQLite database (or uses DATABASE_URL). Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import time

from common import start_django

start_django()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from members.csv_io import import_members  # noqa: E402
from members.models import MemberCompany  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1000)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    MemberCompany.objects.all().delete()
    rows = [{"slug": "", "name_en": "—", "name_zh_hans": ""} for _ in range(args.rows)]
    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    start = time.perf_counter()
    with connection.execute_wrapper(count):
        report = import_members(rows=rows)
    seconds = time.perf_counter() - start
    last = MemberCompany.objects.order_by("-pk").first()
    print(f"{connection.vendor}: {report.created} rows created in {seconds:.2f} s")
    print(f"  {args.rows / seconds:.0f} rows/s, {queries / args.rows:.1f} queries per row")
    print(f"  last slug: {last.slug}")


if __name__ == "__main__":
    main()
