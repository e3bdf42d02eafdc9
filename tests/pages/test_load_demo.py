import re
from collections import deque
from io import StringIO
from urllib.parse import urldefrag, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from members.models import IndustrySegment, MemberCompany, MembershipLevel, Region
from news.models import Article, Category
from pages.models import ContactPhone, Page, SiteSettings
from tests.factories import edit
from tests.html import Html

pytestmark = pytest.mark.django_db

SEED_TITLE = (
    "Jensen Huang Visits Beijing Amidst U.S. Export Restrictions, Discusses Specialized AI "
    "Chips with DeepSeek Founder"
)
MODELS = [
    SiteSettings,
    ContactPhone,
    Category,
    Article,
    MemberCompany,
    Page,
    MembershipLevel,
    IndustrySegment,
    Region,
    get_user_model(),
]


def run_load_demo(*args: str) -> str:
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def snapshot():
    """Every demo row, as stored, to compare two runs."""
    return {m.__name__: sorted(map(str, m.objects.values_list())) for m in MODELS}


@pytest.fixture
def demo(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "demo-password-for-tests")
    return run_load_demo()


def test_load_demo_loads_the_seed_page(demo):
    article = Article.objects.get(title=SEED_TITLE)
    assert article.category.name == "IC News"
    assert article.dateline_place == "Beijing"
    assert article.is_public
    assert article.body.startswith("<p>NVIDIA CEO Jensen Huang arrived in Beijing on April 17")
    assert article.body.count("<p>") == 8
    assert [c.name for c in article.companies.all()] == [
        "Shenzhen East Space Light Technology Co., Ltd"
    ]
    site_settings = SiteSettings.load()
    assert [p.number for p in site_settings.phones.all()] == [
        "+86 191 9627 2716",
        "+86 181 7379 0595",
    ]
    assert site_settings.working_hours == "8:30 a.m. to 5:30 p.m., Monday to Friday"
    assert site_settings.copyright == "Copyright © 2023 HuNan Printed Circuit Association of China"
    assert site_settings.powered_by == "Powered by Bontop"
    assert set(Page.objects.values_list("slug", flat=True)) >= {
        "privacy-policy",
        "contact-us",
        "about",
    }


def test_load_demo_has_enough_for_pagination_and_neighbours(demo):
    ic_news = Category.objects.get(slug="ic-news")
    assert Article.objects.published().in_category(ic_news).count() > 10
    assert Category.objects.count() >= 3
    assert MemberCompany.objects.count() >= 10
    seed = Article.objects.get(title=SEED_TITLE)
    assert seed.get_older_in_category() or seed.get_newer_in_category()


def test_load_demo_fills_a_realistic_directory(demo):
    assert [level.name_zh_hans for level in MembershipLevel.objects.all()] == [
        "会长单位",
        "副会长单位",
        "理事单位",
        "会员单位",
    ]
    companies = MemberCompany.objects.active()
    assert companies.count() >= 30
    assert companies.values("level").distinct().count() == 4
    assert companies.values("region").distinct().count() >= 5
    assert not companies.filter(level=None).exists()
    assert not companies.filter(segments=None).exists()
    firm = MemberCompany.objects.get(name_en="Shenzhen East Space Light Technology Co., Ltd")
    assert firm.name_zh_hans == "深圳东方空间光电科技有限公司"
    assert firm.region.name_en == "Guangdong" and firm.city_zh_hans == "深圳"


def test_load_demo_twice_changes_nothing(demo):
    before = snapshot()
    output = run_load_demo()
    assert snapshot() == before
    assert "no demo content was loaded" in output
    run_load_demo("--fill")
    assert snapshot() == before


def test_load_demo_does_not_bring_back_what_an_editor_deleted(demo):
    Article.objects.get(title_en=SEED_TITLE).delete()
    edit(SiteSettings.load(), icp_number="")
    run_load_demo()
    assert not Article.objects.filter(title_en=SEED_TITLE).exists()
    assert SiteSettings.load().icp_number == ""


def test_load_demo_fill_adds_missing_items_and_translations(demo):
    Article.objects.get(title_en=SEED_TITLE).delete()
    edit(Category.objects.get(slug="ic-news"), name_zh_hans="")
    output = run_load_demo("--fill")
    assert Article.objects.filter(title_en=SEED_TITLE).exists()
    assert Category.objects.get(slug="ic-news").name_zh_hans == "集成电路资讯"
    assert "Articles: 1" in output


