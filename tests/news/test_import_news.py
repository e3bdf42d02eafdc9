"""``manage.py import_news``: a WordPress export (WXR) and RSS and Atom feeds move in, with
their categories, authors, dates, pictures and both languages; old addresses redirect;
importing again adds nothing twice.

Pictures come from a small web server on 127.0.0.1 standing in for the old site (the
fixtures name their real addresses, which each test points at that server), or from a
local copy of its uploads folder (``--media-dir``).
"""

import datetime
import io
import os
import re
import socket
import sys
import threading
from dataclasses import dataclass
from functools import partial
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image as Pillow
from pytest_django.asserts import assertInHTML

from core.models import Redirect
from core.publishing import Status
from images.models import Image, ImageReference
from news.importers.fetch import FetchError, fetch
from news.importers.media import PictureFetcher
from news.models import Article, Category, ImportedArticle
from tests import factories

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
# The addresses the fixtures' old sites had.
OLD_HOSTS = ("https://old.example.org", "https://news.example.cn", "https://prd.example.com")
NOWHERE = "http://127.0.0.1:9"  # nothing listens there: a download would fail at once


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args) -> None:
        pass


class OldSiteServer(ThreadingHTTPServer):
    """The old site's server, for which an importer hanging up early (a download over its
    size limit) is expected, not an error to print."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class OldSite:
    root: Path
    url: str

    def picture(self, path: str, fmt: str, size: tuple[int, int], colour: str) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        Pillow.new("RGB", size, colour).save(target, format=fmt)

    def copy(self, fixture: str, folder: Path, *, host: str | None = None) -> Path:
        """The fixture with its old site's addresses pointing at ``host`` (this server)."""
        text = (FIXTURES / fixture).read_text(encoding="utf-8")
        for old in OLD_HOSTS:
            text = text.replace(old, host or self.url)
        path = folder / fixture
        path.write_text(text, encoding="utf-8")
        return path


