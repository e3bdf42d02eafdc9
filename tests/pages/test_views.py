import pytest
from django.urls import reverse

from core.publishing import Status
from pages.models import Page
from tests.factories import (
    ArticleFactory,
    CategoryFactory,
    ContactPhoneFactory,
    ImageFactory,
    MemberCompanyFactory,
    PageFactory,
    SiteSettingsFactory,
    edit,
)
from tests.html import Html

pytestmark = pytest.mark.django_db


def footer_of(response) -> str:
    return Html(response).text("footer.site-footer")


def test_home_shows_latest_news_and_featured_members(client):
    SiteSettingsFactory(site_name="Hunan PCA")
    article = ArticleFactory(title="Board makers meet in Changsha")
    MemberCompanyFactory(name="Featured Maker Ltd", featured=True)
    MemberCompanyFactory(name="Quiet Maker Ltd", featured=False)
    MemberCompanyFactory(name="Gone Maker Ltd", featured=True, is_active=False)
    html = client.get("/en/").content.decode()
    assert "Hunan PCA" in html
    assert article.title in html and article.get_absolute_url() in html
    assert "Featured Maker Ltd" in html
    assert "Quiet Maker Ltd" not in html
    assert "Gone Maker Ltd" not in html


def test_home_heading_is_the_tagline_not_the_name_the_header_already_shows(client):
    SiteSettingsFactory(site_name="Hunan PCA", tagline="Connecting the circuit industry")
    page = Html(client.get("/en/"))
    assert page.text("h1") == "Connecting the circuit industry"
    assert page.text(".site-name") == "Hunan PCA"
    assert len(page.all("h1")) == 1


def test_home_leads_with_the_newest_story_and_its_picture(client):
    SiteSettingsFactory()
    older = ArticleFactory.create_batch(3)
    lead = ArticleFactory(title="Lead story", image=ImageFactory(alt="Lead picture"))
    page = Html(client.get("/en/"))
    assert page.text(".lead-story h3") == "Lead story"
    # The picture is eager (it is at the top) and silent (the title beside it says it all).
    image = page.one(".lead-story img")
    assert (image["loading"], image["alt"]) == ("eager", "")
    assert [page.text(f".top-stories__more .card:nth-of-type({n}) h3") for n in (1, 2, 3)] == [
        article.title for article in reversed(older)
    ]
    assert lead.get_absolute_url() in page.html


def test_home_lists_news_by_category_without_repeating_the_top_stories(client):
    SiteSettingsFactory()
    policy, events = (
        CategoryFactory(name="Policy", order=1),
        CategoryFactory(name="Events", order=2),
    )
    event_articles = ArticleFactory.create_batch(5, category=events)  # older
    policy_articles = ArticleFactory.create_batch(6, category=policy)  # newer
    page = Html(client.get("/en/"))
    # The four newest stories are at the top of the page...
    top = [page.text(".lead-story h3")] + [
        card.h3.get_text(strip=True) for card in page.all(".top-stories__more .card")
    ]
    assert top == [article.title for article in reversed(policy_articles[2:])]
    # ...and each category's column shows the next ones, three at most, newest first.
    columns = {
        column.h3.get_text(strip=True): [a.get_text(strip=True) for a in column.select("li a")]
        for column in page.all(".category-column")
    }
    assert list(columns) == ["Policy", "Events"]  # in the menu's order
    assert columns == {
        "Policy": [article.title for article in reversed(policy_articles[:2])],
        "Events": [article.title for article in reversed(event_articles[2:])],
    }


def test_home_asks_visitors_to_join_and_to_get_in_touch(client):
    SiteSettingsFactory()
    ContactPhoneFactory(settings_id=1, number="+86 191 9627 2716")
    PageFactory(title="Contact Us", slug="contact-us", kind=Page.Kind.CONTACT)
    MemberCompanyFactory.create_batch(2, featured=True)
    MemberCompanyFactory()
    page = Html(client.get("/en/"))
    hero = [href for href, _text in page.links(".hero__actions")]
    assert hero == ["/en/members/join/", "/en/contact-us/"]
    panels = page.text(".call-to-action")
    assert "Apply for membership" in panels and "Send us a message" in panels
    assert "8:30 a.m. to 5:30 p.m., Monday to Friday" in panels
    assert "+86 191 9627 2716" in panels
    assert page.text(".home-members .more") == "All 3 members"


