"""axe-core (run offline by axe-playwright-python) finds no violations on the public pages,
in either language."""

import io

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = [
    "",
    "news/",
    "news/category/ic-news/",
    "news/jensen-huang-visits-beijing-ai-chips-deepseek/",
    "members/",
    "members/?level=member&region=hunan",
    "members/shenzhen-east-space-light-technology/",
    "members/join/",
    "contact-us/",
    "privacy-policy/",
    "sitemap/",
]


@pytest.fixture
def demo(monkeypatch):
    from django.core.management import call_command

    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "browser-test-password")
    call_command("load_demo", stdout=io.StringIO())


# Pages whose screenshots are kept, at a laptop's and a phone's width, to look at.
PHOTOGRAPHED = {
    "": "home",
    "members/": "directory",
    "members/shenzhen-east-space-light-technology/": "member",
}


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_public_pages_have_no_axe_violations(live_server, page, demo, language, screenshot):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    problems = {}
    for path in PAGES:
        page.goto(f"{live_server.url}/{language}/{path}")
        if path in PHOTOGRAPHED:
            for width in (1366, 375):
                page.set_viewport_size({"width": width, "height": 900})
                screenshot(page, f"{PHOTOGRAPHED[path]}-{width}-{language}")
            page.set_viewport_size({"width": 1280, "height": 900})
        results = axe.run(page)
        if results.violations_count:
            problems[path] = [
                (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                for v in results.response["violations"]
            ]
    assert problems == {}


def test_form_errors_have_no_axe_violations(live_server, page, demo):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(f"{live_server.url}/en/contact-us/")
    page.fill("#id_email", "not an address")
    page.click("form.contact-form button[type=submit], #contact-form button[type=submit]")
    page.wait_for_selector(".errorlist")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_dark_scheme_keeps_aa_contrast(live_server, browser, demo, language):
    """Visitors whose system asks for dark pages get them, and axe's colour contrast check
    (with every other rule) still passes."""
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    axe = Axe()
    problems = {}
    for path in [
        "",
        "news/jensen-huang-visits-beijing-ai-chips-deepseek/",
        "members/",
        "members/join/",
        "contact-us/",
    ]:
        page.goto(f"{live_server.url}/{language}/{path}")
        background = page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
        assert background == "rgb(18, 24, 31)", path  # the dark palette is in use
        results = axe.run(page)
        if results.violations_count:
            problems[path] = [
                (v["id"], [n["target"] for n in v["nodes"]][:3])
                for v in results.response["violations"]
            ]
    context.close()
    assert problems == {}