@pytest.fixture
def old_site(tmp_path):
    site = OldSite(root=tmp_path / "old-site", url="")
    site.picture("wp-content/uploads/2019/05/meeting.jpg", "JPEG", (90, 60), "navy")
    site.picture("wp-content/uploads/2019/05/booth.jpg", "JPEG", (120, 80), "teal")
    site.picture("wp-content/uploads/2019/06/fair-hall.png", "PNG", (60, 40), "orange")
    site.picture("uploads/2019/chart.png", "PNG", (64, 48), "purple")
    site.picture("uploads/2019/report-cover.jpg", "JPEG", (70, 100), "maroon")
    site.picture("media/committee.png", "PNG", (50, 50), "olive")
    site.picture("media/plant.jpg", "JPEG", (80, 50), "green")
    server = OldSiteServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(site.root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.url = f"http://127.0.0.1:{server.server_port}"
    yield site
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def wordpress(old_site, tmp_path) -> Path:
    return old_site.copy("wordpress.xml", tmp_path)


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_news", *map(str, args), stdout=out, stderr=io.StringIO())
    return out.getvalue()


def article(slug: str) -> Article:
    return Article.objects.get(slug=slug)


def counts() -> dict[str, int]:
    User = get_user_model()
    models = [Article, Category, Image, Redirect, ImportedArticle, User, ImageReference]
    return {model.__name__: model._default_manager.count() for model in models}


def stored_files() -> list[str]:
    root = Path(default_storage.location)
    return sorted(str(path) for path in root.rglob("*") if path.is_file()) if root.exists() else []


# --- WordPress -----------------------------------------------------------------------------


def test_wordpress_export_creates_articles_in_their_categories_with_dates_and_status(wordpress):
    output = run(wordpress)

    assert "Created: 3" in output
    meeting = article("annual-meeting")
    assert meeting.status == Status.PUBLISHED
    assert meeting.publish_at == datetime.datetime(2019, 5, 6, 2, 0, tzinfo=datetime.UTC)
    assert meeting.category.slug == "industry-news"
    # The Chinese post's category names the same category in Chinese.
    assert (meeting.category.name_en, meeting.category.name_zh_hans) == (
        "Industry News",
        "行业新闻",
    )
    draft = Article.objects.get(title_en="Plans for the autumn trade fair")
    assert draft.status == Status.DRAFT
    # A draft has no UTC date in the export: its local time, in the site's time zone.
    assert draft.publish_at.isoformat() == "2019-08-01T02:00:00+00:00"
    fair = article("trade-fair-registration-open")
    assert fair.status == Status.PUBLISHED
    assert fair.category == draft.category  # "Uncategorized" beside it does not count
    assert fair.category.slug == "events"
    assert sorted(Category.objects.values_list("slug", flat=True)) == ["events", "industry-news"]


def test_wordpress_bilingual_posts_become_one_article_in_both_languages(wordpress):
    run(wordpress)

    meeting = article("annual-meeting")  # the English post's slug
    assert meeting.title_en == "Annual meeting held in Shenzhen"
    assert meeting.title_zh_hans == "深圳年会召开"
    assert meeting.summary_en == "Members met in Shenzhen and elected a new board."
    assert meeting.summary_zh_hans == "会员在深圳选举产生新一届理事会。"
    assert "120 member companies" in meeting.body_en
    assert "120家会员单位出席" in meeting.body_zh_hans
    assert ImportedArticle.objects.filter(article=meeting).count() == 2
    assert set(
        ImportedArticle.objects.filter(article=meeting).values_list("language", flat=True)
    ) == {
        "en",
        "zh-hans",
    }


def test_wpml_export_pairs_translations_by_their_meta(old_site, tmp_path):
    output = run(old_site.copy("wordpress-wpml.xml", tmp_path))

    assert "Created: 1" in output
    election = Article.objects.get()
    assert election.slug == "board-election-results"  # from the English post
    assert election.title_en == "Board election results"
    assert election.title_zh_hans == "理事会选举结果"
    assert election.body_zh_hans == "<p>第五届理事会于2月20日选举产生。</p>"
    assert (election.category.name_en, election.category.name_zh_hans) == ("Announcements", "公告")


def test_wordpress_import_reports_what_it_left_out(wordpress):
    output = run(wordpress)

    assert "Skipped: 2" in output
    assert "Réunion des membres à Paris: it is in “fr”, which this site does not have" in output
    assert "Old notice: its status on the old site is “trash”" in output
    assert "Not news (WordPress “nav_menu_item” items): 1" in output
    assert "Not news (WordPress “page” items): 1" in output
    assert not Article.objects.filter(title_en__in=["Old notice", "About the association"]).exists()


def test_wordpress_authors_are_matched_by_email_or_created_unable_to_log_in(wordpress):
    User = get_user_model()
    editor = User.objects.create_user("ed", email="Editor@Example.org", password="x-secret-1")

    output = run(wordpress)

    assert article("trade-fair-registration-open").author == editor
    li_wei = article("annual-meeting").author
    assert (li_wei.username, li_wei.email) == ("liwei", "li.wei@old.example.org")
    assert li_wei.get_full_name() == "Wei Li"
    assert not li_wei.is_active
    assert not li_wei.has_usable_password()
    assert "Authors created (inactive, cannot log in): 1" in output


def test_wordpress_pictures_join_the_library_and_the_texts_point_at_them(wordpress):
    output = run(wordpress)

    assert "Images imported into the media library: 3" in output
    assert Image.objects.count() == 3
    for image in Image.objects.all():
        assert default_storage.exists(image.file.name)
        assert image.width and image.digest
    meeting = article("annual-meeting")
    assert meeting.image.alt_en == "Delegates in the main hall of the Shenzhen convention centre"
    assert meeting.image.caption_en == "Delegates in the main hall"
    assert (meeting.image.width, meeting.image.height) == (90, 60)
    # The text's picture is the original of the resized copy it showed, from the library;
    # the old site's other sizes are gone, and the link to the original leads to it too.
    booth = Image.objects.get(width=120)
    url = booth.file.url
    assertInHTML(
        f'<figure class="image"><a href="{url}" rel="noopener noreferrer">'
        f'<img src="{url}" alt="The association\'s booth" width="300" height="200"></a>'
        "<figcaption>Our booth at the meeting</figcaption></figure>",
        meeting.body_en,
    )
    assertInHTML(f'<img src="{url}" alt="协会展台">', meeting.body_zh_hans)
    assert "127.0.0.1" not in meeting.body_en + meeting.body_zh_hans
    # A relative address on the old site is fetched from it.
    fair = article("trade-fair-registration-open")
    hall = Image.objects.get(width=60).file.url
    assertInHTML(f'<img src="{hall}" alt="The fair hall" width="120" height="80">', fair.body_en)


def test_imported_pictures_are_known_to_be_used_by_the_article(
    wordpress, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run(wordpress)

    meeting = article("annual-meeting")
    used = ImageReference.objects.filter(
        content_type=ContentType.objects.get_for_model(Article), object_id=str(meeting.pk)
    )
    assert list(used.values_list("image__width", flat=True)) == [120]


def test_imported_text_goes_through_the_sanitizer(wordpress):
    run(wordpress)

    meeting = article("annual-meeting")
    assert "<script" not in meeting.body_en
    assert "old site tracker" not in meeting.body_en
    assert "<!--" not in meeting.body_zh_hans
    # Blank lines in WordPress's classic editor are paragraphs.
    assert meeting.body_en.startswith(
        "<p>The association held its annual meeting in Shenzhen on 6 May"
    )
    assertInHTML(
        "<p>Members elected a new board.<br><strong>Next meeting:</strong> May 2020.</p>",
        meeting.body_en,
    )
    fair = article("trade-fair-registration-open")
    assert "onclick" not in fair.body_en
    assert "steal" not in fair.body_en


# --- Again and again -----------------------------------------------------------------------


def test_importing_the_same_export_again_adds_nothing(wordpress):
    run(wordpress)
    before = counts()
    files = stored_files()

    output = run(wordpress)

    assert counts() == before
    assert stored_files() == files
    assert "Created: 0" in output
    assert "Updated: 0" in output
    assert "Unchanged: 3" in output
    assert "Images imported into the media library: 0" in output
    assert "Redirects made: 0" in output


def test_importing_again_applies_changes_and_keeps_edits_made_here(wordpress):
    run(wordpress)
    fair = article("trade-fair-registration-open")
    fair.title_en = "Registration is open (edited here)"
    fair.save()
    text = wordpress.read_text(encoding="utf-8")
    wordpress.write_text(
        text.replace(
            "Annual meeting held in Shenzhen", "Annual meeting held in Shenzhen, 2019"
        ).replace("Members elected a new board.", "Members elected a new board of 15."),
        encoding="utf-8",
    )

    output = run(wordpress)

    assert "Updated: 1" in output
    assert "Unchanged: 2" in output
    assert Article.objects.count() == 3
    meeting = article("annual-meeting")
    assert meeting.title_en == "Annual meeting held in Shenzhen, 2019"
    assert "new board of 15." in meeting.body_en
    assert meeting.title_zh_hans == "深圳年会召开"
    assert Image.objects.count() == 3  # the same pictures, found in the library
    assert article("trade-fair-registration-open").title_en == "Registration is open (edited here)"


def test_an_article_deleted_here_does_not_come_back(wordpress):
    run(wordpress)
    article("trade-fair-registration-open").delete()

    output = run(wordpress)

    assert "Trade fair registration open: its article was deleted here" in output
    assert not Article.objects.filter(title_en="Trade fair registration open").exists()


def test_dry_run_reports_the_import_and_writes_nothing(wordpress):
    before = counts()

    output = run(wordpress, "--dry-run")

    assert counts() == before
    assert stored_files() == []
    assert "Created: 3" in output
    assert "Images imported into the media library: 3" in output
    assert "Dry run: nothing was saved." in output
    assert "Created: 3" in run(wordpress)  # the real import does what the dry run said


def test_progress_bar_counts_the_articles(wordpress):
    stderr = io.StringIO()
    call_command("import_news", str(wordpress), "--progress", stdout=io.StringIO(), stderr=stderr)

    # Five articles' worth of posts: the pair, the draft, the fair, the French one, the trash.
    assert f"\r[{'#' * 30}] 5/5" in stderr.getvalue()


# --- Redirects -----------------------------------------------------------------------------


def test_old_addresses_redirect_to_the_article_in_their_language(wordpress, client):
    output = run(wordpress)

    assert "Redirects made: 3" in output
    english = client.get("/2019/05/annual-meeting/")
    assert english.status_code == 301
    assert english["Location"] == "/en/news/annual-meeting/"
    without_slash = client.get("/2019/05/annual-meeting")
    assert (without_slash.status_code, without_slash["Location"]) == (301, english["Location"])
    chinese = client.get("/zh/2019/05/%E6%B7%B1%E5%9C%B3%E5%B9%B4%E4%BC%9A/")
    assert chinese.status_code == 301
    assert chinese["Location"] == "/zh-hans/news/annual-meeting/"
    page = client.get(chinese["Location"])
    assert "深圳年会召开" in page.content.decode()
    # WordPress's plain addresses carry the post in the query string.
    plain = client.get("/?p=21")
    assert (plain.status_code, plain["Location"]) == (301, "/en/news/trade-fair-registration-open/")
    # The draft was never public there: its address leads nowhere new.
    assert not Redirect.objects.filter(old_path="/?p=20").exists()
    assert client.get("/2019/05/no-such-post/").status_code == 404


def test_redirects_never_hide_a_page_of_the_site(client):
    factories.ArticleFactory(title="Live", slug="live")
    Redirect.objects.create(old_path="/en/news/live/", new_path="/en/elsewhere/")

    response = client.get("/en/news/live/")

    assert response.status_code == 200
    assert "Live" in response.content.decode()


def test_redirects_are_listed_and_checked_in_the_admin(staff_client):
    Redirect.objects.create(old_path="/2019/05/old/", new_path="/en/news/new/")

    listing = staff_client.get("/admin/core/redirect/")
    assert "/2019/05/old/" in listing.content.decode()

    refused = staff_client.post(
        "/admin/core/redirect/add/",
        {"old_path": "/about-us.html", "new_path": "javascript:alert(1)", "note": ""},
    )
    assert refused.status_code == 200
    assert "Give a path on this site starting with /" in refused.content.decode()
    saved = staff_client.post(
        "/admin/core/redirect/add/",
        {"old_path": "/%E5%85%B3%E4%BA%8E/", "new_path": "/zh-hans/about/", "note": ""},
    )
    assert saved.status_code == 302
    assert Redirect.objects.filter(old_path="/关于/", new_path="/zh-hans/about/").exists()


# --- Feeds ---------------------------------------------------------------------------------


def test_rss_feed_imports_in_the_feeds_language(old_site, tmp_path, client):
    output = run(old_site.copy("feed.rss", tmp_path))

    assert "RSS 2.0 feed" in output
    assert "Created: 2" in output
    report = Article.objects.get(title_zh_hans="协会发布2019年行业报告")
    assert not report.title_en  # the feed said zh-CN
    assert report.publish_at == datetime.datetime(2019, 9, 10, 1, 30, tzinfo=datetime.UTC)
    assert report.status == Status.PUBLISHED
    assert report.category.name_zh_hans == "行业报告"
    assert report.summary_zh_hans == "报告显示，行业产值增长百分之八。"
    assert "<script" not in report.body_zh_hans
    assert "track(" not in report.body_zh_hans
    cover, chart = Image.objects.get(width=70), Image.objects.get(width=64)
    assert report.image == cover
    assertInHTML(f'<img src="{chart.file.url}" alt="产值图表">', report.body_zh_hans)
    assert report.author.first_name == "编辑部"
    assert not report.author.is_active
    fair = Article.objects.get(title_zh_hans="秋季展会报名开始")
    assert fair.author.email == "press@news.example.cn"
    assert fair.author.first_name == "新闻办公室"
    # A plain-text description: its blank line separates paragraphs.
    assert fair.body_zh_hans == "<p>展会将于十月在深圳举行。</p>\n<p>请会员单位于九月底前报名。</p>"
    old = client.get("/news/2019/industry-report.html")
    assert (old.status_code, old["Location"]) == (301, f"/zh-hans/news/{report.slug}/")


def test_atom_feed_imports_with_its_categories_and_content_types(old_site, tmp_path):
    events = factories.CategoryFactory(slug="events", name_en="", name_zh_hans="活动")

    output = run(old_site.copy("feed.atom", tmp_path))

    assert "Atom feed" in output
    assert "Created: 2" in output
    committee = Article.objects.get(title_en="Standards committee & its working groups")
    assert committee.publish_at == datetime.datetime(2019, 9, 12, 2, 0, tzinfo=datetime.UTC)
    assert committee.category.name_en == "Standards"
    assert committee.summary_en == "The committee formed three working groups."
    assert "document.write" not in committee.body_en
    assert "javascript:" not in committee.body_en
    assertInHTML(
        '<p><a rel="noopener noreferrer">Details</a> follow in October.</p>', committee.body_en
    )
    assert committee.image == Image.objects.get(width=50)
    assert committee.author.get_full_name() == "PRD Secretariat"  # the feed's author
    assert committee.author.email == "secretariat@prd.example.com"
    plant = Article.objects.get(title_en="Visit to a member's new plant")
    assert plant.category == events  # matched by slug
    assert plant.publish_at == datetime.datetime(2019, 8, 30, 6, 0, tzinfo=datetime.UTC)
    picture = Image.objects.get(width=80)
    assertInHTML(
        "<p>Members toured a <em>new</em> plant in Dongguan.</p>"
        f'<p><img src="{picture.file.url}" alt="The new plant"></p>',
        plant.body_en,
    )
    assert plant.author.get_full_name() == "Chen Jing"


def test_language_option_sets_the_language_of_a_single_language_feed(old_site, tmp_path):
    run(old_site.copy("feed.atom", tmp_path), "--language", "zh-hans")

    plant = Article.objects.get(title_zh_hans="Visit to a member's new plant")
    assert not plant.title_en
    assert "Dongguan" in plant.body_zh_hans


def test_category_option_takes_items_that_name_none(old_site, tmp_path):
    feed = old_site.copy("feed.rss", tmp_path)
    feed.write_text(
        feed.read_text(encoding="utf-8").replace("<category>展会活动</category>", ""),
        encoding="utf-8",
    )
    notices = factories.CategoryFactory(slug="notices", name="Notices")

    run(feed, "--category", "notices")

    assert Article.objects.get(title_zh_hans="秋季展会报名开始").category == notices


def test_items_without_a_category_go_to_news(old_site, tmp_path):
    feed = old_site.copy("feed.rss", tmp_path)
    feed.write_text(
        feed.read_text(encoding="utf-8").replace("<category>展会活动</category>", ""),
        encoding="utf-8",
    )

    run(feed)

    news = Article.objects.get(title_zh_hans="秋季展会报名开始").category
    assert (news.slug, news.name_en) == ("news", "News")
    with translation.override("zh-hans"):
        assert news.name_zh_hans == gettext("News") != "News"  # named in each language


def test_source_can_be_a_web_address(old_site):
    feed = old_site.copy("feed.rss", old_site.root)

    output = run(f"{old_site.url}/{feed.name}")

    assert "Created: 2" in output
    assert Image.objects.count() == 2


# --- Pictures ------------------------------------------------------------------------------


def test_media_dir_supplies_pictures_without_downloading(old_site, tmp_path):
    export = old_site.copy("wordpress.xml", tmp_path, host=NOWHERE)

    output = run(export, "--media-dir", old_site.root / "wp-content" / "uploads")

    assert "Images imported into the media library: 3" in output
    assert "Images not imported" not in output
    assert article("annual-meeting").image.width == 90
    assert Image.objects.get(width=120).file.url in article("annual-meeting").body_en


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("missing", "the server answered 404"),
        ("not a picture", "This file is not an image we can use"),
        ("too large", "larger than"),
    ],
)
def test_pictures_that_cannot_be_used_are_reported_and_retried(
    old_site, wordpress, settings, damage, reason
):
    hall = old_site.root / "wp-content/uploads/2019/06/fair-hall.png"
    if damage == "missing":
        hall.unlink()
    elif damage == "not a picture":
        hall.write_bytes(b"<html><body>Not found</body></html>")
    else:
        # Noise does not compress: far larger than the other pictures, of one colour each.
        Pillow.frombytes("RGB", (200, 200), os.urandom(200 * 200 * 3)).save(hall, format="PNG")
        settings.IMAGE_MAX_UPLOAD_BYTES = 50_000

    output = run(wordpress)

    address = f"{old_site.url}/wp-content/uploads/2019/06/fair-hall.png"
    assert "Images not imported: 1" in output
    assert f"{address}: {reason}" in output
    # The text shows the picture from the old site while it lasts (the sanitizer checks
    # the address like any other).
    assert f'src="{address}"' in article("trade-fair-registration-open").body_en
    again = run(wordpress)  # tried again, and nothing else changes
    assert f"{address}: {reason}" in again
    assert "Unchanged: 3" in again


