"""The editor's desk, tried as an editor would in a real browser: write an article in both
languages side by side (a heading, a list, a link, an uploaded picture), save a draft,
preview it in each language, schedule it, publish it, see it on the site with its WebP
renditions, edit it, compare and restore a revision, delete it and bring it back from the
trash. Bad uploads are refused with a clear message and leave nothing behind; an Editor
cannot open the site settings; a staff member without rights cannot see a draft."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from PIL import Image as Pillow

from images.models import Image
from news.models import Article
from pages.roles import EDITOR
from tests.core.test_images import png_header_claiming
from tests.factories import CategoryFactory, SiteSettingsFactory

pytestmark = pytest.mark.django_db(transaction=True)


def log_in(page, live_server, username: str, password: str) -> None:
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")


def write(page, field: str, keystrokes: list) -> None:
    """Type into a CKEditor: strings are typed, tuples are key presses."""
    page.locator(f".fieldBox.field-{field} .ck-editor__editable").click()
    for stroke in keystrokes:
        if isinstance(stroke, tuple):
            page.keyboard.press(stroke[0])
        else:
            page.keyboard.type(stroke)


def upload_into_editor(page, field: str, path) -> None:
    """The editor's own button: "Upload image from computer", then the file chooser."""
    page.locator(f".fieldBox.field-{field} .ck-editor__editable").click()
    with page.expect_file_chooser() as chooser:
        page.locator(f".fieldBox.field-{field} button.ck-file-dialog-button").click()
    chooser.value.set_files(str(path))


def photo(tmp_path, name="board.jpg", size=(1600, 900)):
    path = tmp_path / name
    Pillow.new("RGB", size, "teal").save(path, format="JPEG")
    return path


def media_files(settings) -> set:
    root = settings.MEDIA_ROOT
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


