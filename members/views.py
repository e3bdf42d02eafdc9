from django.db.models import QuerySet
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.views.generic import DetailView, FormView, ListView, TemplateView

from core.abuse import over_limit, too_many_submissions

from .charts import bar_chart
from .forms import MemberFilterForm, MembershipApplicationForm
from .models import MemberCompany, MembershipLevel, Region
from .services import receive_application

# At most this many applications per visitor address per window.
APPLY_LIMIT = 3
LIMIT_WINDOW = 60 * 60


class MemberListView(ListView):
    """The member directory: search, filters and sorting in the URL, and the membership
    at a glance (members by level and by region)."""

    paginate_by = 24
    context_object_name = "member_list"
    template_name = "members/member_list.html"

    def get_queryset(self) -> QuerySet[MemberCompany]:
        self.filter_form = MemberFilterForm(self.request.GET or None)
        companies = MemberCompany.objects.for_directory()
        if not self.request.GET:
            return companies.order_by(*MemberFilterForm.SORTS["level"])
        return self.filter_form.filter(companies)

    def get_context_data(self, **kwargs):
        levels = MembershipLevel.objects.with_member_counts()
        regions = Region.objects.with_member_counts().order_by("-member_count", "order")
        active_filters = sum(
            bool(self.request.GET.get(name)) for name in ("q", "level", "segment", "region")
        )
        return super().get_context_data(
            filter_form=self.filter_form,
            is_filtered=bool(active_filters),
            active_filters=active_filters,
            level_chart=bar_chart((level.name, level.member_count) for level in levels),
            region_chart=bar_chart((region.name, region.member_count) for region in regions),
            **kwargs,
        )


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
