"""The site search's index and queries (core.search), on whichever engine the run uses."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone, translation

from core import search
from core.models import SearchEntry
from core.publishing import Status
from tests import factories

pytestmark = pytest.mark.django_db


def test_terms_pair_chinese_characters_and_fold_words():
    assert search.terms("印制电路板") == "印制 制电 电路 路板 板"
    assert search.terms("芯") == "芯"
    assert (
        search.terms("ＰＣＢ Printed-Circuit 2025年产能") == "pcb printed circuit 2025 年产 产能 能"
    )
    assert search.terms("snake_case") == "snake case"


def test_parse_query_makes_phrases_and_prefixes():
    parts = search.parse_query("  印制电路 print 芯  印制电路 ")
    assert [(p.terms, p.is_prefix) for p in parts] == [
        (["印制", "制电", "电路"], False),
        (["print"], True),
        (["芯"], True),
    ]


def test_chinese_search_finds_two_and_four_character_words(committed):
    seed = committed(
        factories.ArticleFactory,
        title_en="Jensen Huang visits Beijing",
        title_zh_hans="黄仁勋访问北京",
        body_en="<p>Nvidia talks about AI chips.</p>",
        body_zh_hans="<p>英伟达谈人工智能芯片与深圳印制电路产业。</p>",
    )
    committed(factories.ArticleFactory, title_zh_hans="无关新闻", body_zh_hans="<p>其他内容</p>")
    for query in ("芯片", "深圳", "印制电路", "黄仁勋", "芯"):
        results = search.search(query, language="zh-hans")
        assert results.count() == 1, query
        assert results[0:10][0].url == f"/zh-hans/news/{seed.slug}/"
    # Characters that are in the text, but not next to each other, are not the word.
    assert search.search("印电", language="zh-hans").count() == 0


def test_english_search_matches_word_prefixes_in_any_case(committed):
    committed(factories.ArticleFactory, title="Printed circuit output grows", body="<p>Boards</p>")
    assert search.search("PRINT", language="en").count() == 1
    assert search.search("circuit boards", language="en").count() == 1
    assert search.search("circuit lasers", language="en").count() == 0
    assert search.search("rint", language="en").count() == 0  # not the middle of a word


def test_title_matches_come_first_then_newer(committed):
    now = timezone.now()
    body_new = committed(
        factories.ArticleFactory,
        title="Industry notes",
        body="<p>About copper foil.</p>",
        publish_at=now - datetime.timedelta(days=1),
    )
    title_old = committed(
        factories.ArticleFactory,
        title="Copper foil prices",
        body="<p>Text</p>",
        publish_at=now - datetime.timedelta(days=300),
    )
    title_new = committed(
        factories.ArticleFactory,
        title="Copper foil supply",
        body="<p>Text</p>",
        publish_at=now - datetime.timedelta(days=3),
    )
    hits = search.search("copper foil", language="en")[0:10]
    assert [hit.url for hit in hits] == [
        title_new.get_absolute_url(),
        title_old.get_absolute_url(),
        body_new.get_absolute_url(),
    ]


@pytest.mark.parametrize("few", [search.FEW_MATCHES, 0])
def test_every_page_is_the_same_read_in_one_query_or_in_two(
    committed, monkeypatch, few, django_assert_num_queries
):
    """Few matches: a page holding title matches and others is one query sorting them all;
    many: each group is read on its own. The same hits, page after page, either way."""
    monkeypatch.setattr(search, "FEW_MATCHES", few)
    now = timezone.now()
    for n in range(7):
        committed(
            factories.ArticleFactory,
            title=f"Laminate {n}" if n % 3 == 0 else f"Report {n}",
            body="<p>laminate</p>",
            publish_at=now - datetime.timedelta(days=n),
        )
    results = search.search("laminate", language="en")
    assert results.counts() == (3, 4)
    pages = [results[start : start + 2] for start in range(0, 8, 2)]
    titles = [
        hit.title.replace("<mark>", "").replace("</mark>", "") for page in pages for hit in page
    ]
    assert titles == [f"Laminate {n}" for n in (0, 3, 6)] + [f"Report {n}" for n in (1, 2, 4, 5)]
    # The page that holds both kinds (the second): one query with few matches, two with many.
    with django_assert_num_queries(1 if few else 2):
        results[2:4]


def test_pages_and_member_companies_are_found(committed):
    committed(factories.PageFactory, title="Privacy Policy", body="<p>How we keep data.</p>")
    company = committed(
        factories.MemberCompanyFactory,
        name_en="Shenzhen East Space Light Technology Co., Ltd",
        name_zh_hans="深圳市东方宇之光科技有限公司",
        city="Shenzhen",
    )
    hits = search.search("shenzhen", language="en")[0:10]
    assert [(hit.source, hit.url) for hit in hits] == [
        ("members.membercompany", f"/en/members/{company.slug}/")
    ]
    assert search.search("深圳", language="zh-hans").count() == 1
    assert search.search("privacy", language="en")[0:1][0].source == "pages.page"


def test_drafts_inactive_and_deleted_items_are_not_found(
    committed, django_capture_on_commit_callbacks
):
    article = committed(factories.ArticleFactory, title="Secret plan", status=Status.DRAFT)
    company = committed(factories.MemberCompanyFactory, name="Hidden Works", is_active=False)
    assert search.search("secret", language="en").count() == 0
    assert search.search("hidden", language="en").count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        article.status = Status.PUBLISHED
        article.save()
        company.is_active = True
        company.save()
    assert search.search("secret", language="en").count() == 1
    assert search.search("hidden", language="en").count() == 1

    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert search.search("secret", language="en").count() == 0
    assert not SearchEntry.objects.filter(source="news.article").exists()


def test_an_edit_is_found_at_once_and_the_old_words_are_gone(
    committed, django_capture_on_commit_callbacks
):
    article = committed(factories.ArticleFactory, title="Laminate report")
    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Solder mask report"
        article.save()
    assert search.search("laminate", language="en").count() == 0
    assert search.search("solder", language="en").count() == 1


def test_a_scheduled_article_is_found_from_its_publish_time(committed, time_machine):
    soon = timezone.now() + datetime.timedelta(hours=2)
    committed(factories.ArticleFactory, title="Trade fair opens", publish_at=soon)
    assert search.search("trade fair", language="en").count() == 0
    time_machine.move_to(soon + datetime.timedelta(minutes=1))
    assert search.search("trade fair", language="en").count() == 1


def test_each_language_is_searched_in_its_own_text_with_fallbacks(committed):
    committed(factories.ArticleFactory, title_en="Only in English", title_zh_hans="")
    # The Chinese page shows the English title (fallback), so the Chinese search finds it.
    assert search.search("english", language="zh-hans").count() == 1
    with translation.override("zh-hans"):
        assert search.search("english", language="zh-hans")[0:1][0].url.startswith("/zh-hans/")


def test_excerpt_is_cut_around_the_match_and_marked_and_escaped(committed):
    words = " ".join(f"word{n}" for n in range(80))
    committed(
        factories.ArticleFactory,
        title="<b>Bold</b> claims",
        body=f"<p>{words} the laser drill &lt;script&gt; arrives {words}</p>",
    )
    hit = search.search("laser", language="en")[0:1][0]
    assert "<mark>laser</mark>" in hit.excerpt
    assert "&lt;script&gt;" in hit.excerpt and "<script>" not in hit.excerpt
    assert hit.excerpt.startswith("…") and hit.excerpt.endswith("…")
    assert len(hit.excerpt) < 320
    assert hit.title == "&lt;b&gt;Bold&lt;/b&gt; claims"
    assert "<mark>" not in hit.title  # nothing in the title matched


def test_hostile_queries_are_plain_text(committed):
    committed(factories.ArticleFactory, title="Quotes and stars")
    for query in ['"', "NEAR(", "a OR b", "title_terms:*", "'; DROP TABLE x; --", "*", ")", "\x00"]:
        assert search.search(query, language="en").count() >= 0
    assert search.search('stars"*', language="en").count() == 1
    assert search.search("", language="en").count() == 0


def test_rebuild_and_the_command_make_the_same_index(committed):
    for n in range(3):
        committed(factories.ArticleFactory, title=f"Board {n}")
    before = sorted(SearchEntry.objects.values_list("source", "object_id", "language", "title"))
    SearchEntry.objects.all().delete()
    assert search.search("board", language="en").count() == 0
    call_command("update_search_index", verbosity=0)
    after = sorted(SearchEntry.objects.values_list("source", "object_id", "language", "title"))
    assert after == before
    assert search.search("board", language="en").count() == 3


def test_an_empty_index_is_filled_after_migrate():
    factories.ArticleFactory(title="Existing article")  # saved without the listener running
    assert not SearchEntry.objects.exists()
    assert search.fill_if_empty() == 2  # one entry per language
    assert search.fill_if_empty() == 0


def test_engine_index_is_used():
    """The engine's full-text index exists (the migration wrote it for this engine)."""
    assert connection.vendor in ("sqlite", "postgresql")
    tables = connection.introspection.table_names()
    if connection.vendor == "sqlite":
        assert "core_searchentry_fts" in tables
    else:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN "
                "('core_searchentry_document', 'core_searchentry_title_document')"
            )
            indexes = dict(cursor.fetchall())
            assert len(indexes) == 2
            assert all("gin" in definition.lower() for definition in indexes.values())


def test_counting_stops_at_the_cap(committed, monkeypatch):
    monkeypatch.setattr(search, "MAX_COUNTED", 3)
    for n in range(5):
        committed(
            factories.ArticleFactory,
            title=f"Laser drill {n}" if n < 2 else f"Note {n}",
            body="<p>laser drill</p>",
        )
    results = search.search("laser", language="en")
    assert results.count() == 3 and results.capped
    assert results.counts() == (2, 1)  # the title matches first
    assert len(results[0:10]) == 3
    assert not search.search("note", language="en").capped


def test_postgresql_search_indexes_take_entries_at_once():
    """No pending list for every search to scan (migration core 0005)."""
    if connection.vendor != "postgresql":
        pytest.skip("GIN indexes are PostgreSQL's; .ci/run runs this on PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reloptions FROM pg_class WHERE relname IN "
            "('core_searchentry_document', 'core_searchentry_title_document')"
        )
        options = dict(cursor.fetchall())
    assert options == {
        "core_searchentry_document": ["fastupdate=off"],
        "core_searchentry_title_document": ["fastupdate=off"],
    }
