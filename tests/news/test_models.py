import datetime
from unittest import mock

import pytest
from django.utils import timezone

from core.publishing import Status
from news.models import Article
from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def test_published_excludes_drafts_and_future_articles():
    public = ArticleFactory()
    ArticleFactory(status=Status.DRAFT)
    ArticleFactory(publish_at=timezone.now() + datetime.timedelta(hours=1))
    assert list(Article.objects.published()) == [public]


def test_scheduled_article_becomes_public_when_its_time_comes():
    start = timezone.now()
    article = ArticleFactory(publish_at=start + datetime.timedelta(hours=1))
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert article.is_scheduled
    # No cron job and no write: the clock moving past publish_at is all it takes.
    with mock.patch("django.utils.timezone.now", return_value=start + datetime.timedelta(hours=2)):
        assert Article.objects.published().filter(pk=article.pk).exists()
        assert article.is_public


def test_visible_to_lets_article_editors_preview_drafts(admin_user, django_user_model):
    from django.contrib.auth.models import AnonymousUser, Permission

    draft = ArticleFactory(status=Status.DRAFT)
    editor = django_user_model.objects.create_user("editor", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="change_article"))
    inbox_staff = django_user_model.objects.create_user("inbox", is_staff=True)
    assert draft in Article.objects.visible_to(admin_user)
    assert draft in Article.objects.visible_to(editor)
    assert draft not in Article.objects.visible_to(inbox_staff)
    assert draft not in Article.objects.visible_to(AnonymousUser())


def test_slug_is_made_from_an_english_title():
    article = ArticleFactory(title="Jensen Huang Visits Beijing", slug="")
    assert article.slug == "jensen-huang-visits-beijing"


def test_slug_of_a_chinese_title_is_readable_pinyin():
    article = ArticleFactory(title="黄仁勋访问北京", slug="")
    assert article.slug == "huang-ren-xun-fang-wen-bei-jing"


def test_slug_is_unique_and_stable():
    first = ArticleFactory(title="Same title", slug="")
    second = ArticleFactory(title="Same title", slug="")
    assert (first.slug, second.slug) == ("same-title", "same-title-2")
    first.title = "A new title"
    first.save()
    assert first.slug == "same-title"


def test_slug_falls_back_when_the_title_has_no_letters():
    assert ArticleFactory(title="!!!", slug="").slug == "article"


def test_neighbours_stay_within_the_category_and_skip_hidden_articles():
    category = CategoryFactory()
    base = timezone.now() - datetime.timedelta(days=10)
    older = ArticleFactory(category=category, publish_at=base)
    ArticleFactory(
        category=category, publish_at=base + datetime.timedelta(days=1), status=Status.DRAFT
    )
    middle = ArticleFactory(category=category, publish_at=base + datetime.timedelta(days=2))
    ArticleFactory(publish_at=base + datetime.timedelta(days=3))  # another category
    newer = ArticleFactory(category=category, publish_at=base + datetime.timedelta(days=4))
    assert middle.get_older_in_category() == older
    assert middle.get_newer_in_category() == newer
    assert older.get_older_in_category() is None
    assert newer.get_newer_in_category() is None


def test_neighbours_of_articles_published_at_the_same_moment():
    category = CategoryFactory()
    moment = timezone.now() - datetime.timedelta(days=1)
    a, b, c = (ArticleFactory(category=category, publish_at=moment) for _ in range(3))
    assert b.get_older_in_category() == a
    assert b.get_newer_in_category() == c


def test_related_articles_are_public_and_from_the_same_category():
    article = ArticleFactory()
    same = ArticleFactory(category=article.category)
    ArticleFactory(category=article.category, status=Status.DRAFT)
    ArticleFactory()
    assert article.get_related() == [same.pk]


def test_latest_in_each_category_takes_the_newest_few_of_each_in_one_query(
    django_assert_num_queries,
):
    first, second = CategoryFactory(), CategoryFactory()
    first_articles = ArticleFactory.create_batch(4, category=first)
    second_articles = ArticleFactory.create_batch(2, category=second)
    ArticleFactory(category=first, status=Status.DRAFT)  # never counted, even when newest
    with django_assert_num_queries(1):
        rows = list(Article.objects.published().latest_in_each_category(3, [first, second]))
    by_category = {}
    for article in rows:
        by_category.setdefault(article.category_id, set()).add(article.pk)
    assert by_category == {
        first.pk: {article.pk for article in first_articles[1:]},
        second.pk: {article.pk for article in second_articles},
    }


def test_neighbours_come_in_one_query(django_assert_num_queries):
    older = ArticleFactory()
    middle = ArticleFactory(category=older.category, publish_at=older.publish_at)
    newer = ArticleFactory(category=older.category)
    ArticleFactory(category=older.category, status=Status.DRAFT)
    with django_assert_num_queries(1):
        assert middle.get_neighbours() == (newer, older)
    assert older.get_neighbours() == (middle, None)
    assert newer.get_neighbours() == (None, middle)
