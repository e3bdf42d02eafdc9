"""The bilingual site: language in every URL, the switch, fallbacks, the catalogue."""

import datetime
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import polib
import pytest
from django.conf import settings
from django.urls import reverse

from pages.models import Page
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    ContactPhoneFactory,
    MemberCompanyFactory,
    PageFactory,
    SiteSettingsFactory,
)
from tests.html import Html

pytestmark = pytest.mark.django_db

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "zh_Hans" / "LC_MESSAGES"
BEIJING = datetime.timezone(datetime.timedelta(hours=8))


def visible(html: str, selector: str) -> str:
    """The visible text of the first element matching ``selector``."""
    return Html(html).text(selector)


@pytest.fixture
def bilingual_seed():
    SiteSettingsFactory(
        site_name_en="HuNan Printed Circuit Association of China",
        site_name_zh_hans="湖南省印制电路行业协会",
        working_hours_en="8:30 a.m. to 5:30 p.m., Monday to Friday",
        working_hours_zh_hans="工作时间：周一至周五 上午8:30至下午5:30",
        copyright_en="Copyright © 2023 HuNan Printed Circuit Association of China",
        copyright_zh_hans="版权所有 © 2023 湖南省印制电路行业协会",
        powered_by_en="Powered by Bontop",
        powered_by_zh_hans="技术支持：Bontop",
    )
    ContactPhoneFactory(settings_id=1, number="+86 191 9627 2716")
    category = CategoryFactory(slug="ic-news", name_en="IC News", name_zh_hans="集成电路资讯")
    company = MemberCompanyFactory(
        slug="shenzhen-east-space-light",
        name_en="Shenzhen East Space Light Technology Co., Ltd",
        name_zh_hans="深圳东方空间光电科技有限公司",
    )
    article = ArticleFactory(
        slug="jensen-huang-visits-beijing",
        category=category,
        title_en="Jensen Huang Visits Beijing",
        title_zh_hans="黄仁勋访问北京",
        body_en="<p>NVIDIA CEO Jensen Huang arrived in Beijing.</p>",
        body_zh_hans="<p>英伟达首席执行官黄仁勋抵达北京。</p>",
        dateline_place_en="Beijing",
        dateline_place_zh_hans="北京",
        publish_at=datetime.datetime(2025, 4, 17, 10, tzinfo=BEIJING),
        summary_en="Huang met DeepSeek's founder.",
        summary_zh_hans="黄仁勋会见DeepSeek创始人。",
    )
    article.companies.add(company)
    PageFactory(
        slug="contact-us",
        title_en="Contact Us",
        title_zh_hans="联系我们",
        kind=Page.Kind.CONTACT,
        show_in_footer=True,
    )
    return article


# --- Language in the URL -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("zh-CN,zh;q=0.9,en;q=0.8", "/zh-hans/"),
        ("zh", "/zh-hans/"),
        ("zh-Hans", "/zh-hans/"),
        ("en-US,en;q=0.9", "/en/"),
        ("en-GB", "/en/"),
        ("fr-FR,fr;q=0.9", "/zh-hans/"),  # neither: the default language
        ("", "/zh-hans/"),
    ],
)
def test_root_redirects_to_the_browsers_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response.url == expected


def test_default_language_is_configurable(client, settings):
    settings.LANGUAGE_CODE = "en"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr").url == "/en/"


def test_admin_stays_outside_the_language_prefix(staff_client):
    assert staff_client.get("/admin/").status_code == 200
    assert staff_client.get("/zh-hans/admin/").status_code == 404


