"""The Editor and Site manager roles: what each can and cannot reach."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from core.publishing import Status
from pages.roles import EDITOR, SITE_MANAGER, sync_roles
from tests.conftest import make_image
from tests.factories import ArticleFactory, PageFactory, SiteSettingsFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_of(client, django_user_model):
    def login(role: str):
        user = django_user_model.objects.create_user(role.lower().replace(" ", "-"), is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
        return client, user

    return login


def test_migrate_makes_both_roles_and_syncing_again_changes_nothing():
    assert set(Group.objects.values_list("name", flat=True)) >= {EDITOR, SITE_MANAGER}
    editor = set(Group.objects.get(name=EDITOR).permissions.values_list("codename", flat=True))
    assert sync_roles() == sync_roles()
    again = set(Group.objects.get(name=EDITOR).permissions.values_list("codename", flat=True))
    assert again == editor
    assert {"change_article", "add_page", "change_contactmessage"} <= editor
    assert not {"change_sitesettings", "change_user", "add_group"} & editor


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:news_article_changelist",
        "admin:news_article_add",
        "admin:pages_page_add",
        "admin:members_membercompany_changelist",
        "admin:members_membershipapplication_changelist",
        "admin:contact_contactmessage_changelist",
        "admin:images_image_changelist",
        "admin:images_image_add",
        "translation_status",
    ],
)
def test_an_editor_reaches_the_content(member_of, url_name):
    client, _user = member_of(EDITOR)
    assert client.get(reverse(url_name)).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        reverse("admin:pages_sitesettings_change", args=[1]),
        reverse("admin:auth_user_changelist"),
        reverse("admin:auth_group_changelist"),
    ],
)
def test_an_editor_cannot_open_settings_users_or_roles(member_of, url):
    SiteSettingsFactory()
    client, _user = member_of(EDITOR)
    assert client.get(url).status_code == 403


def test_an_editor_previews_drafts_and_uploads_images(member_of):
    client, _user = member_of(EDITOR)
    article = ArticleFactory(status=Status.DRAFT, title="Draft for the editor")
    page = PageFactory(status=Status.DRAFT, title="Draft page")
    assert "Draft for the editor" in client.get(article.get_absolute_url()).content.decode()
    assert "Draft page" in client.get(page.get_absolute_url()).content.decode()
    response = client.post(reverse("richtext_image_upload"), {"upload": make_image()})
    assert response.status_code == 200 and "url" in response.json()


def test_a_site_manager_runs_settings_and_users(member_of):
    SiteSettingsFactory()
    client, _user = member_of(SITE_MANAGER)
    assert client.get(reverse("admin:pages_sitesettings_change", args=[1])).status_code == 200
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 200
    assert client.get(reverse("admin:news_article_add")).status_code == 200


def test_a_site_manager_cannot_become_or_touch_a_superuser(member_of, admin_user):
    client, manager = member_of(SITE_MANAGER)
    url = reverse("admin:auth_user_change", args=[manager.pk])
    form = client.get(url)
    assert form.status_code == 200
    assert 'name="is_superuser"' not in form.content.decode()
    client.post(
        url,
        {
            "username": manager.username,
            "is_active": "on",
            "is_staff": "on",
            "is_superuser": "on",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "00:00:00",
        },
    )
    manager.refresh_from_db()
    assert not manager.is_superuser
    superuser_url = reverse("admin:auth_user_change", args=[admin_user.pk])
    response = client.post(superuser_url, {"username": "taken-over", "is_active": "on"})
    assert response.status_code == 403
    password = reverse("admin:auth_user_password_change", args=[admin_user.pk])
    assert client.get(password).status_code == 403
    admin_user.refresh_from_db()
    assert admin_user.username == "admin"
