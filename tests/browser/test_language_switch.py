import io

import pytest

from tests.pages.test_load_demo import SEED_TITLE

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo(monkeypatch):
    from django.core.management import call_command

    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "browser-test-password")
    call_command("load_demo", stdout=io.StringIO())


def test_visitor_reads_the_seed_article_in_both_languages(live_server, page, demo, screenshot):
    page.goto(live_server.url + "/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="IC News").click()
    page.get_by_role("link", name=SEED_TITLE).click()
    assert page.locator("h1").inner_text() == SEED_TITLE
    assert page.locator(".dateline").inner_text() == "Beijing, April 17 –"
    screenshot(page, "article-en")

    page.get_by_role("link", name="中文").click()
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    assert "黄仁勋" in page.locator("h1").inner_text()
    assert page.locator(".dateline").inner_text() == "北京 –"
    assert page.locator(".breadcrumbs").inner_text().split() == ["首页", "集成电路资讯"]
    assert "周一至周五" in page.locator("footer").inner_text()
    screenshot(page, "article-zh-hans")

    page.get_by_role("link", name="English").click()
    assert page.locator("h1").inner_text() == SEED_TITLE
    assert page.url.endswith("/en/news/jensen-huang-visits-beijing-ai-chips-deepseek/")


def test_chinese_browser_lands_on_the_chinese_home_page(live_server, browser, demo):
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    page.goto(live_server.url + "/")
    assert page.url == live_server.url + "/zh-hans/"
    assert page.locator(".site-name").inner_text() == "湖南省印制电路行业协会"
    assert page.locator("h1").inner_text() == "凝聚行业力量，服务湖南电子电路产业"
    context.close()