def test_unprefixed_page_redirects_into_a_language(client):
    article = ArticleFactory(slug="chips")
    response = client.get("/news/chips/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302 and response.url == "/en/news/chips/"
    assert client.get(response.url).context["article"] == article


# --- The seed page in Chinese ----------------------------------------------------------------


def test_seed_article_in_chinese(client, bilingual_seed):
    html = client.get("/zh-hans/news/jensen-huang-visits-beijing/").content.decode()
    assert '<html lang="zh-hans">' in html
    assert visible(html, "nav.breadcrumbs") == "首页 集成电路资讯"
    assert "<h1>黄仁勋访问北京</h1>" in html
    assert visible(html, "div.prose").startswith("北京，4月17日 – 英伟达首席执行官黄仁勋抵达北京。")
    assert "深圳东方空间光电科技有限公司" in html
    footer = visible(html, "footer.site-footer")
    for text in [
        "电话 +86 191 9627 2716",
        "工作时间 工作时间：周一至周五 上午8:30至下午5:30",
        "版权所有 © 2023 湖南省印制电路行业协会",
        "网站地图",
        "联系我们",
    ]:
        assert text in footer
    assert "Monday to Friday" not in html


def test_seed_article_in_english(client, bilingual_seed):
    html = client.get("/en/news/jensen-huang-visits-beijing/").content.decode()
    assert '<html lang="en">' in html
    assert visible(html, "nav.breadcrumbs") == "Home IC News"
    assert visible(html, "div.prose").startswith(
        "Beijing, April 17 – NVIDIA CEO Jensen Huang arrived in Beijing."
    )
    assert "工作时间" not in html


def test_chinese_working_hours_change_shows_on_chinese_pages_only(client, bilingual_seed):
    from pages.models import SiteSettings

    site_settings = SiteSettings.load()
    site_settings.working_hours_zh_hans = "周一至周六 上午9:00至下午6:00"
    site_settings.save()
    assert "周一至周六 上午9:00至下午6:00" in client.get("/zh-hans/").content.decode()
    english = client.get("/en/").content.decode()
    assert "8:30 a.m. to 5:30 p.m., Monday to Friday" in english
    assert "周一至周六" not in english


# --- The switch ------------------------------------------------------------------------------


def switch_link(html: str) -> tuple[str, str]:
    return Html(html).links("p.language-switch")[0]


@pytest.mark.parametrize(
    ("url_name", "kwargs", "english", "chinese"),
    [
        (
            "news:article",
            {"slug": "jensen-huang-visits-beijing"},
            "Jensen Huang Visits Beijing",
            "黄仁勋访问北京",
        ),
        ("news:category", {"slug": "ic-news"}, "IC News", "集成电路资讯"),
        (
            "members:detail",
            {"slug": "shenzhen-east-space-light"},
            "Shenzhen East Space Light Technology Co., Ltd",
            "深圳东方空间光电科技有限公司",
        ),
        ("pages:page", {"slug": "contact-us"}, "Contact Us", "联系我们"),
        (
            # With no tagline in the settings, the home page's heading says what it offers.
            "pages:home",
            {},
            "News and members of the association",
            "协会新闻与会员",
        ),
        ("news:index", {}, "News", "新闻资讯"),
        ("members:list", {}, "Member companies", "会员单位"),
        ("pages:sitemap", {}, "Site map", "网站地图"),
    ],
)
def test_language_switch_leads_to_the_same_item(
    client, bilingual_seed, url_name, kwargs, english, chinese
):
    from django.utils import translation

    with translation.override("en"):
        english_url = reverse(url_name, kwargs=kwargs)
    html = client.get(english_url).content.decode()
    assert english in visible(html, "h1")
    chinese_url, label = switch_link(html)
    assert label == "中文"
    assert chinese_url == "/zh-hans/" + english_url.removeprefix("/en/")
    html = client.get(chinese_url).content.decode()
    assert chinese in visible(html, "h1")
    back_url, label = switch_link(html)
    assert (back_url, label) == (english_url, "English")


def test_switch_keeps_the_query_string(client):
    ArticleFactory.create_batch(12)
    html = client.get("/en/news/?page=2").content.decode()
    assert switch_link(html)[0] == "/zh-hans/news/?page=2"


# --- Fallback for missing translations ----------------------------------------------------


def test_untranslated_article_falls_back_marked_with_its_language(client):
    article = ArticleFactory(
        slug="english-only",
        title_en="Only in English",
        title_zh_hans="",
        body_en="<p>English words.</p>",
        body_zh_hans="",
    )
    html = client.get("/zh-hans/news/english-only/").content.decode()
    assert '<h1 lang="en">Only in English</h1>' in html
    assert '<div class="prose" lang="en">' in html
    assert "尚未翻译" in visible(html, "p.notice--translation")
    # the category card, lists and the English page are unaffected
    assert article.slug == "english-only"
    english = client.get("/en/news/english-only/").content.decode()
    assert "<h1>Only in English</h1>" in english
    assert "notice--translation" not in english


def test_chinese_only_article_on_the_english_site(client):
    ArticleFactory(
        slug="zh-only",
        title_en="",
        title_zh_hans="只有中文",
        body_en="",
        body_zh_hans="<p>中文内容。</p>",
        summary_en="",
        summary_zh_hans="中文摘要",
    )
    html = client.get("/en/news/zh-only/").content.decode()
    assert '<h1 lang="zh-hans">只有中文</h1>' in html
    assert "has not been translated into English yet" in html
    listing = client.get("/en/news/").content.decode()
    assert '<h2 class="card__title" lang="zh-hans">' in listing
    assert '<p class="card__summary" lang="zh-hans">中文摘要</p>' in listing


def test_fully_translated_pages_carry_no_lang_overrides(client, bilingual_seed):
    for url in ["/zh-hans/", "/zh-hans/news/jensen-huang-visits-beijing/", "/en/"]:
        html = client.get(url).content.decode()
        body = html[html.index("<body>") :]
        assert ' lang="' not in body.replace(' lang="en">English</a>', "").replace(
            ' lang="zh-hans">中文</a>', ""
        ), url


def test_footer_settings_fall_back_with_their_language(client):
    SiteSettingsFactory(working_hours_en="9 to 5", working_hours_zh_hans="")
    html = client.get("/zh-hans/").content.decode()
    assert '<p lang="en">9 to 5</p>' in html


# --- Head ----------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["/en/", "/zh-hans/"])
def test_every_page_has_hreflang_alternates(client, bilingual_seed, prefix):
    for path in [
        "",
        "news/",
        "news/category/ic-news/",
        "news/jensen-huang-visits-beijing/",
        "members/",
        "contact-us/",
        "sitemap/",
    ]:
        head = Html(client.get(prefix + path)).one("head")
        links = {
            link["hreflang"]: link["href"] for link in head.select("link[rel=alternate][hreflang]")
        }
        assert links == {
            "en": f"http://testserver/en/{path}",
            "zh-hans": f"http://testserver/zh-hans/{path}",
            "x-default": f"http://testserver/{path}",
        }, path


# --- Interface strings and dates ------------------------------------------------------------


def test_interface_is_chinese_on_chinese_pages(client, bilingual_seed):
    ArticleFactory.create_batch(12, category=bilingual_seed.category)
    html = client.get("/zh-hans/news/").content.decode()
    for text in ["跳到正文", "首页", "会员单位", "新闻资讯", "下一页", "网站地图"]:
        assert text in html
    article_html = client.get("/zh-hans/news/jensen-huang-visits-beijing/").content.decode()
    assert "2025年4月17日" in article_html
    not_found = client.get("/zh-hans/no-such-page/")
    assert not_found.status_code == 404
    assert "页面未找到" in not_found.content.decode()


def test_chinese_summary_is_cut_by_characters(client):
    ArticleFactory(title_zh_hans="长文", summary_zh_hans="印制电路" * 100)
    summary = Html(client.get("/zh-hans/news/")).text("article.card p:not(.card__meta)")
    text = summary.rstrip(".…")
    assert len(summary) <= 160 and len(text) > 150  # cut by characters, not by words
    assert ("印制电路" * 100).startswith(text) and text != summary


def test_catalogue_is_complete_and_compiled():
    po = polib.pofile(str(CATALOGUE / "django.po"))
    assert len(po) > 100
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert [e.msgid for e in po if e.obsolete] == []
    mo = {
        (e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural)
        for e in polib.mofile(str(CATALOGUE / "django.mo"))
    }
    stale = [
        e.msgid
        for e in po.translated_entries()
        if mo.get((e.msgctxt, e.msgid)) != (e.msgstr, e.msgstr_plural)
    ]
    assert stale == [], "django.mo is older than django.po: run make messages"


def test_placeholders_survive_translation():
    for entry in polib.pofile(str(CATALOGUE / "django.po")).translated_entries():
        wanted = sorted(re.findall(r"%\(\w+\)[sd]", entry.msgid))
        translations = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
        for text in translations:
            assert sorted(re.findall(r"%\(\w+\)[sd]", text)) == wanted, entry.msgid


# --- The admin for a Chinese-speaking editor ----------------------------------------------


def test_admin_speaks_chinese_to_a_chinese_browser(admin_client):
    html = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="zh-CN").content.decode()
    assert '<html lang="zh-hans"' in html
    assert "修改密码" in html  # Django's own strings
    assert "翻译状态" in html  # ours
    add = admin_client.get(reverse("admin:news_article_add"), HTTP_ACCEPT_LANGUAGE="zh-CN")
    html = add.content.decode()
    assert "django_ckeditor_5/dist/translations/zh-cn.js" in html
    config = json.loads(Html(html).one("script#id_body_en_script").string)
    assert config["language"] == "zh-cn"
    labels = Html(html).texts(".field-title_en label, .field-title_zh_hans label")
    assert labels == ["标题 · English：", "标题 · 中文："]  # languages by name, never by code