def test_load_demo_keeps_editor_changes(demo):
    edit(SiteSettings.load(), working_hours="By appointment")
    edit(Article.objects.get(title=SEED_TITLE), summary="Edited by an editor")
    run_load_demo("--fill")
    assert SiteSettings.load().working_hours == "By appointment"
    assert Article.objects.get(title=SEED_TITLE).summary == "Edited by an editor"


def test_load_demo_prints_the_admin_login(demo):
    assert "username “admin”, password “demo-password-for-tests”" in demo
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password("demo-password-for-tests")


def test_load_demo_generates_a_password_when_none_is_given(monkeypatch):
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    output = run_load_demo()
    password = re.search(r"password “([^”]+)”", output).group(1)
    assert len(password) >= 12
    assert get_user_model().objects.get(username="admin").check_password(password)
    again = run_load_demo()
    assert "password unchanged" in again


def test_every_link_on_the_demo_site_works(demo, client):
    """Crawl the demo site from the home page, in both languages, and follow every link;
    no page shows template syntax (a {# comment #} only ends on its own line)."""
    start = "/en/"
    seen, queue, broken, leaked = {start}, deque([start]), [], []
    while queue:
        url = queue.popleft()
        response = client.get(url)
        if response.status_code != 200:
            broken.append((url, response.status_code))
            continue
        if "text/html" not in response["Content-Type"]:
            continue
        page = Html(response)
        if any(mark in page.text() for mark in ("{#", "#}", "{%", "%}", "{{", "}}")):
            leaked.append(url)
        for element in page.all("[href]"):
            href = urldefrag(element["href"]).url
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not href.startswith("/"):
                continue  # external, mailto: and tel: links
            if href.startswith(("/static/", "/media/")) or href in seen:
                continue
            seen.add(href)
            queue.append(href)
    assert not broken
    assert not leaked
    assert len(seen) > 60  # articles, categories, pages, members and their pages 2
    assert "/zh-hans/" in " ".join(seen)


def test_the_demo_draws_its_own_pictures_each_described_in_both_languages(demo):
    """A logo for the association and for every company, an illustration for every
    article: drawn by the project (pages/artwork.py), in the media library like uploads."""
    site_settings = SiteSettings.load()
    assert site_settings.logo.alt_zh_hans.startswith("湖南省印制电路行业协会会徽")
    companies = MemberCompany.objects.select_related("logo")
    assert all(company.logo for company in companies)
    articles = Article.objects.select_related("image")
    assert all(article.image for article in articles)
    for image in [site_settings.logo, *(c.logo for c in companies), *(a.image for a in articles)]:
        assert image.alt_en and image.alt_zh_hans, image
    for company in companies:
        assert (company.logo.width, company.logo.height) == (400, 400)
        assert company.logo.file.name.endswith(".png")
    for article in articles:
        assert (article.image.width, article.image.height) == (1200, 675)
        assert article.image.caption_en.startswith("Illustration: ")
        assert article.image.caption_zh_hans.startswith("示意图：")
    # No two companies share a logo, nor two articles an illustration.
    assert len({company.logo.digest for company in companies}) == companies.count()
    assert len({article.image.digest for article in articles}) == articles.count()


def test_the_drawings_are_the_same_every_time():
    from pages import artwork

    for draw in (artwork.illustration, artwork.logo, artwork.site_logo):
        draw.cache_clear()
    first = artwork.illustration("wafer", "#3b1a5a", "#b085f5", "#ff7ab6")
    logo = artwork.logo("gear", "hexagon", "#5d6d7e")
    artwork.illustration.cache_clear()
    artwork.logo.cache_clear()
    assert artwork.illustration("wafer", "#3b1a5a", "#b085f5", "#ff7ab6") == first
    assert artwork.logo("gear", "hexagon", "#5d6d7e") == logo
    assert set(artwork.SCENES) >= {"chip", "wafer", "board", "meeting", "map", "people"}


def test_fill_never_gives_an_editor_the_demo_pictures():
    """Filling in adds pictures only with the items it creates: another association's
    site keeps having no logo, and a picture an editor took away stays away."""
    edit(SiteSettings.load(), site_name_en="Shenzhen Optics Association")
    run_load_demo("--fill")
    assert SiteSettings.load().logo is None
    firm = MemberCompany.objects.get(slug="shenzhen-east-space-light-technology")
    edit(firm, logo=None)
    run_load_demo("--fill")
    firm.refresh_from_db()
    assert firm.logo is None
