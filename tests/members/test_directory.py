"""The member directory: search in both languages, filters in the URL, the charts."""

import pytest
from django.urls import reverse

from members.models import IndustrySegment, MembershipLevel, Region
from tests.factories import (
    ArticleFactory,
    ImageFactory,
    MemberCompanyFactory,
    SiteSettingsFactory,
    _png,
    edit,
)
from tests.html import Html

pytestmark = pytest.mark.django_db


def vocab(model, slug, en, zh, order=0):
    return model.objects.get_or_create(
        slug=slug, defaults={"name_en": en, "name_zh_hans": zh, "order": order}
    )[0]


@pytest.fixture
def directory():
    SiteSettingsFactory()
    president = vocab(MembershipLevel, "president", "President Unit", "会长单位", 1)
    member = vocab(MembershipLevel, "member", "Member", "会员单位", 4)
    pcb = vocab(IndustrySegment, "pcb", "PCB Manufacturing", "印制电路板制造")
    opto = vocab(IndustrySegment, "opto", "Optoelectronics", "光电子")
    hunan = vocab(Region, "hunan", "Hunan", "湖南")
    guangdong = vocab(Region, "guangdong", "Guangdong", "广东")
    shenzhen = MemberCompanyFactory(
        slug="shenzhen-east-space-light",
        name_en="Shenzhen East Space Light Technology Co., Ltd",
        name_zh_hans="深圳东方空间光电科技有限公司",
        level=member,
        region=guangdong,
        city_en="Shenzhen",
        city_zh_hans="深圳",
        member_since=2016,
    )
    shenzhen.segments.add(opto)
    changsha = MemberCompanyFactory(
        slug="changsha-boards",
        name_en="Changsha Boards Ltd",
        name_zh_hans="长沙线路板有限公司",
        level=president,
        region=hunan,
        member_since=2008,
    )
    changsha.segments.add(pcb)
    zhuzhou = MemberCompanyFactory(
        slug="zhuzhou-circuits",
        name_en="Zhuzhou Circuits",
        name_zh_hans="株洲电路",
        level=member,
        region=hunan,
        member_since=2020,
    )
    zhuzhou.segments.add(pcb, opto)
    MemberCompanyFactory(
        slug="retired-co",
        name_en="Retired Shenzhen Co",
        level=member,
        region=guangdong,
        is_active=False,
    )
    return {"shenzhen": shenzhen, "changsha": changsha, "zhuzhou": zhuzhou}


def names(response) -> list[str]:
    """The slugs of the companies the directory lists, read from its links."""
    return [
        link["href"].rstrip("/").rsplit("/", 1)[-1]
        for link in Html(response).all(".member-row h3 a")
    ]


def test_search_shenzhen_in_english_finds_the_firm(client, directory):
    response = client.get("/en/members/", {"q": "Shenzhen"})
    assert names(response) == ["shenzhen-east-space-light"]  # not the inactive one
    assert "Shenzhen East Space Light Technology Co., Ltd" in response.content.decode()


def test_search_shenzhen_in_chinese_finds_the_firm(client, directory):
    response = client.get("/zh-hans/members/", {"q": "深圳"})
    assert names(response) == ["shenzhen-east-space-light"]
    assert "深圳东方空间光电科技有限公司" in response.content.decode()


def test_search_matches_the_other_languages_name_too(client, directory):
    assert names(client.get("/zh-hans/members/", {"q": "Changsha"})) == ["changsha-boards"]
    assert names(client.get("/en/members/", {"q": "株洲"})) == ["zhuzhou-circuits"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"level": "member"}, ["shenzhen-east-space-light", "zhuzhou-circuits"]),
        ({"region": "hunan"}, ["changsha-boards", "zhuzhou-circuits"]),
        ({"segment": "opto"}, ["shenzhen-east-space-light", "zhuzhou-circuits"]),
        ({"level": "member", "region": "hunan"}, ["zhuzhou-circuits"]),
        ({"level": "member", "region": "hunan", "segment": "pcb"}, ["zhuzhou-circuits"]),
        ({"level": "president", "region": "guangdong"}, []),
        ({"q": "Circuits", "segment": "pcb"}, ["zhuzhou-circuits"]),
    ],
)
def test_filters_combine(client, directory, params, expected):
    assert names(client.get("/en/members/", params)) == expected


