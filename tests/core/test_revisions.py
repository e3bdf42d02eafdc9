"""Revisions: every change kept with who and when, compared, restored; deleted items in a
trash that only a Site manager empties."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from reversion.models import Version

from core import revisions
from core.publishing import Status
from news.models import Article
from pages.models import ContactPhone, SiteSettings
from pages.roles import EDITOR, SITE_MANAGER
from tests.factories import ArticleFactory, ContactPhoneFactory, SiteSettingsFactory, edit
from tests.html import Html
from tests.news.test_admin import article_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a block as if its transaction committed (revisions are kept after commit)."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


def versions_of(obj) -> list[Version]:
    return list(Version.objects.get_for_object(obj))


def test_each_change_is_kept_with_who_and_when_and_a_no_op_is_not(
    staff_client, admin_user, committed
):
    with committed():
        article = ArticleFactory(title="First title")
    assert len(versions_of(article)) == 1
    url = reverse("admin:news_article_change", args=[article.pk])
    with committed():
        response = staff_client.post(url, article_form(article.category, title_en="Second title"))
    assert response.status_code == 302
    newest = versions_of(article)[0]
    assert newest.revision.user == admin_user
    assert newest.field_dict["title_en"] == "Second title"
    with committed():
        edit(Article.objects.get(pk=article.pk))  # saved, nothing changed
    assert len(versions_of(article)) == 2


def test_bulk_actions_and_commands_keep_versions_too(staff_client, committed):
    with committed():
        drafts = ArticleFactory.create_batch(2, status=Status.DRAFT)
    with committed():
        staff_client.post(
            reverse("admin:news_article_changelist"),
            {"action": "publish_selected", "_selected_action": [a.pk for a in drafts]},
        )
    for draft in drafts:
        assert versions_of(draft)[0].field_dict["status"] == Status.PUBLISHED
    with committed():
        call_command("load_demo", stdout=io.StringIO())
    demo = Article.objects.exclude(pk__in=[a.pk for a in drafts]).first()
    [version] = versions_of(demo)
    assert version.revision.user is None  # made by a command


def test_compare_shows_each_languages_change_as_readable_text(staff_client, committed):
    with committed():
        article = ArticleFactory(
            title_en="Board makers meet",
            body_zh_hans="<p>协会在长沙举办会议。</p>",
        )
    with committed():
        edit(
            article, title_en="Board makers meet again", body_zh_hans="<p>协会在株洲举办会议。</p>"
        )
    newer, older = versions_of(article)
    changes = {change.label: str(change.diff) for change in revisions.compare(older, newer)}
    assert changes["Title (English)"] == "Board makers meet<ins> again</ins>"
    assert changes["Body (Simplified Chinese)"] == "协会在<del>长沙</del><ins>株洲</ins>举办会议。"
    url = reverse("admin:news_article_compare", args=[article.pk])
    page = Html(staff_client.get(url, {"version": [older.pk, newer.pk]}))
    assert "Title (English)" in page.text("table.revision-diff")


def test_restoring_a_version_brings_it_back_and_is_itself_kept(staff_client, client, committed):
    with committed():
        article = ArticleFactory(title="The right title", slug="story")
    with committed():
        edit(article, title="A mistake")
    older = versions_of(article)[1]
    url = reverse("admin:news_article_restore", args=[article.pk, older.pk])
    confirm = Html(staff_client.get(url))
    assert "A mistake" in confirm.text("table.revision-diff")
    with committed():
        assert staff_client.post(url).status_code == 302
    assert Html(client.get("/en/news/story/")).text("h1") == "The right title"
    assert len(versions_of(article)) == 3  # the restore is a change like any other


def test_a_deleted_article_waits_in_the_trash_and_comes_back(staff_client, client, committed):
    with committed():
        article = ArticleFactory(title="Deleted by mistake", slug="oops")
    pk = article.pk
    with committed():
        staff_client.post(reverse("admin:news_article_delete", args=[pk]), {"post": "yes"})
    assert client.get("/en/news/oops/").status_code == 404
    trash = Html(staff_client.get(reverse("admin:news_article_trash")))
    assert "Deleted by mistake" in trash.text("#trash-list")
    [version] = revisions.trash(Article)
    with committed():
        staff_client.post(reverse("admin:news_article_restore_deleted", args=[version.pk]))
    assert Article.objects.get(pk=pk).slug == "oops"
    assert Html(client.get("/en/news/oops/")).text("h1") == "Deleted by mistake"
    assert revisions.trash(Article) == []


def test_a_restored_article_whose_slug_was_taken_gets_a_new_one(committed):
    with committed():
        article = ArticleFactory(slug="annual-meeting")
    with committed():
        article.delete()
    with committed():
        ArticleFactory(slug="annual-meeting")
    restored = revisions.restore(revisions.trash(Article)[0])
    assert restored.slug == "annual-meeting-2"


def test_only_a_site_manager_empties_the_trash(client, django_user_model, committed):
    with committed():
        article = ArticleFactory()
    with committed():
        article.delete()
    editor = django_user_model.objects.create_user("editor", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITOR))
    client.force_login(editor)
    page = Html(client.get(reverse("admin:news_article_trash")))
    assert page.has("#trash-list input[type=submit]")  # may restore
    assert client.post(reverse("admin:news_article_empty_trash")).status_code == 403
    manager = django_user_model.objects.create_user("manager", is_staff=True)
    manager.groups.add(Group.objects.get(name=SITE_MANAGER))
    client.force_login(manager)
    assert client.post(reverse("admin:news_article_empty_trash")).status_code == 302
    assert revisions.trash(Article) == []


def test_site_settings_revisions_keep_the_phone_numbers(committed):
    with committed():
        site_settings = SiteSettingsFactory()
        ContactPhoneFactory(settings=site_settings, number="+86 1")
        edit(site_settings, working_hours="9 to 5")
    kept = versions_of(site_settings)[0]
    with committed():
        ContactPhone.objects.all().delete()
        edit(site_settings, working_hours="By appointment")
    revisions.restore(kept)
    assert SiteSettings.load().working_hours == "9 to 5"
    assert list(ContactPhone.objects.values_list("number", flat=True)) == ["+86 1"]


def test_restoring_when_what_it_named_is_gone(staff_client, committed):
    """Before: restoring an article whose category (or picture) had been deleted since was
    a 500. An optional link that is gone is emptied; a required one stops the restore with
    a message saying what is missing."""
    from images.models import Image
    from tests.factories import CategoryFactory, ImageFactory, MemberCompanyFactory

    picture, company = ImageFactory(), MemberCompanyFactory()
    with committed():
        article = ArticleFactory(title="Kept", image=picture)
        article.companies.add(company)
    with committed():
        article.delete()
    with committed():
        Image.objects.filter(pk=picture.pk).delete()
        company.delete()
    restored = revisions.restore(revisions.trash(Article)[0])
    assert restored.image is None and list(restored.companies.all()) == []

    category = CategoryFactory()
    with committed():
        second = ArticleFactory(title="Lost category", category=category)
    with committed():
        second.delete()
        category.delete()
    [version] = revisions.trash(Article)
    response = staff_client.post(
        reverse("admin:news_article_restore_deleted", args=[version.pk]), follow=True
    )
    assert "its category no longer exists" in Html(response).text(".messagelist")
    assert not Article.objects.filter(title="Lost category").exists()


def test_saving_unchanged_in_the_chinese_admin_keeps_no_new_version(staff_client, committed):
    """The untranslated column of a translated field follows the saver's language: it is
    not what tells a change."""
    from django.utils import translation

    with committed():
        article = ArticleFactory(title_en="English", title_zh_hans="中文")
    with committed(), translation.override("zh-hans"):
        Article.objects.get(pk=article.pk).save()
    assert len(versions_of(article)) == 1


def test_a_comparison_reads_like_the_text(committed):
    with committed():
        article = ArticleFactory(body_en="<p>Tom &amp; Jerry&nbsp;met.</p>")
    with committed():
        edit(article, body_en="<p>Tom &amp; Jerry met again.</p>")
    newer, older = versions_of(article)
    [change] = revisions.compare(older, newer)
    assert str(change.diff) == "Tom &amp; Jerry met<ins> again</ins>."
