from __future__ import annotations

from django import forms
from django.db import models
from django.db.models import F, QuerySet
from django.utils.translation import gettext_lazy as _

from .abuse import HoneypotMixin
from .models import (
    ContactMessage,
    IndustrySegment,
    MemberCompany,
    MembershipApplication,
    MembershipLevel,
    Region,
)


def https_urls(field: models.Field, **kwargs) -> forms.Field | None:
    """ModelForm field factory: a URL typed without a scheme is taken as https (Django 6's
    default, chosen now)."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class ContactForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = ContactMessage
        fields = ["name", "company", "email", "phone", "subject", "message"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "company": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "message": forms.Textarea(attrs={"rows": 6}),
        }


class MembershipApplicationForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = MembershipApplication
        formfield_callback = https_urls
        fields = [
            "company_name_zh_hans",
            "company_name_en",
            "website",
            "region",
            "city",
            "address",
            "founded_year",
            "segments",
            "requested_level",
            "about",
            "contact_name",
            "contact_email",
            "contact_phone",
            "message",
        ]
        widgets = {
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "segments": forms.CheckboxSelectMultiple,
            "about": forms.Textarea(attrs={"rows": 4}),
            "message": forms.Textarea(attrs={"rows": 4}),
        }

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("company_name_zh_hans") or cleaned.get("company_name_en")):
            self.add_error(
                "company_name_zh_hans", _("Give the company name in Chinese, English or both.")
            )
        return cleaned


class MemberFilterForm(forms.Form):
    """The directory's search and filters. They live in the URL (GET), so a filtered list
    can be shared and the back button works; every field is optional."""

    # Empty years and levels sort last on every database.
    SORTS = {
        "level": (F("level__order").asc(nulls_last=True), "slug"),
        "name": ("slug",),
        "newest": (F("member_since").desc(nulls_last=True), "slug"),
        "oldest": (F("founded_year").asc(nulls_last=True), "slug"),
    }

    q = forms.CharField(label=_("Company name"), required=False, max_length=100)
    level = forms.ModelChoiceField(
        label=_("Membership level"),
        queryset=MembershipLevel.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label=_("All levels"),
    )
    segment = forms.ModelChoiceField(
        label=_("Industry segment"),
        queryset=IndustrySegment.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label=_("All segments"),
    )
    region = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label=_("All regions"),
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("level", _("Membership level")),
            ("name", _("Name")),
            ("newest", _("Newest members")),
            ("oldest", _("Oldest companies")),
        ],
    )

    def filter(self, companies: QuerySet[MemberCompany]) -> QuerySet[MemberCompany]:
        if not self.is_valid():
            return companies.none()
        data = self.cleaned_data
        companies = companies.search(data["q"])
        for name in ("level", "region"):
            if data[name]:
                companies = companies.filter(**{name: data[name]})
        if data["segment"]:
            companies = companies.filter(segments=data["segment"])
        return companies.order_by(*self.SORTS[data["sort"] or "level"])
