"""Who sees what is not yet public, and who may upload: decided by model permissions, not by
the staff flag. A staff member who only answers the inbox is staff, and sees only the inbox."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from core.publishing import Status
from tests.conftest import make_image
from tests.factories import ArticleFactory, MemberCompanyFactory, PageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_with(client, django_user_model):
    """A logged-in client for a staff user holding exactly the given permissions."""

    def login(*codenames: str):
        user = django_user_model.objects.create_user(
            f"staff-{len(codenames)}-{'-'.join(codenames)}"[:150], is_staff=True
        )
        user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
        client.force_login(user)
        return client

    return login


@pytest.fixture
def hidden_items():
    return {
        "draft article": ArticleFactory(status=Status.DRAFT).get_absolute_url(),
        "scheduled article": ArticleFactory(
            publish_at=timezone.now() + datetime.timedelta(days=1)
        ).get_absolute_url(),
        "draft page": PageFactory(status=Status.DRAFT).get_absolute_url(),
        "inactive member": MemberCompanyFactory(is_active=False).get_absolute_url(),
    }


def test_inbox_staff_see_nothing_unpublished_and_cannot_upload(staff_with, hidden_items):
    client = staff_with("view_contactmessage", "change_contactmessage")
    for name, url in hidden_items.items():
        assert client.get(url).status_code == 404, name
    response = client.post(reverse("richtext_image_upload"), {"upload": make_image()})
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("permission", "visible"),
    [
        ("change_article", {"draft article", "scheduled article"}),
        ("change_page", {"draft page"}),
        ("change_membercompany", {"inactive member"}),
    ],
)
def test_editors_of_a_kind_preview_its_hidden_items_only(
    staff_with, hidden_items, permission, visible
):
    client = staff_with(permission)
    for name, url in hidden_items.items():
        assert client.get(url).status_code == (200 if name in visible else 404), name


@pytest.mark.parametrize("permission", ["add_article", "change_page", "change_membercompany"])
def test_those_who_edit_rich_text_may_upload_images(staff_with, permission):
    client = staff_with(permission)
    response = client.post(reverse("richtext_image_upload"), {"upload": make_image()})
    assert response.status_code == 200
    assert response.json()["url"].endswith(".png")


def test_editors_without_change_rights_cannot_run_publishing_actions(staff_with):
    client = staff_with("view_article")
    draft = ArticleFactory(status=Status.DRAFT)
    response = client.get(reverse("admin:news_article_changelist"))
    assert response.status_code == 200
    assert "publish_selected" not in response.content.decode()
    client.post(
        reverse("admin:news_article_changelist"),
        {"action": "publish_selected", "_selected_action": [draft.pk]},
    )
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