def test_an_editor_writes_previews_schedules_publishes_and_undoes(
    live_server, browser, admin_user, screenshot, tmp_path, settings
):
    SiteSettingsFactory()
    CategoryFactory(name_en="IC News", name_zh_hans="集成电路资讯", slug="ic-news")
    context = browser.new_context(locale="en-US", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    log_in(page, live_server, admin_user.username, "password")

    # Write, side by side.
    page.goto(live_server.url + "/admin/news/article/add/")
    page.fill("#id_title_en", "Editors meet in Changsha")
    page.fill("#id_title_zh_hans", "编辑们在长沙相聚")
    page.select_option("#id_category", label="IC News")
    write(
        page,
        "body_en",
        [
            "## Agenda",
            ("Enter",),
            "* Training on standards",
            ("Enter",),
            "Visits to member factories",
            ("Enter",),
            ("Enter",),
            "Read the programme",
        ],
    )
    page.keyboard.press("Enter")
    upload_into_editor(page, "body_en", photo(tmp_path))
    page.wait_for_selector(
        ".fieldBox.field-body_en .ck-editor__editable img[src*='/media/images/']"
    )
    # A link on a word: select it, the link button, the address.
    page.locator(".fieldBox.field-body_en .ck-editor__editable").get_by_text("programme").dblclick()
    page.locator(".fieldBox.field-body_en button[data-cke-tooltip-text^='Link']").click()
    page.locator(".ck-balloon-panel_visible input[inputmode=url]").fill(
        "https://www.example.org/programme"
    )
    page.locator(".ck-balloon-panel_visible").get_by_role("button", name="Insert").click()
    write(page, "body_zh_hans", ["会议讨论了行业标准。"])
    screenshot(page, "desk-1-writing-1366-en")
    page.click("input[name=_save_draft]")
    page.wait_for_url("**/admin/news/article/*/change/")  # the draft stays open
    article = Article.objects.get()
    assert article.status == "draft"
    assert "<h2>Agenda</h2>" in article.body_en
    assert "<li>Training on standards</li>" in article.body_en
    assert 'href="https://www.example.org/programme"' in article.body_en
    assert Image.objects.count() == 1

    # Preview in each language: a new tab, the page as visitors will see it.
    change = f"{live_server.url}/admin/news/article/{article.pk}/change/"
    page.goto(change)
    for label, title in (
        ("Preview in English", "Editors meet in Changsha"),
        ("Preview in 中文", "编辑们在长沙相聚"),
    ):
        with context.expect_page() as opened:
            page.get_by_role("button", name=label).click()
        preview = opened.value
        preview.wait_for_load_state()
        assert preview.locator("h1").inner_text() == title
        assert preview.locator(".preview-banner").is_visible()
        screenshot(preview, f"desk-2-preview-{'en' if 'English' in label else 'zh-hans'}")
        preview.close()

    # Schedule it for tomorrow, then publish it now.
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    page.fill("#id_publish_at_0", tomorrow.strftime("%Y-%m-%d"))
    page.fill("#id_publish_at_1", "09:30:00")
    page.click("input[name=_schedule]")
    page.wait_for_url("**/admin/news/article/")
    assert page.locator(".badge--scheduled").inner_text().startswith("Scheduled for")
    article.refresh_from_db()
    assert article.is_scheduled
    page.goto(change)
    page.click("input[name=_publish_now]")
    page.wait_for_url("**/admin/news/article/")

    # On the site, the picture comes as renditions, WebP first.
    visitor = browser.new_context(locale="en-US", viewport={"width": 375, "height": 800})
    public = visitor.new_page()
    public.goto(live_server.url + article.get_absolute_url())
    assert public.locator("h1").inner_text() == "Editors meet in Changsha"
    webp = public.locator(".prose picture source[type='image/webp']")
    assert " 480w" in webp.get_attribute("srcset") and ".webp" in webp.get_attribute("srcset")
    assert public.locator(".prose picture img").get_attribute("width")
    screenshot(public, "desk-3-published-375-en")

    # Edit, then compare and restore the version before.
    page.goto(change)
    page.fill("#id_title_en", "A title changed by mistake")
    page.click("input[name=_continue]")
    page.wait_for_url(change)
    page.goto(change.replace("/change/", "/history/"))
    page.click("input[type=submit]")  # the two newest versions are chosen
    diff = page.locator("table.revision-diff")
    assert "A title changed by mistake" in diff.inner_text()
    screenshot(page, "desk-4-compare-1366-en")
    page.get_by_role("link", name="Restore the older version").click()
    page.get_by_role("button", name="Yes, restore this version").click()
    page.wait_for_url(change)
    public.goto(live_server.url + article.get_absolute_url())
    assert public.locator("h1").inner_text() == "Editors meet in Changsha"

    # Delete it, and bring it back from the trash.
    page.goto(change.replace("/change/", "/delete/"))
    assert "goes to the trash" in page.locator("#content").inner_text()
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/news/article/")
    assert public.goto(live_server.url + article.get_absolute_url()).status == 404
    page.get_by_role("link", name="Trash").click()
    page.get_by_role("button", name="Restore Editors meet in Changsha").click()
    assert "from the trash" in page.locator(".messagelist").inner_text()
    assert public.goto(live_server.url + article.get_absolute_url()).status == 200
    visitor.close()
    context.close()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("minutes.jpg", b"%PDF-1.7 minutes of the meeting", "not an image we can use"),
        ("huge.png", png_header_claiming(20000, 20000), "far too many pixels"),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "not an image we can use",
        ),
    ],
)
def test_a_bad_upload_is_refused_in_the_editor_and_leaves_nothing(
    live_server, page, admin_user, tmp_path, settings, name, content, message
):
    CategoryFactory()
    log_in(page, live_server, admin_user.username, "password")
    page.goto(live_server.url + "/admin/news/article/add/")
    before = media_files(settings)
    path = tmp_path / name
    path.write_bytes(content)
    with page.expect_event("dialog") as shown:
        upload_into_editor(page, "body_en", path)
    assert message in shown.value.message
    shown.value.dismiss()
    assert media_files(settings) == before
    assert not Image.objects.exists()


def test_an_editor_cannot_open_the_settings_and_a_bare_staff_member_sees_no_draft(
    live_server, browser, django_user_model
):
    SiteSettingsFactory()
    draft = Article.objects.create(
        title="Embargoed", category=CategoryFactory(), body="<p>Not yet.</p>"
    )
    editor = django_user_model.objects.create_user("editor", password="editor-password-1")
    editor.is_staff = True
    editor.save()
    editor.groups.add(Group.objects.get(name=EDITOR))
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    log_in(page, live_server, "editor", "editor-password-1")
    assert page.goto(live_server.url + "/admin/pages/sitesettings/1/change/").status == 403
    assert page.goto(live_server.url + draft.get_absolute_url()).status == 200  # editors preview
    context.close()
    staff = django_user_model.objects.create_user(
        "staff", password="staff-password-1", is_staff=True
    )
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    log_in(page, live_server, staff.username, "staff-password-1")
    assert page.goto(live_server.url + draft.get_absolute_url()).status == 404
    context.close()
