"""Membership applications: the public form, staff email, approval and rejection."""

import pytest
from django.core import mail
from django.urls import reverse

from members.models import (
    ApplicationDecision,
    IndustrySegment,
    MemberCompany,
    MembershipApplication,
    MembershipLevel,
    Region,
)
from tests.factories import SiteSettingsFactory, edit
from tests.html import Html

pytestmark = pytest.mark.django_db


@pytest.fixture
def choices():
    SiteSettingsFactory(email="office@example.org", notify_email="")
    return {
        "level": MembershipLevel.objects.create(
            slug="council", name_en="Council Member", name_zh_hans="理事单位"
        ),
        "segment": IndustrySegment.objects.create(
            slug="pcb", name_en="PCB Manufacturing", name_zh_hans="印制电路板制造"
        ),
        "region": Region.objects.create(slug="hunan", name_en="Hunan", name_zh_hans="湖南"),
    }


def application_data(choices, **changes):
    data = {
        "company_name_zh_hans": "湘江新材料有限公司",
        "company_name_en": "Xiangjiang New Materials Co., Ltd",
        "website": "xiangjiang.example.com",
        "region": str(choices["region"].pk),
        "city": "株洲",
        "address": "株洲市天元区",
        "founded_year": "2012",
        "segments": [str(choices["segment"].pk)],
        "requested_level": str(choices["level"].pk),
        "about": "生产覆铜板。",
        "contact_name": "王经理",
        "contact_email": "wang@xiangjiang.example.com",
        "contact_phone": "+86 731 1234 5678",
        "message": "希望加入协会。",
        "referral_code": "",
    }
    data.update(changes)
    return data


def apply(client, choices, **changes):
    return client.post("/zh-hans/members/join/", application_data(choices, **changes))


def test_application_is_stored_and_staff_are_emailed(client, choices):
    response = apply(client, choices)
    assert response.status_code == 302
    assert response.url == "/zh-hans/members/join/thanks/"
    application = MembershipApplication.objects.get()
    assert application.status == MembershipApplication.Status.PENDING
    assert application.language == "zh-hans"
    assert application.website == "https://xiangjiang.example.com"
    assert list(application.segments.all()) == [choices["segment"]]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["office@example.org"]
    assert "湘江新材料有限公司" in mail.outbox[0].subject
    assert "wang@xiangjiang.example.com" in mail.outbox[0].body
    thanks = client.get(response.url)
    assert thanks.status_code == 200


def test_notification_goes_to_the_notification_address_when_set(client, choices):
    from pages.models import SiteSettings

    edit(SiteSettings.load(), notify_email="members@example.org")
    apply(client, choices)
    assert mail.outbox[0].to == ["members@example.org"]


def test_application_needs_a_company_name_in_some_language(client, choices):
    response = apply(client, choices, company_name_zh_hans="", company_name_en="")
    assert response.status_code == 400
    assert "Fill this in at least one language." in (
        client.post(
            "/en/members/join/",
            application_data(choices, company_name_zh_hans="", company_name_en=""),
        ).content.decode()
    )
    assert not MembershipApplication.objects.exists()


