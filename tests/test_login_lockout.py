"""The admin login locks after repeated failures, per account and per address (django-axes),
says so in the editor's language, and a command lifts the lock."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from tests.html import Html

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)


def sign_in(client, username, password, address="10.0.0.1", language="en"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_the_right_password_is_refused_after_five_wrong_ones(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "editor", "wrong").status_code == 200  # the form, with an error
    locked = sign_in(client, "editor", "wrong")
    assert locked.status_code == 429
    assert "signing in is locked for an hour" in locked.content.decode()
    # From another address too: the account is locked.
    assert sign_in(client, "editor", PASSWORD, address="10.0.0.2").status_code == 429
    assert "_auth_user_id" not in client.session


def test_one_address_guessing_many_accounts_is_locked(client, editor, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess{n}", "wrong", address="10.0.0.9")
    assert sign_in(client, "editor", PASSWORD, address="10.0.0.9").status_code == 429
    assert sign_in(client, "editor", PASSWORD, address="10.0.0.3").status_code == 302


def test_the_lock_speaks_the_editors_language(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = sign_in(client, "editor", "wrong", language="zh-CN")
    assert response.status_code == 429
    page = Html(response)
    assert page.text("h1") == "登录已锁定"
    assert "已连续 5 次输入错误的密码" in page.text(".errornote")
    assert page.text("#site-name") == "协会网站管理后台"  # the admin's own header


def test_the_command_lifts_the_lock(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "wrong")
    call_command("axes_reset_username", "editor")
    call_command("axes_reset_ip", "10.0.0.1")
    assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_a_success_clears_the_failures(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "editor", "wrong")
    assert sign_in(client, "editor", PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "editor", "wrong")
    assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_the_counts_are_shared_by_every_server(settings):
    """They are rows in the database every server uses, not per-process memory."""
    assert settings.AXES_HANDLER == "axes.handlers.database.AxesDatabaseHandler"
