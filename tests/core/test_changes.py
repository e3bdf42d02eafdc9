"""The one write path: public content changes through save() and delete(), and each change
is announced once its transaction commits."""

import pytest
from django.db import transaction

from core.changes import DirectUpdateError, content_changed, public_content_models
from members.models import IndustrySegment, MemberCompany
from news.models import Article
from tests.factories import (
    ArticleFactory,
    IndustrySegmentFactory,
    MemberCompanyFactory,
    SiteSettingsFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard():
    calls = []

    def listener(sender, pk, action, **kwargs):
        calls.append((sender, pk, action))

    content_changed.connect(listener)
    yield calls
    content_changed.disconnect(listener)


def test_every_model_a_visitor_reads_is_public_content():
    labels = {model._meta.label for model in public_content_models()}
    assert labels == {
        "news.Article",
        "news.Category",
        "members.MemberCompany",
        "members.MembershipLevel",
        "members.IndustrySegment",
        "members.Region",
        "pages.Page",
        "pages.SiteSettings",
        "pages.ContactPhone",
        "images.Image",
    }


@pytest.mark.parametrize("model", public_content_models(), ids=lambda m: m._meta.label)
def test_public_content_refuses_queryset_update(model):
    field = next(f.name for f in model._meta.concrete_fields if not f.primary_key)
    with pytest.raises(DirectUpdateError, match=r"save\(\)"):
        model.objects.all().update(**{field: None})


def test_bulk_update_and_bulk_create_are_refused_too():
    article = ArticleFactory()
    article.summary = "Changed without save()"
    # (bulk_update fails inside a transaction of its own making; keep the test's usable.)
    with pytest.raises(DirectUpdateError), transaction.atomic():
        Article.objects.bulk_update([article], fields=["summary"])
    with pytest.raises(DirectUpdateError, match="bulk_create"), transaction.atomic():
        MemberCompany.objects.bulk_create([MemberCompany(name="Unannounced")])
    assert not MemberCompany.objects.filter(name="Unannounced").exists()


def test_a_save_is_announced_after_the_commit(heard, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory()
        assert heard == []  # not before the transaction commits
    assert (Article, article.pk, "saved") in heard


def test_a_rolled_back_change_is_never_announced(heard, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                ArticleFactory()
                raise RuntimeError("the request failed")
        except RuntimeError:
            pass
    assert [call for call in heard if call[0] is Article] == []


def test_deletes_and_links_are_announced(heard, django_capture_on_commit_callbacks):
    article = ArticleFactory()
    company = MemberCompanyFactory()
    with django_capture_on_commit_callbacks(execute=True):
        article.companies.add(company)
    assert (Article, article.pk, "saved") in heard
    assert (MemberCompany, company.pk, "saved") in heard  # its "in the news" list changed
    pk = article.pk
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert (Article, pk, "deleted") in heard


def test_a_failing_listener_is_logged_and_the_write_stands(
    django_capture_on_commit_callbacks, caplog
):
    def broken(sender, **kwargs):
        raise ValueError("listener bug")

    content_changed.connect(broken)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            site_settings = SiteSettingsFactory(site_name="Still saved")
    finally:
        content_changed.disconnect(broken)
    site_settings.refresh_from_db()
    assert site_settings.site_name == "Still saved"
    assert "listener" in caplog.text and "failed" in caplog.text


def test_deleting_a_row_announces_the_rows_it_was_linked_to(
    heard, django_capture_on_commit_callbacks
):
    """The links go with the row, without m2m_changed: the articles that named a deleted
    company, and the companies of a deleted segment, have changed all the same."""
    article = ArticleFactory()
    company = MemberCompanyFactory()
    segment = IndustrySegmentFactory()
    article.companies.add(company)
    company.segments.add(segment)
    heard.clear()
    with django_capture_on_commit_callbacks(execute=True):
        company.delete()
    assert (Article, article.pk, "saved") in heard
    assert (IndustrySegment, segment.pk, "saved") in heard
    other = MemberCompanyFactory()
    other.segments.add(segment)
    heard.clear()
    with django_capture_on_commit_callbacks(execute=True):
        segment.delete()
    assert (MemberCompany, other.pk, "saved") in heard


def test_clearing_links_announces_both_ends(heard, django_capture_on_commit_callbacks):
    article = ArticleFactory()
    company = MemberCompanyFactory()
    article.companies.add(company)
    heard.clear()
    with django_capture_on_commit_callbacks(execute=True):
        company.articles.clear()
    assert {(Article, article.pk, "saved"), (MemberCompany, company.pk, "saved")} <= set(heard)


def test_a_restore_with_loaddata_is_announced(heard, django_capture_on_commit_callbacks, tmp_path):
    from django.core import serializers
    from django.core.management import call_command

    article = ArticleFactory(title="Restored")
    backup = tmp_path / "backup.json"
    backup.write_text(serializers.serialize("json", [article]))
    heard.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("loaddata", str(backup), verbosity=0)
    assert (Article, article.pk, "saved") in heard