def test_invalid_application_keeps_what_was_typed(client, choices):
    response = client.post("/en/members/join/", application_data(choices, contact_email="nope"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter a valid email address." in html
    assert 'value="湘江新材料有限公司"' in html
    assert 'aria-invalid="true"' in html


def test_application_honeypot_stores_nothing(client, choices):
    response = apply(client, choices, referral_code="http://spam.example")
    assert response.status_code == 302
    assert not MembershipApplication.objects.exists()
    assert mail.outbox == []


def test_approval_creates_the_member_company_without_retyping(
    client, staff_client, admin_user, choices
):
    apply(client, choices)
    application = MembershipApplication.objects.get()
    url = reverse("admin:members_membershipapplication_change", args=[application.pk])
    page = staff_client.get(url).content.decode()
    assert 'name="_approve"' in page and 'name="_reject"' in page
    response = staff_client.post(url, {"_approve": "1", "decision_note": "Council agreed."})
    assert response.status_code == 302

    member = MemberCompany.objects.get()
    assert member.name_zh_hans == "湘江新材料有限公司"
    assert member.name_en == "Xiangjiang New Materials Co., Ltd"
    assert member.city_zh_hans == "株洲" and member.short_description_zh_hans == "生产覆铜板。"
    assert member.level == choices["level"] and member.region == choices["region"]
    assert list(member.segments.all()) == [choices["segment"]]
    assert member.email == "wang@xiangjiang.example.com"
    assert member.is_active and member.slug

    application.refresh_from_db()
    assert application.status == MembershipApplication.Status.APPROVED
    assert application.member == member
    decision = ApplicationDecision.objects.get()
    assert (decision.status, decision.note, decision.decided_by) == (
        "approved",
        "Council agreed.",
        admin_user,
    )
    # the new member is in the public directory at once
    directory = client.get("/en/members/", {"q": "Xiangjiang"})
    assert list(directory.context["member_list"]) == [member.pk]


def test_approving_twice_creates_one_company(staff_client, client, choices):
    apply(client, choices)
    application = MembershipApplication.objects.get()
    url = reverse("admin:members_membershipapplication_change", args=[application.pk])
    staff_client.post(url, {"_approve": "1"})
    response = staff_client.post(url, {"_approve": "1"}, follow=True)
    assert "already been decided" in response.content.decode()
    assert MemberCompany.objects.count() == 1
    assert ApplicationDecision.objects.count() == 1


def test_rejection_is_recorded_with_its_note(staff_client, client, choices):
    apply(client, choices)
    application = MembershipApplication.objects.get()
    url = reverse("admin:members_membershipapplication_change", args=[application.pk])
    staff_client.post(url, {"_reject": "1", "decision_note": "Outside our province."})
    application.refresh_from_db()
    assert application.status == MembershipApplication.Status.REJECTED
    assert not MemberCompany.objects.exists()
    assert ApplicationDecision.objects.get().note == "Outside our province."
    # a rejected application can still be approved later; both decisions are kept
    staff_client.post(url, {"_approve": "1", "decision_note": "Reconsidered."})
    assert [d.status for d in application.decisions.all()] == ["rejected", "approved"]
    assert MemberCompany.objects.count() == 1


def test_application_admin_list_filters_by_status(staff_client, client, choices):
    apply(client, choices)
    url = reverse("admin:members_membershipapplication_changelist")
    html = staff_client.get(url, {"status__exact": "pending"}).content.decode()
    assert "Xiangjiang New Materials Co., Ltd" in html  # the English admin's language
    html = staff_client.get(url, {"status__exact": "approved"}).content.decode()
    assert "Xiangjiang New Materials" not in html


def test_application_form_is_rate_limited_per_address(client, choices):
    for _ in range(3):
        assert apply(client, choices).status_code == 302
    response = apply(client, choices, company_name_en="Fourth Co")
    assert response.status_code == 429
    assert 'value="Fourth Co"' in response.content.decode()
    assert MembershipApplication.objects.count() == 3


def test_applications_cannot_be_deleted(staff_client, client, choices):
    apply(client, choices)
    application = MembershipApplication.objects.get()
    url = reverse("admin:members_membershipapplication_delete", args=[application.pk])
    assert staff_client.get(url).status_code == 403


def test_a_company_name_of_invisible_characters_is_no_name(client, choices):
    """Before, a name made only of zero-width spaces was accepted and became a member
    company with an invisible name."""
    response = apply(client, choices, company_name_zh_hans="\u200b\u200c\u200d", company_name_en="")
    assert response.status_code == 400
    assert "只有不可见字符" in response.content.decode()  # the Chinese form's own language
    assert not MembershipApplication.objects.exists()


def test_the_form_asks_for_the_name_in_the_pages_language_first(client):
    chinese = Html(client.get("/zh-hans/members/join/"))
    english = Html(client.get("/en/members/join/"))
    first = "form input[type=text]"
    assert chinese.attr(first, "name") == "company_name_zh_hans"
    assert english.attr(first, "name") == "company_name_en"


@pytest.fixture
def staff_with(client, django_user_model):
    def login(*codenames: str):
        from django.contrib.auth.models import Permission

        user = django_user_model.objects.create_user("-".join(codenames), is_staff=True)
        user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
        client.force_login(user)
        return client

    return login


def test_staff_who_may_only_view_applications_cannot_decide(client, choices, staff_with):
    apply(client, choices)
    application = MembershipApplication.objects.get()
    viewer = staff_with("view_membershipapplication")
    url = reverse("admin:members_membershipapplication_change", args=[application.pk])
    assert not Html(viewer.get(url)).has("input[name=_reject], input[name=_approve]")
    changelist = reverse("admin:members_membershipapplication_changelist")
    viewer.post(changelist, {"action": "reject_selected", "_selected_action": [application.pk]})
    assert viewer.post(url, {"_reject": "1"}).status_code == 403
    application.refresh_from_db()
    assert application.status == MembershipApplication.Status.PENDING
    assert not ApplicationDecision.objects.exists()


def test_approving_needs_the_right_to_add_member_companies(client, choices, staff_with):
    apply(client, choices)
    application = MembershipApplication.objects.get()
    clerk = staff_with("view_membershipapplication", "change_membershipapplication")
    url = reverse("admin:members_membershipapplication_change", args=[application.pk])
    page = Html(clerk.get(url))
    assert page.has("input[name=_reject]") and not page.has("input[name=_approve]")
    assert clerk.post(url, {"_approve": "1"}).status_code == 403
    assert not MemberCompany.objects.exists()


def test_a_decision_note_is_normalised_and_a_nul_is_refused(client, choices, staff_client):
    apply(client, choices)
    application = MembershipApplication.objects.get()
    url = reverse("admin:members_membershipapplication_change", args=[application.pk])
    response = staff_client.post(
        url, {"_reject": "1", "decision_note": "no\x00thanks"}, follow=True
    )
    assert "control character (U+0000)" in response.content.decode()
    assert not ApplicationDecision.objects.exists()
    staff_client.post(url, {"_reject": "1", "decision_note": "Not in Hunan.\r\nSorry."})
    assert ApplicationDecision.objects.get().note == "Not in Hunan.\nSorry."


def test_the_join_form_is_grouped_with_every_field_once(client, choices):
    page = Html(client.get("/en/members/join/"))
    groups = {
        fieldset.legend.get_text(strip=True): [
            element["name"] for element in fieldset.select("input, select, textarea")
        ]
        for fieldset in page.all("fieldset.form-group")
    }
    assert list(groups) == ["Your company", "Membership", "Contact person"]
    assert groups["Contact person"] == [
        "contact_name",
        "contact_email",
        "contact_phone",
        "message",
    ]
    from members.forms import MembershipApplicationForm

    # Each field under one heading (the segments' checkboxes share one name), none left out.
    placed = [set(names) for names in groups.values()]
    assert sum(len(names) for names in placed) == len(set().union(*placed))
    expected = set(MembershipApplicationForm().fields) - {"referral_code"}
    assert set().union(*placed) == expected


def test_the_join_form_marks_required_fields_and_offers_choose_in_selects(client, choices):
    page = Html(client.get("/en/members/join/"))
    assert page.text(".form-note") == "Fields marked with * must be filled in."
    required = [field.select_one("[name]")["name"] for field in page.all(".field--required")]
    assert required == ["contact_name", "contact_email", "contact_phone"]
    for name in ("region", "requested_level"):
        assert page.one(f"select[name={name}] option").get_text() == "Choose…"
    chinese = Html(client.get("/zh-hans/members/join/"))
    assert chinese.one("select[name=region] option").get_text() == "请选择…"
    # A person's name is 姓名; 名称 names things.
    assert chinese.text("label[for=id_contact_name]") == "姓名："
    assert chinese.text("fieldset.form-group:nth-of-type(2) legend") == "入会信息"
