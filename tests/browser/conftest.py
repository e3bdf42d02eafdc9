"""Browser tests: Python Playwright driving Debian's Chromium against pytest-django's
live server. They skip, saying why, where Chromium is not installed (.ci/run installs it)."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(
    os.environ.get("SCREENSHOT_DIR", Path(tempfile.gettempdir(), "xiehui-screenshots"))
)

# Playwright's sync API runs an event loop in the test's thread; the ORM calls the tests
# make in that thread are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    """Every test here is marked ``browser`` (``pytest -m "not browser"`` leaves them out),
    and skips, saying why, where Chromium is missing."""
    here = Path(__file__).parent
    skip = pytest.mark.skip(reason=f"Chromium is not installed ({CHROMIUM}); .ci/run installs it")
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
            if not Path(CHROMIUM).exists():
                item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A page whose test fails if the Content-Security-Policy blocked anything on it."""
    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    blocked = []
    page.on(
        "console",
        lambda message: "Content Security Policy" in message.text and blocked.append(message.text),
    )
    yield page
    context.close()
    assert not blocked, blocked


@pytest.fixture
def screenshot():
    """Save a screenshot under SCREENSHOT_DIR, to look at after the run."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str, *, full_page: bool = True) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take
