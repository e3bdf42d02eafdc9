"""The admin as a whole: every page of every registered model opens, and every bulk action
on public content goes through the one write path (content_changed is announced)."""

import pytest
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from core.changes import PublicContent, content_changed
from core.publishing import Status
from tests import factories

pytestmark = pytest.mark.django_db

FACTORIES = {
    "news.article": factories.ArticleFactory,
    "news.category": factories.CategoryFactory,
    "members.membercompany": factories.MemberCompanyFactory,
    "members.membershiplevel": factories.MembershipLevelFactory,
    "members.industrysegment": factories.IndustrySegmentFactory,
    "members.region": factories.RegionFactory,
    "members.membershipapplication": factories.MembershipApplicationFactory,
    "contact.contactmessage": factories.ContactMessageFactory,
    "pages.page": factories.PageFactory,
    "pages.sitesettings": factories.SiteSettingsFactory,
    "images.image": factories.ImageFactory,
}
# What each action changes: its objects are made in the other state.
ACTION_STATES = {
    "publish_selected": {"status": Status.DRAFT},
    "unpublish_selected": {"status": Status.PUBLISHED},
    "make_active": {"is_active": False},
    "make_inactive": {"is_active": True},
    "delete_selected": {},
}


def registered(model_admin_filter=lambda model: True):
    return [
        pytest.param(model, model_admin, id=model._meta.label_lower)
        for model, model_admin in admin.site._registry.items()
        if model_admin_filter(model)
    ]


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def test_every_registered_model_has_a_factory_here():
    ours = {
        model._meta.label_lower
        for model in admin.site._registry
        if model._meta.app_label in {"news", "members", "contact", "pages", "images"}
    }
    assert ours == set(FACTORIES)


@pytest.mark.parametrize(
    ("model", "model_admin"),
    registered(lambda model: model._meta.label_lower in FACTORIES),
)
def test_every_admin_page_opens(staff_client, model, model_admin):
    obj = FACTORIES[model._meta.label_lower]()
    changelist = staff_client.get(admin_url(model, "changelist"), follow=True)
    assert changelist.status_code == 200
    change = staff_client.get(admin_url(model, "change", obj.pk))
    assert change.status_code == 200
    assert str(obj) in change.content.decode()
    assert change.content.decode().count('name="opened_as"') <= 1
    add = staff_client.get(admin_url(model, "add"))
    assert add.status_code == (200 if model_admin.has_add_permission(add.wsgi_request) else 403)


def public_content_actions():
    cases = []
    for model, model_admin in admin.site._registry.items():
        if not issubclass(model, PublicContent):
            continue
        for name in model_admin.get_action_choices(_superuser_request(), default_choices=[]):
            cases.append(pytest.param(model, name[0], id=f"{model._meta.label_lower}-{name[0]}"))
    return cases


def _superuser_request():
    from django.contrib.auth import get_user_model
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/")
    request.user = get_user_model()(is_superuser=True, is_staff=True, is_active=True)
    return request


@pytest.mark.parametrize(("model", "action"), public_content_actions())
def test_every_admin_action_on_public_content_announces_each_change(
    staff_client, django_capture_on_commit_callbacks, model, action
):
    assert action in ACTION_STATES, f"Say here what {action} changes, so it is tested"
    make = FACTORIES[model._meta.label_lower]
    objects = [make(**ACTION_STATES[action]) for _ in range(2)]
    heard = []

    def listener(sender, pk, action, **kwargs):
        heard.append((sender, pk, action))

    content_changed.connect(listener)
    try:
        data = {"action": action, ACTION_CHECKBOX_NAME: [obj.pk for obj in objects]}
        if action == "delete_selected":
            data["post"] = "yes"  # the confirmation page's answer
        with django_capture_on_commit_callbacks(execute=True):
            response = staff_client.post(admin_url(model, "changelist"), data)
    finally:
        content_changed.disconnect(listener)
    assert response.status_code == 302
    expected = "deleted" if action == "delete_selected" else "saved"
    assert {(model, obj.pk, expected) for obj in objects} <= set(heard)