def test_sorting(client, directory):
    by_level = names(client.get("/en/members/"))
    assert by_level[0] == "changsha-boards"  # president unit first
    assert names(client.get("/en/members/", {"sort": "name"})) == sorted(by_level)
    newest = names(client.get("/en/members/", {"sort": "newest"}))
    assert newest == ["zhuzhou-circuits", "shenzhen-east-space-light", "changsha-boards"]


def test_unknown_filter_value_shows_an_error_not_a_crash(client, directory):
    response = client.get("/en/members/", {"level": "emperor"})
    assert response.status_code == 200
    assert names(response) == []
    assert "Select a valid choice" in response.content.decode()


def test_filters_live_in_the_url_and_survive_pagination(client, directory):
    level = MembershipLevel.objects.get(slug="member")
    for i in range(30):
        MemberCompanyFactory(slug=f"extra-{i:02d}", name_en=f"Extra {i}", level=level)
    page = Html(client.get("/en/members/", {"level": "member", "sort": "name"}))
    assert ("?level=member&sort=name&page=2", "2") in page.links("nav.pagination")
    # the form shows the current choices, so the back button and shared links restore them
    assert page.attr("select[name=level] option[selected]", "value") == "member"
    assert page.attr("select[name=sort] option[selected]", "value") == "name"
    second = Html(client.get("/en/members/", {"level": "member", "sort": "name", "page": 2}))
    rows = second.all(".member-row")
    assert rows and all(row.select_one(".tag").get_text() == level.name for row in rows)


def test_directory_works_without_javascript(client, directory):
    html = client.get("/en/members/").content.decode()
    assert '<form method="get" action="/en/members/"' in html
    # Only data for search engines (JSON-LD), no program.
    assert not Html(html).all("script:not([type='application/ld+json'])")


def test_charts_count_active_members_by_level_and_region(client, directory):
    response = client.get("/en/members/")
    level_chart = response.context["level_chart"]
    assert [(b.label, b.value) for b in level_chart.bars] == [("President Unit", 1), ("Member", 2)]
    region_chart = response.context["region_chart"]
    assert [(b.label, b.value) for b in region_chart.bars] == [("Hunan", 2), ("Guangdong", 1)]
    html = response.content.decode()
    assert '<svg role="img" aria-labelledby="chart-level-title chart-level-desc"' in html
    assert '<desc id="chart-level-desc">President Unit: 1; Member: 2</desc>' in html
    chinese = client.get("/zh-hans/members/").content.decode()
    assert "会长单位: 1; 会员单位: 2" in chinese


def test_profile_shows_details_and_the_news_that_mention_it(client, directory):
    firm = directory["shenzhen"]
    article = ArticleFactory(title_en="Micro-LED kit launched", slug="micro-led-kit")
    article.companies.add(firm)
    ArticleFactory(title_en="Unrelated story")
    html = client.get(firm.get_absolute_url()).content.decode()
    assert "<h1>Shenzhen East Space Light Technology Co., Ltd</h1>" in html
    assert "Guangdong" in html and "Shenzhen" in html and "Optoelectronics" in html
    assert "Member since" in html and "2016" in html
    assert 'href="/en/news/micro-led-kit/"' in html
    assert "Unrelated story" not in html
    # and the article page links back to the member
    article_html = client.get("/en/news/micro-led-kit/").content.decode()
    assert f'href="{firm.get_absolute_url()}"' in article_html


def test_inactive_member_keeps_its_data_but_leaves_the_site(client, directory):
    firm = directory["changsha"]
    firm.is_active = False
    firm.save()
    assert client.get(firm.get_absolute_url()).status_code == 404
    assert "changsha-boards" not in names(client.get("/en/members/"))
    firm.refresh_from_db()
    assert firm.name_zh_hans == "长沙线路板有限公司"
    assert [s.slug for s in firm.segments.all()] == ["pcb"]


