"""The editor's publishing buttons, the preview, and what the form and the list say."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from core.publishing import Status
from news.models import Article
from tests.factories import ArticleFactory, CategoryFactory, PageFactory
from tests.html import Html
from tests.news.test_admin import article_form

pytestmark = pytest.mark.django_db


def test_save_draft_schedule_publish_and_unpublish(staff_client, client):
    category = CategoryFactory()
    form = article_form(category)
    del form["_publish_now"]
    add = reverse("admin:news_article_add")
    response = staff_client.post(add, {**form, "_save_draft": "1"})
    article = Article.objects.get()
    assert response.url == reverse("admin:news_article_change", args=[article.pk])  # stays open
    assert article.status == Status.DRAFT
    assert client.get(article.get_absolute_url()).status_code == 404

    url = reverse("admin:news_article_change", args=[article.pk])
    later = timezone.localtime() + datetime.timedelta(days=2)
    scheduled = {
        **form,
        "slug": article.slug,
        "publish_at_0": later.strftime("%Y-%m-%d"),
        "publish_at_1": later.strftime("%H:%M:%S"),
        "_schedule": "1",
    }
    assert staff_client.post(url, scheduled).status_code == 302
    article.refresh_from_db()
    assert article.is_scheduled
    listing = Html(staff_client.get(reverse("admin:news_article_changelist")))
    assert listing.text("td.field-publication .badge--scheduled").startswith("Scheduled for")

    assert (
        staff_client.post(url, {**form, "slug": article.slug, "_publish_now": "1"}).status_code
        == 302
    )
    article.refresh_from_db()
    assert article.is_public
    assert client.get(article.get_absolute_url()).status_code == 200

    assert (
        staff_client.post(url, {**form, "slug": article.slug, "_unpublish": "1"}).status_code == 302
    )
    article.refresh_from_db()
    assert article.status == Status.DRAFT


def test_scheduling_in_the_past_is_refused_with_a_clear_message(staff_client):
    form = article_form(CategoryFactory())
    del form["_publish_now"]
    earlier = timezone.localtime() - datetime.timedelta(hours=1)
    form |= {
        "publish_at_0": earlier.strftime("%Y-%m-%d"),
        "publish_at_1": earlier.strftime("%H:%M:%S"),
    }
    response = staff_client.post(reverse("admin:news_article_add"), {**form, "_schedule": "1"})
    assert response.status_code == 200
    assert "choose a time in the future" in Html(response).text(".field-publish_at .errorlist")
    assert not Article.objects.exists()


def test_the_form_offers_the_buttons_that_fit_the_state(staff_client):
    draft = ArticleFactory(status=Status.DRAFT)
    page = Html(staff_client.get(reverse("admin:news_article_change", args=[draft.pk])))
    names = {button["name"] for button in page.all(".publishing-row input[type=submit]")}
    assert names == {"_save_draft", "_publish_now", "_schedule"}
    assert page.text(".publishing-state").startswith("Draft")
    published = ArticleFactory()
    page = Html(staff_client.get(reverse("admin:news_article_change", args=[published.pk])))
    names = {button["name"] for button in page.all(".publishing-row input[type=submit]")}
    assert names == {"_continue", "_unpublish"}
    previews = page.all(".publishing-row button.preview-button")
    assert [b.get_text() for b in previews] == ["Preview in English", "Preview in 中文"]
    assert all(b["formtarget"] == "_blank" for b in previews)


def test_preview_shows_unsaved_changes_as_visitors_will_see_them(staff_client):
    article = ArticleFactory(title_en="Saved title", title_zh_hans="已保存的标题", slug="story")
    url = reverse("admin:news_article_preview", args=[article.pk])
    form = article_form(
        article.category,
        slug="story",
        title_en="Unsaved title",
        title_zh_hans="尚未保存的标题",
        body_zh_hans="<p>新的正文。</p><script>alert(1)</script>",
    )
    response = staff_client.post(url + "?language=zh-hans", form)
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    page = Html(response)
    assert page.attr("html", "lang") == "zh-hans"
    assert page.text("h1") == "尚未保存的标题"
    assert "新的正文。" in page.text("div.prose")
    assert not page.all("div.prose script")
    assert page.has(".preview-banner")
    assert Html(staff_client.post(url + "?language=en", form)).text("h1") == "Unsaved title"
    article.refresh_from_db()
    assert article.title_en == "Saved title"  # nothing saved


def test_a_new_article_and_a_page_can_be_previewed_too(staff_client):
    form = article_form(CategoryFactory(), title_en="Not saved yet")
    response = staff_client.post(reverse("admin:news_article_preview", args=["add"]), form)
    assert Html(response).text("h1") == "Not saved yet"
    assert not Article.objects.exists()
    page = PageFactory(title_en="About us")
    url = reverse("admin:pages_page_preview", args=[page.pk])
    data = {"title_en": "About the association", "slug": page.slug, "kind": "standard", "order": 0}
    data |= {"publish_at_0": "2026-01-01", "publish_at_1": "00:00:00"}
    assert Html(staff_client.post(url, data)).text("h1") == "About the association"


def test_only_those_who_may_edit_an_item_preview_it(client, django_user_model):
    article = ArticleFactory()
    url = reverse("admin:news_article_preview", args=[article.pk])
    form = article_form(article.category, slug=article.slug)
    assert client.post(url, form).status_code == 302  # visitors: to the login page
    viewer = django_user_model.objects.create_user("viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(viewer)
    assert client.post(url, form).status_code == 403


def test_the_form_says_what_is_missing_in_which_language(staff_client):
    article = ArticleFactory(title_zh_hans="", summary_zh_hans="", body_zh_hans="<p>正文</p>")
    page = Html(staff_client.get(reverse("admin:news_article_change", args=[article.pk])))
    [missing] = page.all(".missing-translations li")
    assert missing.strong.get_text() == "中文"
    assert missing.get_text().endswith(": Title, Summary")


def test_a_plain_save_never_publishes_or_hides_by_moving_the_time(staff_client):
    """Before: on a scheduled article, a time in the past and Save changes published it at
    once, backdated; on a published one, a future time took it off the site."""
    scheduled = ArticleFactory(publish_at=timezone.now() + datetime.timedelta(days=1))
    published = ArticleFactory()
    earlier = timezone.localtime() - datetime.timedelta(days=1)
    later = timezone.localtime() + datetime.timedelta(days=1)
    for article, when, words in (
        (scheduled, earlier, "saving would put it on the site now"),
        (published, later, "a later time would take it off until then"),
    ):
        form = article_form(article.category, slug=article.slug, _continue="Save changes")
        del form["_publish_now"]
        form |= {
            "publish_at_0": when.strftime("%Y-%m-%d"),
            "publish_at_1": when.strftime("%H:%M:%S"),
        }
        response = staff_client.post(reverse("admin:news_article_change", args=[article.pk]), form)
        assert response.status_code == 200
        assert words in Html(response).text(".field-publish_at .errorlist")
    assert Article.objects.get(pk=scheduled.pk).is_scheduled
    assert Article.objects.get(pk=published.pk).is_public
