"""How the public site looks and behaves in a real browser: the reading column, the
directory's folding filters (with and without JavaScript), the printed page, and every
picture loading. Also makes the README's screenshots."""

import io
import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

SEED = "news/jensen-huang-visits-beijing-ai-chips-deepseek/"


@pytest.fixture
def demo(monkeypatch):
    from django.core.management import call_command

    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "look-test-password")
    call_command("load_demo", stdout=io.StringIO())


def open_page(browser, url, *, width=1366, **options):
    context = browser.new_context(viewport={"width": width, "height": 900}, **options)
    page = context.new_page()
    page.goto(url)
    return context, page


def load_every_picture(page) -> list[str]:
    """Scroll through the page so lazy pictures load; return those that did not."""
    page.evaluate(
        """async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 600) {
            window.scrollTo(0, y);
            await new Promise(resolve => setTimeout(resolve, 30));
          }
          window.scrollTo(0, 0);
          await Promise.all([...document.images].map(image => image.complete ? null :
            new Promise(resolve => { image.onload = image.onerror = resolve; })));
        }"""
    )
    return page.evaluate(
        "[...document.images].filter(i => !i.naturalWidth).map(i => i.currentSrc || i.src)"
    )


@pytest.mark.parametrize(
    ("language", "least", "most"),
    [("en", 32, 36), ("zh-hans", 36, 40)],  # in ems: ~70 Latin letters, 36-40 Chinese
)
def test_an_article_is_a_centred_column_measured_for_its_script(
    live_server, browser, demo, language, least, most
):
    context, page = open_page(browser, f"{live_server.url}/{language}/{SEED}")
    column = page.evaluate(
        """() => {
          const box = document.querySelector('.reading').getBoundingClientRect();
          const size = parseFloat(getComputedStyle(document.querySelector('.prose')).fontSize);
          const related = document.querySelector('.related').getBoundingClientRect();
          return {left: box.left, right: innerWidth - box.right - (innerWidth -
                  document.documentElement.clientWidth), ems: box.width / size,
                  relatedWidth: related.width, width: box.width};
        }"""
    )
    context.close()
    assert abs(column["left"] - column["right"]) <= 2  # centred
    assert least <= column["ems"] <= most
    assert column["relatedWidth"] == column["width"]  # related articles: the same column


def test_the_directory_filters_fold_on_a_phone_and_stay_open_on_a_laptop(
    live_server, browser, demo
):
    url = f"{live_server.url}/en/members/"
    for javascript in (True, False):
        context, page = open_page(browser, url, width=375, java_script_enabled=javascript)
        assert not page.is_visible("form.filters")
        page.click(".fold summary")
        assert page.is_visible("form.filters")
        page.select_option("select[name=region]", "hunan")
        page.click("form.filters button[type=submit]")
        assert "region=hunan" in page.url
        assert "1 active" in page.inner_text(".fold summary")
        context.close()

        context, page = open_page(browser, url, java_script_enabled=javascript)
        assert page.is_visible("form.filters") and page.is_visible("select[name=level]")
        # Open: no summary to press (it would announce a fold that does nothing), and the
        # heading shows instead.
        assert not page.is_visible(".fold summary")
        assert page.is_visible("h2#directory-search")
        context.close()


def test_a_printed_article_keeps_the_story_and_drops_the_menus(live_server, browser, demo):
    context, page = open_page(browser, f"{live_server.url}/en/{SEED}")
    page.emulate_media(media="print")
    for hidden in (".site-nav", ".language-switch", ".related", ".prev-next", ".breadcrumbs"):
        assert not page.is_visible(hidden), hidden
    for shown in ("h1", ".prose", ".article__image img", ".site-name"):
        assert page.is_visible(shown), shown
    assert page.evaluate("getComputedStyle(document.body).color") == "rgb(0, 0, 0)"
    context.close()


SQUASHED = """() => [...document.images].filter(image => {
  const box = image.getBoundingClientRect();
  const fit = getComputedStyle(image).objectFit;
  if (!box.width || !box.height || !image.naturalWidth || fit === 'cover' || fit === 'contain')
    return false;
  const shown = box.width / box.height, natural = image.naturalWidth / image.naturalHeight;
  return Math.abs(shown - natural) / natural > 0.03;
}).map(image => image.currentSrc)"""


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_every_picture_loads_and_none_is_squashed(live_server, browser, demo, language):
    """Lighthouse's image-aspect-ratio check, on a phone and a laptop: a long English name
    once squeezed the header's logo."""
    squashed = {}
    for width in (375, 1366):
        for path in ["", SEED, "members/", "members/changsha-lanxin-microelectronics/"]:
            context, page = open_page(browser, f"{live_server.url}/{language}/{path}", width=width)
            assert load_every_picture(page) == [], path
            if found := page.evaluate(SQUASHED):
                squashed[(width, path)] = found
            context.close()
    assert squashed == {}


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_every_picture_loads_and_no_select_shows_dashes(live_server, browser, demo, language):
    broken = {}
    for path in [
        "",
        SEED,
        "news/",
        "members/",
        "members/join/",
        "members/changsha-lanxin-microelectronics/",
    ]:
        context, page = open_page(browser, f"{live_server.url}/{language}/{path}", width=375)
        if missing := load_every_picture(page):
            broken[path] = missing
        assert "---------" not in page.content(), path
        context.close()
    assert broken == {}


# The README's screenshots: `make screenshots` writes them to docs/screenshots.
README_SHOTS = {"home": "", "article": SEED, "directory": "members/"}


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_screenshots_for_the_readme(live_server, browser, demo, language):
    from tests.browser.conftest import SCREENSHOTS

    folder = Path(os.environ.get("README_SCREENSHOTS") or SCREENSHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    for name, path in README_SHOTS.items():
        for width, height in ((1366, 900), (375, 812)):
            context, page = open_page(browser, f"{live_server.url}/{language}/{path}", width=width)
            page.set_viewport_size({"width": width, "height": height})
            assert load_every_picture(page) == []
            target = folder / f"{name}-{language}-{width}.jpg"
            page.screenshot(path=str(target), type="jpeg", quality=80)
            context.close()
            assert target.stat().st_size > 10_000  # a real picture of the page