def test_footer_shows_every_site_setting(client):
    SiteSettingsFactory(icp_number="湘ICP备12345678号-1", address="1 Test Road, Changsha")
    ContactPhoneFactory(settings_id=1, number="+86 191 9627 2716", order=1)
    ContactPhoneFactory(settings_id=1, number="+86 181 7379 0595", order=2)
    PageFactory(title="Privacy Policy", slug="privacy-policy", show_in_footer=True, order=1)
    PageFactory(title="Contact Us", slug="contact-us", show_in_footer=True, order=2)
    footer = footer_of(client.get("/en/"))
    for expected in [
        "Phone +86 191 9627 2716 +86 181 7379 0595",
        "Working Hours 8:30 a.m. to 5:30 p.m., Monday to Friday",
        "1 Test Road, Changsha",
        "Copyright © 2023 Test Printed Circuit Association",
        "Site map Privacy Policy Contact Us",
        "Powered by Bontop",
        "湘ICP备12345678号-1",
    ]:
        assert expected in footer


def test_footer_leaves_out_the_icp_number_when_unset(client):
    SiteSettingsFactory(icp_number="")
    assert "ICP" not in footer_of(client.get("/en/"))


def test_phone_links_dial_the_number(client):
    ContactPhoneFactory(settings=SiteSettingsFactory(), number="+86 191 9627 2716")
    assert 'href="tel:+8619196272716"' in client.get("/en/").content.decode()


def test_footer_is_on_every_page(client):
    SiteSettingsFactory(working_hours="9 to 5, weekdays")
    article = ArticleFactory()
    page = PageFactory()
    member = MemberCompanyFactory()
    for url in [
        "/en/",
        "/en/news/",
        article.category.get_absolute_url(),
        article.get_absolute_url(),
        page.get_absolute_url(),
        "/en/members/",
        member.get_absolute_url(),
        "/en/sitemap/",
        "/en/no-such-page/",
    ]:
        response = client.get(url)
        assert "9 to 5, weekdays" in footer_of(response), url


def test_site_settings_change_shows_on_the_next_request_without_restart(
    client, django_capture_on_commit_callbacks
):
    site_settings = SiteSettingsFactory(working_hours="Old hours")
    assert "Old hours" in footer_of(client.get("/en/"))
    with django_capture_on_commit_callbacks(execute=True):
        edit(site_settings, working_hours="New hours")
    assert "New hours" in footer_of(client.get("/en/"))


def test_header_navigation_has_categories_members_and_header_pages(client):
    article = ArticleFactory()
    PageFactory(title="Contact Us", slug="contact-us", show_in_header=True)
    PageFactory(title="Hidden Draft", slug="hidden", show_in_header=True, status=Status.DRAFT)
    nav = Html(client.get("/en/")).links("nav.site-nav")
    assert nav == [
        ("/en/", "Home"),
        (article.category.get_absolute_url(), article.category.name),
        (reverse("members:list"), "Members"),
        ("/en/contact-us/", "Contact Us"),
    ]


def test_language_switch_links_to_the_same_page_in_chinese(client):
    article = ArticleFactory(slug="chips")
    switch = Html(client.get(article.get_absolute_url())).one(".language-switch a")
    assert (switch["href"], switch["hreflang"], switch["lang"]) == (
        "/zh-hans/news/chips/",
        "zh-hans",
        "zh-hans",
    )
    assert switch.get_text() == "中文"
    assert client.get("/zh-hans/news/chips/").status_code == 200


def test_page_is_served_at_its_slug(client):
    page = PageFactory(title="Privacy Policy", slug="privacy-policy", body="<p>We keep little.</p>")
    response = client.get("/en/privacy-policy/")
    assert response.status_code == 200
    assert response.context["page"] == page
    assert "We keep little." in response.content.decode()


def test_draft_page_is_hidden_from_visitors_but_not_from_its_editors(client, staff_client):
    PageFactory(slug="secret", title="Board minutes", status=Status.DRAFT)
    hidden = client.get("/en/secret/")
    assert hidden.status_code == 404 and "Board minutes" not in hidden.content.decode()
    preview = Html(staff_client.get("/en/secret/"))
    assert preview.text("h1") == "Board minutes"
    assert preview.text("p.notice") == "Draft: only editors can see this."