def test_admin_editor_is_english_for_an_english_browser(staff_client):
    html = staff_client.get(reverse("admin:news_article_add")).content.decode()
    assert "translations/zh-cn.js" not in html
    page = Html(html)
    assert page.texts(".field-title_en label, .field-title_zh_hans label") == [
        "Title · English:",
        "Title · 中文:",
    ]
    # Side by side: both languages of the title on one line of the form.
    row = page.one(".form-row.field-title_en.field-title_zh_hans .form-multiline")
    assert [box["class"][-1] for box in row.select(".fieldBox")] == [
        "field-title_en",
        "field-title_zh_hans",
    ]
    assert page.attr("input[name=title_zh_hans]", "data-count") == "characters"
    assert page.attr("input[name=title_en]", "data-count") == "words"


def test_nothing_loads_from_another_host(client, staff_client, bilingual_seed):
    pages = [
        client.get("/zh-hans/news/jensen-huang-visits-beijing/"),
        staff_client.get(reverse("admin:news_article_add")),
        staff_client.get(reverse("admin:pages_sitesettings_change", args=[1])),
    ]
    for response in pages:
        elements = Html(response).all("script[src], link[href], img[src]")
        sources = [element.get("src") or element.get("href") for element in elements]
        external = [
            s
            for s in sources
            if s.startswith(("http:", "https:", "//")) and not s.startswith("http://testserver/")
        ]
        assert external == []


