"""A large association on top of the demo: thousands of articles and member companies in
both languages, put straight into the tables (a benchmark's set-up, not an editor's
writes), then the search index rebuilt from them.

    DJANGO_DEBUG=1 .venv/bin/python bench/large_demo.py --articles 10000 --members 2000

Uses DATABASE_URL (a throw-away SQLite file otherwise, see common.py).
"""

from __future__ import annotations

import argparse
import datetime
import random
import time

# Words the generated texts are made of, so that searches find some articles and not others.
EN_TEXT = (
    "board copper laminate drill solder mask etching plating substrate wafer chip "
    "packaging testing supply demand export capacity factory automation quality standard "
    "market price order line process yield design engineer customer partner investment "
    "research semiconductor display sensor module assembly flexible rigid signal power"
)
ZH_TEXT = (
    "印制电路 覆铜板 钻孔 阻焊 蚀刻 电镀 基板 晶圆 芯片 封装 测试 供应 需求 出口 产能 工厂 "
    "自动化 质量 标准 市场 价格 订单 产线 工艺 良率 设计 工程师 客户 伙伴 投资 研发 半导体 "
    "显示 传感器 模组 组装 柔性 刚性 信号 电源 深圳 广州 东莞 惠州 珠海"
)
EN_WORDS = str.split(EN_TEXT)
ZH_WORDS = str.split(ZH_TEXT)
CITIES = [("Shenzhen", "深圳"), ("Guangzhou", "广州"), ("Dongguan", "东莞"), ("Huizhou", "惠州")]


def _sentence(rng: random.Random, words: list[str], length: int, chinese: bool) -> str:
    picked = rng.choices(words, k=length)
    return ("".join(picked) + "。") if chinese else (" ".join(picked).capitalize() + ".")


def _body(rng: random.Random, words: list[str], chinese: bool) -> str:
    paragraphs = [
        " ".join(_sentence(rng, words, rng.randint(8, 16), chinese) for _ in range(4))
        for _ in range(5)
    ]
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def add_articles(count: int, *, seed: int = 1) -> None:
    """``count`` published articles older than the demo's, spread over its categories."""
    from django.db import models
    from django.utils import timezone

    from news.models import Article, Category

    rng = random.Random(seed)
    categories = list(Category.objects.all())
    start = timezone.now() - datetime.timedelta(days=30)
    rows = []
    for i in range(count):
        rows.append(
            Article(
                title_en=_sentence(rng, EN_WORDS, 6, False).rstrip(".") + f" ({i})",
                title_zh_hans=_sentence(rng, ZH_WORDS, 5, True).rstrip("。") + f"（{i}）",
                slug=f"bench-article-{i}",
                category=categories[i % len(categories)],
                summary_en=_sentence(rng, EN_WORDS, 20, False),
                summary_zh_hans=_sentence(rng, ZH_WORDS, 14, True),
                body_en=_body(rng, EN_WORDS, False),
                body_zh_hans=_body(rng, ZH_WORDS, True),
                dateline_place_en="Shenzhen",
                dateline_place_zh_hans="深圳",
                status="published",
                publish_at=start - datetime.timedelta(hours=i),
            )
        )
    models.QuerySet(model=Article).bulk_create(rows, batch_size=500)


def add_members(count: int, *, seed: int = 2) -> None:
    """``count`` active member companies with a level, a region and one or two segments."""
    from django.db import models

    from members.models import IndustrySegment, MemberCompany, MembershipLevel, Region

    rng = random.Random(seed)
    levels = list(MembershipLevel.objects.all())
    regions = list(Region.objects.all())
    segments = list(IndustrySegment.objects.all())
    rows = []
    for i in range(count):
        city_en, city_zh = rng.choice(CITIES)
        rows.append(
            MemberCompany(
                name_en=f"{city_en} {rng.choice(EN_WORDS).capitalize()} Electronics {i} Co., Ltd",
                name_zh_hans=f"{city_zh}{rng.choice(ZH_WORDS)}电子{i}有限公司",
                slug=f"bench-member-{i}",
                level=rng.choice(levels) if levels else None,
                region=rng.choice(regions) if regions else None,
                city_en=city_en,
                city_zh_hans=city_zh,
                short_description_en=_sentence(rng, EN_WORDS, 12, False),
                short_description_zh_hans=_sentence(rng, ZH_WORDS, 8, True),
                description_en=_body(rng, EN_WORDS, False),
                description_zh_hans=_body(rng, ZH_WORDS, True),
                member_since=rng.randint(1995, 2025),
                is_active=True,
            )
        )
    created = models.QuerySet(model=MemberCompany).bulk_create(rows, batch_size=500)
    through = MemberCompany.segments.through
    links = [
        through(membercompany_id=company.pk, industrysegment_id=segment.pk)
        for company in created
        for segment in rng.sample(segments, k=min(len(segments), rng.randint(1, 2)))
    ]
    through.objects.bulk_create(links, batch_size=1000)


def load(*, articles: int, members: int) -> None:
    from io import StringIO

    from django.core.management import call_command

    from core import search

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=StringIO())
    started = time.perf_counter()
    add_articles(articles)
    add_members(members)
    entries = search.rebuild()
    # As after any bulk load: fresh statistics for the query planner (PostgreSQL's
    # autovacuum would gather them in time; SQLite never does on its own).
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    seconds = time.perf_counter() - started
    print(
        f"Loaded {articles} articles and {members} members, {entries} search entries, "
        f"in {seconds:.0f} s"
    )


def main() -> None:
    from common import start_django

    start_django()
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--members", type=int, default=2_000)
    args = parser.parse_args()
    load(articles=args.articles, members=args.members)


if __name__ == "__main__":
    main()
