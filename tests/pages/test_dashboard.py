"""The admin's home page shows what waits, within what each person may see."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from core import revisions
from core.publishing import Status
from pages.roles import EDITOR
from tests.factories import (
    ArticleFactory,
    ContactMessageFactory,
    MembershipApplicationFactory,
    PageFactory,
    edit,
)
from tests.html import Html

pytestmark = pytest.mark.django_db


def test_the_home_page_lists_what_waits(
    staff_client, django_user_model, django_capture_on_commit_callbacks
):
    ContactMessageFactory.create_batch(3, is_read=False)
    ContactMessageFactory(is_read=True)
    MembershipApplicationFactory(company_name="Waiting Co")
    ArticleFactory(title="A draft story", status=Status.DRAFT)
    PageFactory(title="A scheduled page", publish_at=timezone.now() + datetime.timedelta(days=1))
    ArticleFactory(title_en="Needs Chinese", title_zh_hans="")
    colleague = django_user_model.objects.create_user("colleague")
    with django_capture_on_commit_callbacks(execute=True), revisions.acting_as(colleague):
        edit(ArticleFactory(title="Edited by a colleague"), summary="New summary")
    page = Html(staff_client.get(reverse("admin:index")))
    dashboard = page.one(".dashboard")
    assert "3 unread messages" in page.text("#dash-messages")
    assert "1 application to decide" in page.text("#dash-applications")
    assert "Waiting Co" in dashboard.get_text()
    publishing = Html(str(dashboard)).text("#dash-publishing + ul")
    assert "A draft story" in publishing and "A scheduled page" in publishing
    assert "Scheduled for" in publishing
    assert "lack a translation" in dashboard.get_text()
    changes = Html(str(dashboard)).text("#dash-changes + ul")
    assert "Edited by a colleague" in changes and "colleague" in changes


def test_an_editor_sees_only_what_they_may(client, django_user_model):
    ContactMessageFactory(is_read=False)
    user = django_user_model.objects.create_user("inbox-only", is_staff=True)
    client.force_login(user)
    page = Html(client.get(reverse("admin:index")))
    assert not page.has("#dash-messages") and not page.has("#dash-applications")
    editor = django_user_model.objects.create_user("editor", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITOR))
    client.force_login(editor)
    page = Html(client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="zh-CN"))
    assert page.text("#dash-messages") == "1 条未读留言"