def test_contact_page_shows_contact_settings(client):
    ContactPhoneFactory(settings=SiteSettingsFactory(email="hello@example.org"), number="+86 1")
    PageFactory(slug="contact-us", kind=Page.Kind.CONTACT, body="<p>Write to us.</p>")
    section = Html(client.get("/en/contact-us/")).text("section.contact-details")
    assert "+86 1" in section and "hello@example.org" in section
    assert "8:30 a.m. to 5:30 p.m., Monday to Friday" in section


def test_sitemap_lists_sections_categories_and_pages(client):
    article = ArticleFactory()
    page = PageFactory(title="About the Association")
    PageFactory(title="Unfinished", status=Status.DRAFT)
    html = client.get("/en/sitemap/").content.decode()
    for url in [
        "/en/",
        "/en/news/",
        article.category.get_absolute_url(),
        "/en/members/",
        page.get_absolute_url(),
    ]:
        assert f'href="{url}"' in html
    assert "Unfinished" not in html


def test_member_list_and_profile(client):
    member = MemberCompanyFactory(name="Shenzhen East Space Light Technology Co., Ltd")
    MemberCompanyFactory(name="Retired Co", is_active=False)
    article = ArticleFactory(title="Light tech story")
    article.companies.add(member)
    html = client.get("/en/members/").content.decode()
    assert member.name in html and "Retired Co" not in html
    profile = client.get(member.get_absolute_url()).content.decode()
    assert "Light tech story" in profile


def test_unknown_page_is_a_friendly_404(client):
    SiteSettingsFactory()
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "Test Printed Circuit Association" in response.content.decode()


def test_a_footer_cached_from_before_the_edit_committed_is_never_served(
    client, django_capture_on_commit_callbacks
):
    """A concurrent request reads the old rows before the edit commits and stores its copy
    just after the edit was announced: that copy must not be what visitors get."""
    from django.core.cache import cache

    from pages import chrome

    site_settings = SiteSettingsFactory(working_hours="Old hours")
    stale_key = chrome.generation.key()
    stale_copy, _seconds = chrome.build_site_chrome()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        edit(site_settings, working_hours="New hours")
    assert callbacks
    cache.set(stale_key, stale_copy)
    assert "New hours" in footer_of(client.get("/en/"))
    assert "Old hours" not in footer_of(client.get("/en/"))


def test_staff_can_look_at_an_inactive_member(staff_client, client):
    member = MemberCompanyFactory(is_active=False)
    assert client.get(member.get_absolute_url()).status_code == 404
    response = staff_client.get(member.get_absolute_url())
    assert response.status_code == 200
    assert "Inactive: only editors can see this member." in response.content.decode()


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/en/privacy-policy/", 1),  # the page
        ("/en/contact-us/", 1),  # the page; the form needs nothing more
        ("/en/sitemap/", 1),  # the published pages
        ("/en/members/join/", 3),  # the form's three choice lists
    ],
)
def test_page_query_counts(client, django_assert_num_queries, url, queries):
    SiteSettingsFactory()
    PageFactory(slug="privacy-policy")
    PageFactory(slug="contact-us", kind=Page.Kind.CONTACT)
    PageFactory.create_batch(20)
    client.get(url)  # warms the header/footer cache
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


def test_media_is_served_by_django_only_when_asked(client, settings, image_file):
    from django.core.files.storage import default_storage

    name = default_storage.save("uploads/test.png", image_file)
    settings.DEBUG, settings.SERVE_MEDIA = False, False
    assert client.get(f"/media/{name}").status_code == 404
    settings.SERVE_MEDIA = True
    response = client.get(f"/media/{name}")
    response.close()  # a streamed file response holds the file open until closed
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert client.get("/media/../association/settings.py").status_code in (400, 404)
    assert b"SECRET_KEY" not in client.get("/media/../association/settings.py").content


def test_a_page_described_by_its_text_escapes_it_once(client):
    SiteSettingsFactory()
    page = PageFactory(
        title="R&D", slug="research", body="<p>Our R&amp;D &lt;centre&gt; opens.</p>"
    )
    description = Html(client.get(page.get_absolute_url())).one("meta[name=description]")
    assert description["content"] == "Our R&D <centre> opens."
    assert (
        'content="Our R&amp;D &lt;centre&gt; opens."'
        in client.get(page.get_absolute_url()).content.decode()
    )
