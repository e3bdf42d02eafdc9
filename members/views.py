from django.db.models import QuerySet
from django.shortcuts import redirect
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.views.generic import DetailView, FormView, ListView, TemplateView

from core.abuse import over_limit, too_many_submissions
from core.fragments import render_each, render_once
from core.languages import translated_columns
from core.pagination import BoundedPaginator

from .charts import bar_chart
from .forms import MemberFilterForm, MembershipApplicationForm
from .models import MemberCompany, MembershipLevel, Region
from .services import receive_application

# At most this many applications per visitor address per window.
APPLY_LIMIT = 3
LIMIT_WINDOW = 60 * 60


def member_cards(ids) -> list[SafeString]:
    """The cards (logo and name) of the member companies ``ids``, in order, each rendered
    once and kept (core.fragments)."""
    return render_each(
        "includes/_member_card.html",
        ids,
        load=lambda missing: (
            MemberCompany.objects.with_logos()
            .defer(*translated_columns("description"))
            .in_bulk(missing)
        ),
        as_name="member",
    )


class MemberListView(ListView):
    """The member directory: search, filters and sorting in the URL, and the membership
    at a glance (members by level and by region)."""

    paginate_by = 24
    paginator_class = BoundedPaginator
    context_object_name = "member_list"
    template_name = "members/member_list.html"

    def get_queryset(self) -> QuerySet[int]:
        self.filter_form = MemberFilterForm(self.request.GET or None)
        companies = MemberCompany.objects.active()
        if self.request.GET:
            companies = self.filter_form.filter(companies)
        else:
            companies = companies.order_by(*MemberFilterForm.SORTS["level"])
        return companies.values_list("pk", flat=True)

    def get_paginator(self, *args, **kwargs):
        # The count is kept per choice of filters (core.pagination).
        count_key = ["members", *self.filter_variant()]
        return super().get_paginator(*args, count_key=count_key, **kwargs)

    def filter_variant(self) -> list:
        """The filters as asked for (what the directory shows depends on nothing else)."""
        form = self.filter_form
        return [(name, self.request.GET.getlist(name)) for name in form.fields]

    def get_context_data(self, **kwargs):
        active_filters = sum(
            bool(self.request.GET.get(name)) for name in ("q", "level", "segment", "region")
        )
        context = super().get_context_data(
            is_filtered=bool(active_filters), active_filters=active_filters, **kwargs
        )
        form = self.filter_form
        context["rows"] = render_each(
            "members/_member_row.html",
            list(context["object_list"]),
            load=lambda ids: MemberCompany.objects.for_directory().in_bulk(ids),
            as_name="member",
        )
        context["filter_fields"] = render_once(
            "members/_filter_fields.html",
            lambda: {"filter_form": form},
            variant=self.filter_variant(),
        )
        context["charts"] = render_once("members/_charts.html", chart_context)
        return context


def chart_context() -> dict:
    """Members by level (in the levels' order) and by region (most members first)."""
    levels = MembershipLevel.objects.with_member_counts()
    regions = Region.objects.with_member_counts().order_by("-member_count", "order")
    return {
        "level_chart": bar_chart((level.name, level.member_count) for level in levels),
        "region_chart": bar_chart((region.name, region.member_count) for region in regions),
    }


class MemberDetailView(DetailView):
    """A member's profile; those who may edit members also see inactive ones."""

    template_name = "members/member_detail.html"
    context_object_name = "member"

    def get_queryset(self) -> QuerySet[MemberCompany]:
        return MemberCompany.objects.visible_to(self.request.user).with_details()


class MembershipApplyView(FormView):
    """The public "Join the association" form."""

    template_name = "members/membership_apply.html"
    form_class = MembershipApplicationForm

    def form_valid(self, form):
        if form.is_bot():
            return redirect("members:thanks")
        if over_limit(self.request, scope="apply", limit=APPLY_LIMIT, seconds=LIMIT_WINDOW):
            form.add_error(None, too_many_submissions())
            return self.render_to_response(self.get_context_data(form=form), status=429)
        receive_application(form=form, language=get_language())
        return redirect("members:thanks")

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class MembershipThanksView(TemplateView):
    template_name = "members/membership_thanks.html"
