import pytest

from news.models import Article
from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db(transaction=True)


def log_in(page, live_server, admin_user) -> None:
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", admin_user.username)
    page.fill("#id_password", "password")  # pytest-django's admin_user password
    page.click("input[type=submit]")


def test_editor_writes_an_article_with_ckeditor(live_server, page, admin_user, screenshot):
    CategoryFactory(name_en="IC News", name_zh_hans="集成电路资讯", slug="ic-news")
    log_in(page, live_server, admin_user)
    page.goto(live_server.url + "/admin/news/article/add/")
    page.fill("#id_title_en", "Editors meet in Changsha")
    page.select_option("#id_category", label="IC News")
    editor = page.locator(".fieldBox.field-body_en .ck-editor__editable")
    editor.click()
    page.keyboard.type("Delegates from forty member companies attended.")
    page.locator(".fieldBox.field-body_en button[data-cke-tooltip-text^='Bold']").click()
    page.keyboard.type(" Bold words")
    screenshot(page, "admin-article-editor-en")
    page.click("input[name=_publish_now]")
    page.wait_for_url("**/admin/news/article/")

    article = Article.objects.get()
    assert article.body_en.startswith("<p>Delegates from forty member companies attended.")
    assert "<strong> Bold words</strong>" in article.body_en

    page.goto(live_server.url + article.get_absolute_url())
    assert page.locator("h1").inner_text() == "Editors meet in Changsha"
    assert page.locator(".prose strong").inner_text().strip() == "Bold words"


def test_editor_speaks_chinese_to_a_chinese_editor(live_server, browser, admin_user, screenshot):
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, live_server, admin_user)
    page.goto(live_server.url + "/admin/news/article/add/")
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    toolbar = page.locator(".fieldBox.field-body_zh_hans .ck-toolbar")
    toolbar.wait_for()
    bold = toolbar.locator("button").filter(has=page.locator("svg")).nth(1)
    labels = toolbar.locator("button[data-cke-tooltip-text]").evaluate_all(
        "buttons => buttons.map(b => b.dataset.ckeTooltipText)"
    )
    assert any(label.startswith("加粗") for label in labels), labels
    assert bold.count() == 1
    screenshot(page, "admin-article-editor-zh-hans")
    context.close()
