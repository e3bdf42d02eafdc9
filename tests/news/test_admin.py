import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from core.publishing import Status
from news.models import Article
from tests.factories import ArticleFactory, CategoryFactory, MemberCompanyFactory
from tests.html import Html

pytestmark = pytest.mark.django_db


def article_form(category, **changes):
    now = timezone.localtime()
    data = {
        "title_en": "Changsha hosts the PCB summit",
        "slug": "changsha-hosts-the-pcb-summit",
        "category": str(category.pk),
        "dateline_place_en": "Changsha",
        "summary_en": "Board makers met.",
        "body_en": "<p>More than 300 delegates attended.</p><script>evil()</script>",
        "_publish_now": "Publish now",  # the button pressed
        "publish_at_0": now.strftime("%Y-%m-%d"),
        "publish_at_1": (now - datetime.timedelta(minutes=5)).strftime("%H:%M:%S"),
    }
    data.update(changes)
    return data


def test_article_created_in_the_admin_appears_on_the_site(staff_client, client, admin_user):
    category = CategoryFactory(name="IC News", slug="ic-news")
    company = MemberCompanyFactory(name="Changsha Boards Ltd")
    response = staff_client.post(
        reverse("admin:news_article_add"), article_form(category, companies=[company.pk])
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    assert article.author == admin_user
    assert article.body == "<p>More than 300 delegates attended.</p>"
    assert "Changsha hosts the PCB summit" in client.get("/en/news/").content.decode()
    page = client.get("/en/news/changsha-hosts-the-pcb-summit/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "More than 300 delegates attended." in html
    assert "Changsha Boards Ltd" in html
    assert (
        "Changsha hosts the PCB summit" in client.get(category.get_absolute_url()).content.decode()
    )


def test_article_without_slug_gets_one_from_its_title(staff_client):
    category = CategoryFactory()
    staff_client.post(
        reverse("admin:news_article_add"),
        article_form(category, slug="", title_en="", title_zh_hans="长沙印制电路峰会"),
    )
    assert Article.objects.get().slug == "chang-sha-yin-zhi-dian-lu-feng-hui"


def test_article_list_has_the_editor_columns_and_tools(staff_client):
    ArticleFactory(title="Listed article")
    ArticleFactory(title="A draft", status=Status.DRAFT)
    page = Html(staff_client.get(reverse("admin:news_article_changelist")))
    columns = [
        next((c for c in th["class"] if c.startswith("column-")), "")
        for th in page.all("#result_list thead th")
    ]
    assert columns[1:] == ["column-title", "column-category", "column-publication", "column-author"]
    rows = {
        row.select_one(".field-title").get_text(): row for row in page.all("#result_list tbody tr")
    }
    assert rows["Listed article"].select_one(".badge--published")
    assert rows["A draft"].select_one(".badge--draft").get_text() == "Draft"
    assert page.has("#changelist-filter") and page.has("#searchbar")


def test_article_admin_search_finds_by_title(staff_client):
    ArticleFactory(title="Copper clad laminate prices")
    ArticleFactory(title="Something else")
    html = staff_client.get(reverse("admin:news_article_changelist"), {"q": "laminate"})
    assert "Copper clad laminate prices" in html.content.decode()
    assert "Something else" not in html.content.decode()


def test_bulk_publish_and_unpublish(staff_client, client, committed):
    drafts = ArticleFactory.create_batch(2, status=Status.DRAFT)
    url = reverse("admin:news_article_changelist")
    response = committed(
        staff_client.post,
        url,
        {"action": "publish_selected", "_selected_action": [a.pk for a in drafts]},
        follow=True,
    )
    assert "2 articles published." in response.content.decode()
    assert client.get(drafts[0].get_absolute_url()).status_code == 200
    committed(
        staff_client.post, url, {"action": "unpublish_selected", "_selected_action": [drafts[0].pk]}
    )
    assert client.get(drafts[0].get_absolute_url()).status_code == 404
    assert client.get(drafts[1].get_absolute_url()).status_code == 200


def test_view_on_site_links_to_the_article(staff_client):
    article = ArticleFactory()
    html = staff_client.get(reverse("admin:news_article_change", args=[article.pk])).content
    content_type = ContentType.objects.get_for_model(Article)
    view_on_site = reverse("admin:view_on_site", args=[content_type.pk, article.pk])
    assert view_on_site in html.decode()
    assert staff_client.get(view_on_site).url.endswith(article.get_absolute_url())


def test_publishing_an_old_draft_dates_it_now_but_keeps_a_future_time(staff_client):
    now = timezone.now()
    old_draft = ArticleFactory(status=Status.DRAFT, publish_at=now - datetime.timedelta(days=30))
    scheduled = ArticleFactory(status=Status.DRAFT, publish_at=now + datetime.timedelta(days=3))
    staff_client.post(
        reverse("admin:news_article_changelist"),
        {"action": "publish_selected", "_selected_action": [old_draft.pk, scheduled.pk]},
    )
    old_draft.refresh_from_db()
    scheduled.refresh_from_db()
    assert old_draft.publish_at >= now and old_draft.is_public
    assert scheduled.publish_at == now + datetime.timedelta(days=3)
    assert scheduled.is_scheduled


def test_the_second_of_two_editors_is_told_instead_of_overwriting_the_first(staff_client):
    """Before: editor A's new title was silently lost when B saved a new summary from a
    form opened before A saved."""
    from tests.html import Html

    article = ArticleFactory(title="Original title", summary="Original summary")
    url = reverse("admin:news_article_change", args=[article.pk])
    opened = Html(staff_client.get(url)).attr("input[name=opened_as]", "value")
    same = {"slug": article.slug, "summary_en": "Original summary", "opened_as": opened}
    first = article_form(article.category, **same | {"title_en": "A's new title"})
    assert staff_client.post(url, first).status_code == 302
    second = article_form(
        article.category, **same | {"title_en": "Original title", "summary_en": "B's summary"}
    )
    response = staff_client.post(url, second)
    assert response.status_code == 200
    page = Html(response)
    conflict = page.text(".errorlist.nonfield")
    assert "Someone else saved this article after you opened it" in conflict
    assert "B's summary" in page.text("textarea[name=summary_en]")  # nothing typed is lost
    article.refresh_from_db()
    assert (article.title_en, article.summary_en) == ("A's new title", "Original summary")
    # Opened again, B's form carries the new state and saves.
    reopened = Html(staff_client.get(url)).attr("input[name=opened_as]", "value")
    again = article_form(
        article.category,
        **same | {"title_en": "A's new title", "summary_en": "B's summary", "opened_as": reopened},
    )
    assert staff_client.post(url, again).status_code == 302


def test_article_slugs_used_by_the_news_section_are_refused_or_avoided(staff_client):
    category = CategoryFactory()
    response = staff_client.post(
        reverse("admin:news_article_add"), article_form(category, slug="feed")
    )
    assert response.status_code == 200
    assert "is used by the site itself" in response.content.decode()
    # A title that makes a reserved slug gets the next free one, and its page opens.
    response = staff_client.post(
        reverse("admin:news_article_add"), article_form(category, title_en="Feed", slug="")
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.slug == "feed-2"
