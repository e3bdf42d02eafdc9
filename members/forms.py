from __future__ import annotations

from django import forms
from django.db.models import F, QuerySet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modeltranslation.utils import build_localized_fieldname

from core.abuse import HoneypotMixin
from core.forms import formfield
from core.languages import current_language, language_codes, language_name, localized

from .models import (
    IndustrySegment,
    MemberCompany,
    MembershipApplication,
    MembershipLevel,
    Region,
)


class MembershipApplicationForm(HoneypotMixin, forms.ModelForm):
    """The public "Join the association" form. The company's name may be given in any of
    the site's languages; the page's own language comes first."""

    class Meta:
        model = MembershipApplication
        formfield_callback = formfield
        fields = [
            *localized("company_name"),
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
        # Under the "Contact person" heading: the person's name (姓名), email and phone.
        labels = {
            "contact_name": pgettext_lazy("a person's name", "Name"),
            "contact_email": _("Email"),
            "contact_phone": _("Phone"),
        }
        widgets = {
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "segments": forms.CheckboxSelectMultiple,
            "about": forms.Textarea(attrs={"rows": 4}),
            "message": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = current_language()
        ordered = sorted(language_codes(), key=lambda code: code != current)
        for code in ordered:
            field = self.fields[build_localized_fieldname("company_name", code)]
            field.label = _("Company name in %(language)s") % {"language": language_name(code)}
            field.required = False  # one language is enough (MembershipApplication.clean)
            field.help_text = _("One language is enough; both if the company has both.")
        self.order_fields([build_localized_fieldname("company_name", code) for code in ordered])
        self.company_name_fields = [build_localized_fieldname("company_name", c) for c in ordered]

    GROUPS = (
        (
            _("Your company"),
            ("company_name", "website", "region", "city", "address", "founded_year", "segments"),
        ),
        (pgettext_lazy("application form section", "Membership"), ("requested_level", "about")),
        (_("Contact person"), ("contact_name", "contact_email", "contact_phone", "message")),
    )

    def fieldsets(self) -> list[tuple[str, list[forms.BoundField]]]:
        """The fields under the headings the page shows them in (``includes/_form.html``)."""
        groups = []
        for legend, names in self.GROUPS:
            expanded = []
            for name in names:
                expanded += self.company_name_fields if name == "company_name" else [name]
            groups.append((legend, [self[name] for name in expanded]))
        return groups


def vocabulary_filter(model, label: str, everything: str) -> forms.ModelChoiceField:
    """An optional choice from one of the association's lists, named by slug in the URL."""
    return forms.ModelChoiceField(
        label=label,
        queryset=model.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label=everything,
    )


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
    level = vocabulary_filter(MembershipLevel, _("Membership level"), _("All levels"))
    segment = vocabulary_filter(IndustrySegment, _("Industry segment"), _("All segments"))
    region = vocabulary_filter(Region, _("Region"), _("All regions"))
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
