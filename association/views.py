from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, FormView, ListView, TemplateView
from django.views.static import serve

from news.models import Article, Category

from .abuse import over_limit
from .charts import bar_chart
from .forms import ContactForm, MemberFilterForm, MembershipApplicationForm
from .models import IndustrySegment, MemberCompany, MembershipLevel, Page, Region
from .services import receive_application, receive_contact_message, store_richtext_image
from .translated import translation_gaps

HOME_LATEST_ARTICLES = 6
HOME_FEATURED_MEMBERS = 6
# Public forms: at most this many submissions per visitor address per window.
CONTACT_LIMIT = 5
APPLY_LIMIT = 3
LIMIT_WINDOW = 60 * 60


class HomeView(TemplateView):
    template_name = "association/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            latest_articles=Article.objects.published().for_listing()[:HOME_LATEST_ARTICLES],
            featured_members=MemberCompany.objects.featured()[:HOME_FEATURED_MEMBERS],
            **kwargs,
        )


class MemberListView(ListView):
    """The member directory: search, filters and sorting in the URL, and the membership
    at a glance (members by level and by region)."""

    paginate_by = 24
    context_object_name = "member_list"
    template_name = "association/member_list.html"

    def get_queryset(self) -> QuerySet[MemberCompany]:
        self.filter_form = MemberFilterForm(self.request.GET or None)
        companies = MemberCompany.objects.for_directory()
        if not self.request.GET:
            return companies.order_by(*MemberFilterForm.SORTS["level"])
        return self.filter_form.filter(companies)

    def get_context_data(self, **kwargs):
        levels = MembershipLevel.objects.with_member_counts()
        regions = Region.objects.with_member_counts().order_by("-member_count", "order")
        return super().get_context_data(
            filter_form=self.filter_form,
            is_filtered=any(self.request.GET.get(k) for k in ("q", "level", "segment", "region")),
            level_chart=bar_chart((level.name, level.member_count) for level in levels),
            region_chart=bar_chart((region.name, region.member_count) for region in regions),
            **kwargs,
        )


class MemberDetailView(DetailView):
    template_name = "association/member_detail.html"
    context_object_name = "member"

    def get_queryset(self) -> QuerySet[MemberCompany]:
        return MemberCompany.objects.visible_to(self.request.user).with_details()

    def get_context_data(self, **kwargs):
        articles = self.object.articles.published().for_listing()[:10]
        return super().get_context_data(articles=articles, **kwargs)


class PageDetailView(DetailView):
    """An editable page; staff may preview drafts. A contact page also carries the
    contact form, which posts back to the page itself."""

    template_name = "association/page_detail.html"

    def get_queryset(self) -> QuerySet[Page]:
        return Page.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        if self.object.kind == Page.Kind.CONTACT:
            kwargs.setdefault("contact_form", ContactForm())
        return super().get_context_data(**kwargs)

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.object = self.get_object()
        if self.object.kind != Page.Kind.CONTACT:
            return HttpResponseNotAllowed(["GET", "HEAD"])
        form = ContactForm(request.POST)
        if form.is_bot():
            # Look like success to the bot; store nothing.
            return self._sent_redirect()
        if form.is_valid():
            if over_limit(request, scope="contact", limit=CONTACT_LIMIT, seconds=LIMIT_WINDOW):
                form.add_error(None, too_many_submissions())
            else:
                receive_contact_message(
                    data={k: v for k, v in form.cleaned_data.items() if k != form.HONEYPOT},
                    language=get_language(),
                )
                return self._sent_redirect()
        status = 429 if form.non_field_errors() else 400
        context = self.get_context_data(object=self.object, contact_form=form)
        return self.render_to_response(context, status=status)

    def _sent_redirect(self) -> HttpResponse:
        messages.success(
            self.request,
            _("Thank you, your message has been sent. We will reply during working hours."),
        )
        return redirect(self.object.get_absolute_url() + "#contact-form")


def too_many_submissions() -> str:
    return _("You have sent several messages in a short time. Please wait an hour, or call us.")


class MembershipApplyView(FormView):
    """The public "Join the association" form."""

    template_name = "association/membership_apply.html"
    form_class = MembershipApplicationForm

    def form_valid(self, form):
        if form.is_bot():
            return redirect("association:membership_thanks")
        if over_limit(self.request, scope="apply", limit=APPLY_LIMIT, seconds=LIMIT_WINDOW):
            form.add_error(None, too_many_submissions())
            return self.render_to_response(self.get_context_data(form=form), status=429)
        receive_application(form=form, language=get_language())
        return redirect("association:membership_thanks")

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class MembershipThanksView(TemplateView):
    template_name = "association/membership_thanks.html"


class SitemapView(TemplateView):
    """A human-readable map of the site: sections, news categories and pages."""

    template_name = "association/sitemap.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(pages=Page.objects.published(), **kwargs)


def media(request: HttpRequest, path: str) -> HttpResponse:
    """Uploaded files, served by Django only in development or when DJANGO_SERVE_MEDIA is
    on (a small site without a separate web server); otherwise the web server serves
    /media/ and this answers 404."""
    if not (settings.DEBUG or settings.SERVE_MEDIA):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


@require_POST
def richtext_image_upload(request: HttpRequest) -> JsonResponse:
    """CKEditor 5's image upload: staff only, validated like every other image."""
    if not (request.user.is_authenticated and request.user.is_staff):
        message = _("You do not have permission to upload files.")
        return JsonResponse({"error": {"message": message}}, status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse({"error": {"message": _("No file was sent.")}}, status=400)
    try:
        url = store_richtext_image(upload)
    except ValidationError as error:
        return JsonResponse({"error": {"message": " ".join(error.messages)}}, status=400)
    return JsonResponse({"url": url})


class TranslationStatusView(TemplateView):
    """For editors: what still lacks a version in one of the languages, with links to fix it.

    Served inside the admin (see urls.py), so only staff reach it, and each staff member
    sees the sections they may view.
    """

    template_name = "admin/translation_status.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        sections = [
            translation_gaps(model)
            for model in (
                Article,
                Page,
                Category,
                MemberCompany,
                MembershipLevel,
                IndustrySegment,
                Region,
            )
            if user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")
            or user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")
        ]
        return super().get_context_data(
            title=_("Translation status"),
            sections=sections,
            total=sum(len(section["items"]) for section in sections),
            **admin.site.each_context(self.request),
            **kwargs,
        )
