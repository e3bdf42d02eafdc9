"""Every public page on a phone and a laptop, in both languages: nothing scrolls sideways,
and on a phone every control and every header, navigation and footer link is big enough
to tap (44 CSS pixels)."""

import io

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = [
    "",
    "news/",
    "news/category/ic-news/",
    "news/jensen-huang-visits-beijing-ai-chips-deepseek/",
    "members/",
    "members/shenzhen-east-space-light-technology/",
    "members/join/",
    "contact-us/",
    "privacy-policy/",
    "sitemap/",
]
WIDTHS = (320, 375, 1366)
TAP = 44
# What a visitor taps: the header, the navigation, the footer, and every control.
TAPPABLE = (
    ".site-header a, .site-nav a, .site-footer a, .breadcrumbs a, .pagination a, "
    "button, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, "
    "textarea, a.button, .chips a, .prev-next a"
)

MEASURE = """({selector, least}) => {
  const small = [];
  for (const element of document.querySelectorAll(selector)) {
    const box = element.getBoundingClientRect();
    if (!box.width || !box.height || element.closest('.hp, .visually-hidden')) continue;
    const label = element.textContent.trim().slice(0, 30);
    if (box.height < least) small.push(`${element.tagName} "${label}" ${Math.round(box.height)}px`);
  }
  return {
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    small: small,
  };
}"""


@pytest.fixture
def demo(monkeypatch):
    from django.core.management import call_command

    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "layout-test-password")
    call_command("load_demo", stdout=io.StringIO())


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_no_page_scrolls_sideways_and_every_target_can_be_tapped(
    live_server, browser, demo, language
):
    problems = {}
    for width in WIDTHS:
        context = browser.new_context(
            locale="en-US" if language == "en" else "zh-CN",
            viewport={"width": width, "height": 800},
        )
        page = context.new_page()
        for path in PAGES:
            page.goto(f"{live_server.url}/{language}/{path}")
            found = page.evaluate(MEASURE, {"selector": TAPPABLE, "least": TAP})
            if found["overflow"] > 0:
                problems[(width, path, "scrolls sideways by")] = found["overflow"]
            if width < 768 and found["small"]:
                problems[(width, path, "too small to tap")] = found["small"][:5]
        # No request (a lazy picture's first rendition, written to the database) may still
        # be running in the server when the test's database is emptied.
        page.wait_for_load_state("networkidle")
        context.close()
    assert problems == {}