# --- Editors: both languages, one required -------------------------------------------------


def test_article_needs_a_title_in_at_least_one_language(staff_client):
    from tests.news.test_admin import article_form

    category = CategoryFactory()
    response = staff_client.post(
        reverse("admin:news_article_add"), article_form(category, title_en="", title_zh_hans="")
    )
    assert response.status_code == 200
    assert "Fill this in at least one language." in response.content.decode()
    response = staff_client.post(
        reverse("admin:news_article_add"),
        article_form(category, title_en="", title_zh_hans="只写中文"),
    )
    assert response.status_code == 302


def test_translation_status_lists_what_is_missing(staff_client, client):
    ArticleFactory(title_en="Needs Chinese", title_zh_hans="", slug="needs-chinese")
    complete = ArticleFactory(
        title_en="Done", title_zh_hans="完成", summary_zh_hans="摘要", body_zh_hans="<p>正文</p>"
    )
    complete.category.name_zh_hans = "分类"
    complete.category.save()
    PageFactory(title_en="", title_zh_hans="只有中文的页面")
    response = staff_client.get(reverse("translation_status"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Needs Chinese" in html and "Simplified Chinese" in html
    assert "只有中文的页面" in html
    assert ">Done<" not in html
    article = complete.__class__.objects.get(slug="needs-chinese")
    assert reverse("admin:news_article_change", args=[article.pk]) in html
    assert client.get(reverse("translation_status")).status_code == 302  # visitors: login


def test_translation_status_query_count_is_flat(staff_client, django_assert_max_num_queries):
    ArticleFactory.create_batch(30, title_zh_hans="")
    with django_assert_max_num_queries(10):
        response = staff_client.get(reverse("translation_status"))
    rows = Html(response).all("#content-main tbody tr")
    assert len(rows) >= 30  # the 30 articles, and their categories


def test_server_error_page_is_translated_and_needs_no_database(django_assert_num_queries):
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("zh-hans"), django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert '<html lang="zh-hans">' in html
    assert "<h1>出错了</h1>" in html


# --- One language's text never lands in the other's column --------------------------------


def test_chinese_only_article_from_the_english_admin_stays_chinese_only(staff_client, client):
    """The untouched English editor sends <p>&nbsp;</p>. Before, it was stored as content,
    and English visitors got the Chinese title over an empty body."""
    from news.models import Article
    from tests.news.test_admin import article_form

    response = staff_client.post(
        reverse("admin:news_article_add"),
        article_form(
            CategoryFactory(),
            title_en="",
            summary_en="",
            body_en="<p>&nbsp;</p>",
            title_zh_hans="只有中文",
            body_zh_hans="<p>这是只有中文的正文。</p>",
        ),
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.body_zh_hans == "<p>这是只有中文的正文。</p>"
    assert article.body_en == ""
    assert article.title_en in ("", None)
    assert "en" in article.missing_languages()
    english = Html(client.get(f"/en/news/{article.slug}/"))
    assert english.attr("div.prose", "lang") == "zh-hans"
    assert "这是只有中文的正文。" in english.text("div.prose")
    status = Html(staff_client.get(reverse("translation_status")))
    assert "只有中文" in status.text("#content-main")


@pytest.mark.parametrize("active", ["en", "zh-hans"])
def test_saving_in_either_language_keeps_columns_apart(active):
    from django.utils import translation

    from news.models import Article

    with translation.override(active):
        article = ArticleFactory(
            title_en="English only",
            title_zh_hans="",
            body_en="<p>English body.</p>",
            body_zh_hans="",
        )
        article.save()
        page = PageFactory(
            title_en="", title_zh_hans="中文页面", body_en="", body_zh_hans="<p>中文。</p>"
        )
        page.save()
    article = Article.objects.get(pk=article.pk)
    page.refresh_from_db()
    assert (article.body_en, article.body_zh_hans or "") == ("<p>English body.</p>", "")
    assert (page.body_en or "", page.body_zh_hans) == ("", "<p>中文。</p>")


def test_untranslated_body_shows_marked_on_the_other_language_site(client):
    ArticleFactory(
        slug="en-body",
        title_en="Title",
        title_zh_hans="标题",
        body_en="<p>English body.</p>",
        body_zh_hans="",
    )
    html = client.get("/zh-hans/news/en-body/").content.decode()
    assert '<div class="prose" lang="en">' in html
    assert "notice--translation" in html


def test_contact_details_and_neighbours_mark_untranslated_text(client):
    from pages.models import ContactPhone

    site_settings = SiteSettingsFactory(working_hours_en="9 to 5", working_hours_zh_hans="")
    ContactPhone.objects.create(settings=site_settings, number="+86 1", label_en="Office")
    PageFactory(slug="contact-us", title_zh_hans="联系我们", kind=Page.Kind.CONTACT)
    html = client.get("/zh-hans/contact-us/").content.decode()
    details = visible(html, "section.contact-details")
    assert "9 to 5" in details
    assert '<dd lang="en">9 to 5</dd>' in html
    assert '<span lang="en">Office</span>：' in html

    category = CategoryFactory()
    base = datetime.datetime(2025, 1, 1, tzinfo=BEIJING)
    ArticleFactory(category=category, slug="a", title_zh_hans="甲", publish_at=base)
    ArticleFactory(
        category=category,
        slug="b",
        title_zh_hans="乙",
        publish_at=base + datetime.timedelta(days=1),
        dateline_place_en="Changsha",
        dateline_place_zh_hans="",
    )
    ArticleFactory(
        category=category,
        slug="c",
        title_en="Only English",
        title_zh_hans="",
        publish_at=base + datetime.timedelta(days=2),
    )
    html = client.get("/zh-hans/news/b/").content.decode()
    assert '<span lang="en">Only English</span>' in html
    assert '<span lang="en">Changsha</span>，1月2日 –' in html


def test_a_missing_page_switches_language_and_claims_no_alternates(client):
    response = client.get("/zh-hans/news/x/y/")
    assert response.status_code == 404
    html = response.content.decode()
    assert switch_link(html) == ("/en/news/x/y/", "English")
    assert not Html(html).all("link[hreflang]")


@pytest.mark.parametrize(
    "path",
    [
        "//evil.example/login",
        "//evil.example/en/news/",
        "/\\evil.example/login",
        "/en//evil.example/login",
        "/zh-hans/news/x/y/",
    ],
)
def test_links_built_from_the_request_path_stay_on_this_site(client, path):
    """The switch on a 404 page copied the request path: //evil.example/login became a
    link to another site."""
    # PATH_INFO set directly: the test client would read "//evil.example" as a host.
    response = client.get("/", PATH_INFO=path, HTTP_ACCEPT_LANGUAGE="en")
    page = Html(response)
    hrefs = [href for href, _label in page.links("p.language-switch")]
    hrefs += [link["href"] for link in page.all("link[rel=alternate]")]
    assert hrefs
    for href in hrefs:
        assert urlsplit(href).netloc in ("", "testserver"), href
        assert href.startswith(("/", "http://testserver/")), href
        assert not href.startswith(("//", "/\\")), href
