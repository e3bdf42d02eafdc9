"""Every public address and URL parameter, fed hostile values: query strings with broken
UTF-8, SQL and template syntax, page numbers of any size and sign, unknown languages in the
address and in Accept-Language, and path segments that are not slugs. Each answer is a page,
a redirect within the site or a clear 4xx (never a 500), shows no value back unescaped, and
stores nothing."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from contact.models import ContactMessage
from members.models import MembershipApplication
from pages.seo import SECTIONS

from .hostile import (
    assert_answered,
    fuzz,
    latin1_header,
    page_number,
    path_segment,
    query_string,
    raw_query_value,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "zh-hans")


def visitor_rows() -> tuple[int, int]:
    """What visitors can store: a GET stores none of it."""
    return ContactMessage.objects.count(), MembershipApplication.objects.count()


def get(client, url: str, **headers):
    before = visitor_rows()
    response = client.get(url, **headers)
    assert_answered(response)
    assert visitor_rows() == before
    return response


@pytest.mark.parametrize(
    "path", ["news/", "news/category/ic-news/", "members/", "search/?q=article&"]
)
@fuzz
@given(language=st.sampled_from(LANGUAGES), page=page_number())
@example(language="en", page="-1")
@example(language="en", page="9" * 5000)
@example(language="zh-hans", page="%ff%fe")
@example(language="en", page="last")
def test_lists_answer_any_page_number(client, site, path, language, page):
    separator = "" if path.endswith("&") else "?"
    response = get(client, f"/{language}/{path}{separator}page={page}")
    if page in ("1", "last"):
        assert response.status_code == 200


DIRECTORY_PARAMETERS = ("q", "level", "segment", "region", "sort", "page")


@fuzz
@given(
    language=st.sampled_from(LANGUAGES),
    query=query_string(
        DIRECTORY_PARAMETERS,
        level=raw_query_value() | st.just("council"),
        segment=raw_query_value() | st.just("pcb"),
        region=raw_query_value() | st.just("hunan"),
        sort=raw_query_value() | st.sampled_from(("level", "name", "newest", "oldest")),
        page=page_number(),
    ),
)
@example(language="en", query="q=%00&level=%c0%80&sort=%ff%fe")
@example(language="en", query="q=' OR 1=1 --&region=hunan&region=%00")
@example(language="zh-hans", query="q=%7B%7B%20settings.SECRET_KEY%20%7D%7D&sort=name")
def test_member_directory_answers_any_filters(client, site, language, query):
    response = get(client, f"/{language}/members/?{query}")
    # No filter, however odd, widens the directory past the active members.
    assert "/members/hidden-member/" not in response.content.decode()


@fuzz
@given(language=st.sampled_from(LANGUAGES), query=query_string(("q", "page"), page=page_number()))
@example(language="en", query="q=%00")
@example(language="en", query="q=%ff%fe%c0%80")
@example(language="zh-hans", query="q=' OR 1=1 --&page=99999999999999999999")
@example(language="en", query="q=%3C%2Ftitle%3E%3Cfuzz-canary%3E")
def test_site_search_answers_any_query(client, site, language, query):
    response = get(client, f"/{language}/search/?{query}")
    assert response.status_code == 200  # a search always has a page, if only "nothing found"


@fuzz
@given(
    section=st.sampled_from(sorted(SECTIONS)).map(lambda name: f"sitemap-{name}.xml")
    | st.just("sitemap.xml"),
    page=page_number(),
)
@example(section="sitemap.xml", page="-1")
@example(section="sitemap-articles.xml", page="%ff")
def test_sitemaps_answer_any_page(client, site, section, page):
    response = get(client, f"/{section}?p={page}")
    if page == "1":
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/xml")


FEEDS = (
    "news/feed/",
    "news/feed/atom/",
    "news/category/ic-news/feed/",
    "news/category/ic-news/feed/atom/",
)


@fuzz
@given(
    language=st.sampled_from(LANGUAGES),
    feed=st.sampled_from(FEEDS),
    query=query_string(("page", "q", "format", "category")),
)
def test_feeds_ignore_any_query(client, site, language, feed, query):
    response = get(client, f"/{language}/{feed}?{query}")
    assert response.status_code == 200
    assert "xml" in response["Content-Type"]


# Addresses with a part the visitor chooses; {} is that part.
PATHS_WITH_A_SEGMENT = (
    "/{language}/{}/",
    "/{language}/news/{}/",
    "/{language}/news/category/{}/",
    "/{language}/news/category/{}/feed/",
    "/{language}/news/category/{}/feed/atom/",
    "/{language}/members/{}/",
    "/{language}/{}/news/",
    "/sitemap-{}.xml",
    "/icons/{}.png",
    "/media/{}",
)


@fuzz
@given(
    pattern=st.sampled_from(PATHS_WITH_A_SEGMENT),
    language=st.sampled_from(LANGUAGES),
    segment=path_segment(),
)
@example(pattern="/{language}/news/{}/", language="en", segment="%ff%fe")
@example(pattern="/{language}/{}/", language="en", segment="%00")
@example(pattern="/icons/{}.png", language="en", segment="99999999999999999999999")
@example(pattern="/media/{}", language="en", segment="..%2F..%2Fetc%2Fpasswd")
def test_any_segment_is_a_page_or_a_clear_refusal(client, site, pattern, language, segment):
    get(client, pattern.replace("{language}", language).format(segment))


PUBLIC_PATHS = (
    "",
    "news/",
    "news/feed/",
    "members/",
    "members/join/",
    "search/",
    "sitemap/",
    "contact-us/",
    "manifest.webmanifest",
)


@fuzz
@given(
    prefix=st.one_of(
        st.sampled_from(
            ("zh", "zh-cn", "zh-hant", "zh-Hans", "ZH-HANS", "zh_hans", "EN", "en-us", "fr")
        ),
        st.from_regex(r"\A[a-z]{1,8}(-[A-Za-z0-9]{1,8}){0,2}\Z"),
        path_segment(),
    ),
    path=st.sampled_from(PUBLIC_PATHS),
)
@example(prefix="xx", path="news/")
@example(prefix="%ff", path="")
def test_unknown_languages_in_the_address_are_refused_or_redirected(client, site, prefix, path):
    get(client, f"/{prefix}/{path}")


@fuzz
@given(
    path=st.sampled_from(
        ("/", "/robots.txt", "/sitemap.xml", *(f"/en/{path}" for path in PUBLIC_PATHS))
    ),
    accept_language=latin1_header(),
    cookie=latin1_header(),
)
@example(path="/", accept_language="xx-YY,%ff;q=0.5", cookie="klingon")
@example(path="/en/", accept_language="zh-hans;q=1e999", cookie="")
def test_any_accept_language_or_language_cookie_gives_a_page(
    client, site, path, accept_language, cookie
):
    response = get(
        client,
        path,
        HTTP_ACCEPT_LANGUAGE=accept_language,
        HTTP_COOKIE=f"django_language={cookie}",
    )
    assert response.status_code in (200, 302)
    if path == "/":
        assert response["Location"].startswith(("/en/", "/zh-hans/"))