class AwkwardHandler(BaseHTTPRequestHandler):
    """A server that streams without saying how much, or sends visitors off the web."""

    def do_GET(self) -> None:
        if self.path == "/stream":
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            for _chunk in range(20):
                self.wfile.write(b"x" * 4096)
        else:
            self.send_response(302)
            self.send_header("Location", "ftp://old.example.org/picture.png")
            self.end_headers()

    def log_message(self, format, *args) -> None:
        pass


@pytest.fixture
def awkward_server():
    server = OldSiteServer(("127.0.0.1", 0), AwkwardHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_downloads_stop_at_the_size_limit_when_the_server_does_not_declare_one(awkward_server):
    with pytest.raises(FetchError, match=re.escape("larger than 9.8")):
        fetch(f"{awkward_server}/stream", max_bytes=10_000)
    assert len(fetch(f"{awkward_server}/stream", max_bytes=100_000)) == 20 * 4096


def test_downloads_follow_redirects_on_the_web_only(awkward_server):
    with pytest.raises(
        FetchError, match=re.escape("redirected to ftp://old.example.org/picture.png")
    ):
        fetch(f"{awkward_server}/moved", max_bytes=10_000)


def test_downloads_give_up_on_a_server_that_never_answers():
    silent = socket.create_server(("127.0.0.1", 0))
    try:
        with pytest.raises(FetchError, match="timed out"):
            fetch(f"http://127.0.0.1:{silent.getsockname()[1]}/", max_bytes=1000, timeout=0.3)
    finally:
        silent.close()


def test_media_dir_is_never_left(old_site, tmp_path):
    uploads = old_site.root / "wp-content" / "uploads"
    outside = f"{NOWHERE}/wp-content/uploads/../../media/plant.jpg"  # a file of the site

    fetched = PictureFetcher(media_dir=uploads).get(outside)

    assert fetched.error  # not read from outside the folder, and not downloadable
    assert not fetched.content
    inside = PictureFetcher(media_dir=uploads).get(
        f"{NOWHERE}/wp-content/uploads/2019/05/meeting.jpg"
    )
    assert (inside.error, inside.name) == ("", "meeting.jpg")


def test_categories_are_matched_by_name_in_any_language(wordpress):
    events = factories.CategoryFactory(slug="trade-events", name_en="Events", name_zh_hans="展会")

    output = run(wordpress)

    assert article("trade-fair-registration-open").category == events
    assert not Category.objects.filter(slug="events").exists()
    assert "Categories created: 1" in output  # Industry News


# --- Bad sources ---------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title></channel></rss>
"""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "Cannot read"),
        ("Just some text, not a feed.", "is not a feed or a WordPress export"),
        ("", "is not a feed or a WordPress export"),
        ("<html><body><p>A web page</p></body></html>", "XML of a kind this import does not know"),
        (BILLION_LAUGHS, "declares XML entities or external references"),
    ],
)
def test_unreadable_or_unknown_sources_are_errors(tmp_path, content, message):
    path = tmp_path / "export.xml"
    if content is not None:
        path.write_text(content, encoding="utf-8")

    with pytest.raises(CommandError, match=message):
        run(path)
    assert Article.objects.count() == 0


def test_unreachable_addresses_and_other_schemes_are_errors(old_site):
    with pytest.raises(CommandError, match=r"Cannot download .*: the server answered 404"):
        run(f"{old_site.url}/no-such-feed.xml")
    with pytest.raises(CommandError, match="neither a file nor an http"):
        run("ftp://old.example.org/export.xml")


def test_bad_options_are_errors(wordpress, tmp_path):
    with pytest.raises(CommandError, match="“fr” is not a language of this site"):
        run(wordpress, "--language", "fr")
    with pytest.raises(CommandError, match="There is no category “nothing”"):
        run(wordpress, "--category", "nothing")
    with pytest.raises(CommandError, match="is not a folder"):
        run(wordpress, "--media-dir", tmp_path / "missing")


def test_a_feed_in_a_language_the_site_lacks_needs_the_language_option(old_site, tmp_path):
    feed = old_site.copy("feed.rss", tmp_path)
    feed.write_text(
        feed.read_text(encoding="utf-8").replace(
            "<language>zh-CN</language>", "<language>fr</language>"
        ),
        encoding="utf-8",
    )

    with pytest.raises(CommandError, match=r"The source is in “fr”.*give --language"):
        run(feed)
    assert "Created: 2" in run(feed, "--language", "zh-CN")
