import pytest

from association.richtext import sanitize_html
from tests.factories import ArticleFactory, PageFactory

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
