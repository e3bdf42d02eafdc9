import pytest
from django.urls import reverse

from core.languages import localized
from core.richtext import sanitize_html
from tests.factories import ArticleFactory, PageFactory
from tests.html import Html

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Hi<script>alert(1)</script></p>", "<p>Hi</p>"),
        ('<p onclick="steal()">Hi</p>', "<p>Hi</p>"),
        ('<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'),
        ('<img src="x.png" onerror="alert(1)" alt="A">', '<img src="x.png" alt="A">'),
        ('<p style="color:red">Hi</p>', "<p>Hi</p>"),
        ("<iframe src='https://evil.example'></iframe><p>after</p>", "<p>after</p>"),
        ("<p>a<!-- note -->b</p>", "<p>ab</p>"),
        ("<blink>kept words</blink>", "kept words"),
    ],
)
def test_sanitize_html_drops_dangerous_markup(dirty, clean):
    assert sanitize_html(dirty) == clean


def test_sanitize_html_keeps_what_the_editor_produces():
    html = (
        "<h2>Heading</h2><h3>Sub</h3><p><strong>b</strong> <em>i</em> "
        '<a href="https://example.com">link</a></p><ul><li>one</li></ul><ol><li>two</li></ol>'
        "<blockquote><p>quote</p></blockquote>"
        '<figure class="image"><img src="/media/uploads/a.png" alt="A board">'
        "<figcaption>Caption</figcaption></figure>"
        '<figure class="table"><table><thead><tr><th colspan="2">H</th></tr></thead>'
        "<tbody><tr><td>1</td><td>2</td></tr></tbody></table></figure>"
    )
    cleaned = sanitize_html(html)
    for fragment in [
        "<h2>Heading</h2>",
        "<h3>Sub</h3>",
        "<strong>b</strong>",
        "<em>i</em>",
        '<a href="https://example.com" rel="noopener noreferrer">link</a>',
        "<ul><li>one</li></ul>",
        "<ol><li>two</li></ol>",
        "<blockquote><p>quote</p></blockquote>",
        '<figure class="image"><img src="/media/uploads/a.png" alt="A board">',
        "<figcaption>Caption</figcaption>",
        '<th colspan="2">H</th>',
        "<td>1</td>",
    ]:
        assert fragment in cleaned


def test_sanitize_html_drops_unknown_classes():
    assert sanitize_html('<figure class="image evil"><img src="a.png" alt=""></figure>') == (
        '<figure class="image"><img src="a.png" alt=""></figure>'
    )


def test_article_body_is_sanitized_on_save():
    article = ArticleFactory(body='<p onmouseover="x()">Text<script>bad()</script></p>')
    article.refresh_from_db()
    assert article.body == "<p>Text</p>"


def test_page_body_is_sanitized_on_save():
    page = PageFactory(body='<p>ok</p><a href="javascript:void(0)">x</a>')
    page.refresh_from_db()
    assert "javascript" not in page.body
    assert "<p>ok</p>" in page.body


@pytest.mark.parametrize(
    "untouched",
    [
        "<p>&nbsp;</p>",
        "<p> </p><p>\u00a0</p>",
        "<p><br></p>",
        "<p>\u200b</p>",
        "<h2> </h2><ul><li>&nbsp;</li></ul>",
        "<p><strong> </strong></p>",
    ],
)
def test_rich_text_that_shows_nothing_is_stored_empty(untouched):
    assert sanitize_html(untouched) == ""
    article = ArticleFactory(body_en=untouched, body_zh_hans="<p>正文。</p>")
    article.refresh_from_db()
    assert article.body_en == ""


@pytest.mark.parametrize(
    "content",
    ['<p><img src="/media/a.png" alt=""></p>', "<hr>", "<p>0</p>", "<p>。</p>"],
)
def test_rich_text_with_an_image_or_a_character_is_content(content):
    assert sanitize_html(content) != ""


def test_admin_uses_ckeditor_for_rich_text(staff_client):
    page = Html(staff_client.get(reverse("admin:news_article_add")))
    assert page.has('script[src$="django_ckeditor_5/dist/bundle.js"]')
    for name in localized("body"):
        assert "django_ckeditor_5" in page.attr(f'textarea[name="{name}"]', "class")
    uploads = {element["data-upload-url"] for element in page.all("[data-upload-url]")}
    assert uploads == {reverse("richtext_image_upload")}


def test_srcset_keeps_only_pictures_from_http_or_this_site():
    html = sanitize_html(
        '<p><img src="/media/a.png" alt="A" srcset="javascript:alert(1) 1x, '
        "https://cdn.example/a.png 2x, data:image/svg+xml;base64,PHN2Zz4= 3x, "
        '/media/a-640.webp 640w,/media/a-320.webp 320w"></p>'
    )
    assert (
        'srcset="https://cdn.example/a.png 2x, /media/a-640.webp 640w, /media/a-320.webp 320w"'
        in html
    )
    assert "javascript" not in html and "data:" not in html


def test_a_srcset_with_nothing_allowed_left_goes():
    html = sanitize_html(
        '<picture><source srcset="JaVaScRiPt:alert(1) 1x"><img src="/m.png" alt=""></picture>'
    )
    assert "srcset" not in html and "alert" not in html
