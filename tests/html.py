"""Reading pages as a visitor would, for assertions: parse the HTML once and pick elements
with CSS selectors, rather than matching markup with regular expressions.

    page = Html(client.get("/en/"))
    assert page.text("nav.breadcrumbs") == "Home IC News"
    assert page.links("nav.breadcrumbs") == [("/en/", "Home"), ...]
"""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag


def fold(text: str) -> str:
    """White space folded to single spaces, as a browser shows it."""
    return " ".join(text.split())


class Html:
    def __init__(self, response_or_html) -> None:
        html = getattr(response_or_html, "content", response_or_html)
        if isinstance(html, bytes):
            html = html.decode()
        self.html = html
        self.soup = BeautifulSoup(html, "html.parser")

    def one(self, selector: str) -> Tag:
        """The first element matching ``selector``; fails the test when there is none."""
        element = self.soup.select_one(selector)
        assert element is not None, f"No element matches {selector!r}"
        return element

    def all(self, selector: str) -> list[Tag]:
        return self.soup.select(selector)

    def has(self, selector: str) -> bool:
        return self.soup.select_one(selector) is not None

    def text(self, selector: str = "body") -> str:
        """The visible text of the first match (scripts and styles left out)."""
        element = self.one(selector)
        for hidden in element.select("script, style, template"):
            hidden.extract()
        return fold(element.get_text(" "))

    def texts(self, selector: str) -> list[str]:
        return [fold(element.get_text(" ")) for element in self.all(selector)]

    def links(self, selector: str = "body") -> list[tuple[str, str]]:
        """(href, text) of every link inside the first match."""
        return [(a["href"], fold(a.get_text(" "))) for a in self.one(selector).select("a[href]")]

    def attr(self, selector: str, name: str) -> str | None:
        value = self.one(selector).get(name)
        return " ".join(value) if isinstance(value, list) else value