def test_member_rich_description_is_sanitized(directory):
    firm = directory["changsha"]
    firm.description_en = '<p onclick="x()">Boards</p><script>bad()</script>'
    firm.save()
    firm.refresh_from_db()
    assert firm.description_en == "<p>Boards</p>"


@pytest.mark.parametrize("n_companies", [10, 500])
def test_directory_query_count_is_flat(client, django_assert_num_queries, n_companies):
    """The page's ids; the count is kept per choice of filters, and the rows, the filter
    fields and the charts come from the cache once rendered (core.fragments); the filters'
    values are looked up: the same at 10 and at 500 companies."""
    SiteSettingsFactory()
    levels = [vocab(MembershipLevel, f"l{i}", f"Level {i}", f"级别{i}", i) for i in range(4)]
    regions = [vocab(Region, f"r{i}", f"Region {i}", f"地区{i}", i) for i in range(8)]
    segments = [vocab(IndustrySegment, f"s{i}", f"Segment {i}", f"领域{i}") for i in range(5)]
    companies = MemberCompanyFactory.create_batch(n_companies, level=levels[0], region=regions[0])
    through = companies[0].segments.through
    through.objects.bulk_create(
        through(membercompany_id=c.pk, industrysegment_id=segments[i % 5].pk)
        for i, c in enumerate(companies)
    )
    filters = {"level": "l0", "region": "r0", "segment": "s1"}
    client.get("/en/members/")  # renders the header, footer, rows and charts once
    client.get("/en/members/", filters)
    with django_assert_num_queries(1):
        assert client.get("/en/members/").status_code == 200
    with django_assert_num_queries(4):  # the three filter values are looked up too
        assert client.get("/en/members/", filters).status_code == 200
    with django_assert_num_queries(3):
        assert client.get(companies[-1].get_absolute_url()).status_code == 200


def test_join_link_on_the_directory(client, directory):
    html = client.get("/en/members/").content.decode()
    assert f'href="{reverse("members:apply")}"' in html


def test_a_company_called_join_does_not_hide_the_application_form(client):
    company = MemberCompanyFactory(slug="", name_en="Join", name_zh_hans="")
    assert company.slug == "join-2"
    assert client.get("/en/members/join/").status_code == 200
    assert client.get(company.get_absolute_url()).status_code == 200


def test_lists_get_small_logos_and_the_profile_a_larger_one(client, directory):
    """Logos come from the media library as renditions: the directory never sends the
    original, and the profile gets a larger size."""
    firm = edit(directory["shenzhen"], logo=ImageFactory(file=_png("big-logo.png", (2000, 1000))))
    row = Html(client.get("/en/members/", {"q": "Shenzhen"})).one(".member-row img")
    assert row["width"] == "192" and "96w" in row["srcset"]
    assert firm.logo.file.url not in row["srcset"] + row["src"]
    profile = Html(client.get(firm.get_absolute_url())).one("img.member__logo")
    assert profile["width"] == "480"


def test_a_member_without_a_logo_gets_a_neutral_mark_with_no_letters(client, directory):
    """No initials (Latin letters would be out of place on the Chinese site): a drawn
    building, hidden from screen readers since the name stands beside it."""
    for url in ("/zh-hans/members/", directory["changsha"].get_absolute_url()):
        page = Html(client.get(url))
        mark = page.one(".logo-placeholder")
        assert mark["aria-hidden"] == "true"
        assert mark.get_text(strip=True) == ""
        assert mark.svg is not None and mark.svg.find("text") is None


def test_the_filters_fold_under_a_summary_that_counts_those_in_use(client, directory):
    page = Html(client.get("/en/members/"))
    assert page.text("h2#directory-search") == "Search and filter"
    assert page.one("form.filters")["aria-labelledby"] == "directory-search"
    fold = page.one(".directory__filters details.fold")
    assert fold.get("open") is None  # folded on small screens; CSS opens it on wide ones
    assert page.text(".fold summary") == "Search and filter"
    page = Html(client.get("/en/members/", {"level": "member", "region": "hunan"}))
    assert page.text(".fold summary") == "Search and filter 2 active"
    assert page.one(".fold form select[name=level] option[selected]")["value"] == "member"
