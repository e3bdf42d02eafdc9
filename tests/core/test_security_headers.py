"""The security headers every response carries: Content-Security-Policy (django-csp),
Permissions-Policy (core.security), and Django's own (framing, sniffing, referrer)."""

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.fixture
def addresses(site_settings, committed):
    article = committed(factories.ArticleFactory, title="Copper prices rise")
    contact = committed(factories.PageFactory, slug="contact-us", kind="contact")
    return [
        "/en/",
        article.get_absolute_url(),
        contact.get_absolute_url(),  # a form
        "/en/members/",
        "/en/search/?q=copper",
        "/en/no-such-page/",  # the 404 page
        "/sitemap.xml",
        reverse("admin:login"),
    ]


def test_every_response_carries_the_security_headers(client, addresses):
    for address in addresses:
        response = client.get(address)
        assert response.status_code in (200, 404), address
        csp = policy(response)
        assert csp["default-src"] == ["'self'"], address
        assert csp["script-src"] == ["'self'"], address  # no inline script, no eval
        assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
        assert csp["form-action"] == ["'self'"] and csp["base-uri"] == ["'self'"]
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
        assert "camera=()" in response["Permissions-Policy"].split(", ")
        assert "geolocation=()" in response["Permissions-Policy"].split(", ")


def test_no_page_has_an_inline_script_that_the_policy_would_block(client, addresses):
    """Scripts come from files; a <script> in a page is data (JSON-LD) or has a src."""
    from tests.html import Html

    for address in addresses:
        response = client.get(address)
        if not response["Content-Type"].startswith("text/html"):
            continue
        for script in Html(response).all("script"):
            assert script.get("src") or script.get("type") in (
                "application/ld+json",
                "application/json",
            ), (address, str(script)[:80])
        assert b" onclick=" not in response.content


def test_the_article_editor_has_no_inline_script(admin_client, site_settings):
    """The admin's forms, CKEditor's included, load their scripts from files (the browser
    test tests/browser/test_editor.py writes an article under the policy)."""
    from tests.html import Html

    response = admin_client.get(reverse("admin:news_article_add"))
    assert policy(response)["script-src"] == ["'self'"]
    scripts = Html(response).all("script")
    assert scripts and all(
        script.get("src") or script.get("type") == "application/json" for script in scripts
    )


def test_a_page_from_the_page_cache_keeps_its_headers(client, addresses, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/en/")
    hit = client.get("/en/")
    assert hit["X-Page-Cache"] == "hit"
    assert policy(hit)["script-src"] == ["'self'"]
    assert "Permissions-Policy" in hit


def test_hsts_is_sent_over_https_in_production(client, settings, site_settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get("/en/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "Strict-Transport-Security" not in client.get("/en/")  # not over plain HTTP
