"""The one write path: public content changes through save() and delete(), and each change
is announced once its transaction commits."""

import pytest
from django.db import transaction

from core.changes import DirectUpdateError, content_changed, public_content_models
from members.models import MemberCompany
from news.models import Article
from tests.factories import ArticleFactory, MemberCompanyFactory, SiteSettingsFactory

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
    }


@pytest.mark.parametrize("model", public_content_models(), ids=lambda m: m._meta.label)
def test_public_content_refuses_queryset_update(model):
    field = next(f.name for f in model._meta.concrete_fields if not f.primary_key)
    with pytest.raises(DirectUpdateError, match=r"save\(\)"):
        model.objects.all().update(**{field: None})


def test_bulk_update_is_refused_too():
    article = ArticleFactory()
    article.summary = "Changed without save()"
    with pytest.raises(DirectUpdateError):
        Article.objects.bulk_update([article], fields=["summary"])


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
