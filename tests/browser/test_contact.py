"""Sending the contact form on a phone: the visitor lands on the confirmation, not on an
empty form far below it."""

import pytest

from pages.models import Page
from tests.factories import ContactPhoneFactory, PageFactory, SiteSettingsFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_after_sending_the_visitor_sees_the_confirmation(
    live_server, browser, screenshot, language
):
    site_settings = SiteSettingsFactory(email="office@example.org")
    ContactPhoneFactory(settings=site_settings, number="+86 191 9627 2716")
    PageFactory(
        slug="contact-us",
        title_en="Contact Us",
        title_zh_hans="联系我们",
        body_en="<p>We answer within two working days.</p>" * 6,
        body_zh_hans="<p>我们会在两个工作日内答复。</p>" * 6,
        kind=Page.Kind.CONTACT,
    )
    context = browser.new_context(
        locale="en-US" if language == "en" else "zh-CN", viewport={"width": 375, "height": 740}
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/contact-us/")
    form = page.locator("#contact-form form")
    form.locator("[name=name]").fill("Li Wei")
    form.locator("[name=email]").fill("li@example.com")
    form.locator("[name=subject]").fill("Training dates")
    form.locator("[name=message]").fill("When is the next training?")
    form.locator("button[type=submit]").click()
    page.wait_for_url("**/contact-us/#messages")
    confirmation = page.locator("#messages")
    assert confirmation.is_visible()
    box = confirmation.bounding_box()
    assert box is not None and 0 <= box["y"] < 740  # in view, without scrolling
    screenshot(page, f"contact-sent-375-{language}", full_page=False)  # what the visitor sees
    context.close()
