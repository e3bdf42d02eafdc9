from __future__ import annotations

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.changes import PublicContent, PublicContentQuerySet
from core.languages import localized, translated_columns
from core.models import Timestamped
from core.publishing import can_preview
from core.richtext import RichTextField
from core.slugs import NotReservedSlug, SlugMixin
from core.translated import TranslatedMixin
from images.models import library_image

# /members/join/ is the application form: no member may hide it.
RESERVED_MEMBER_SLUGS = frozenset({"join"})


class VocabularyQuerySet(PublicContentQuerySet):
    def with_member_counts(self) -> VocabularyQuerySet:
        """Each entry with ``member_count``: its active member companies."""
        return self.annotate(
            member_count=models.Count("members", filter=Q(members__is_active=True), distinct=True)
        )


class Vocabulary(TranslatedMixin, SlugMixin, PublicContent):
    """An editable list the association keeps (levels, segments, regions): a name in each
    language, a slug for URLs and CSV files, and an order for menus and filters."""

    required_translations = ("name",)
    translation_check_fields = ("name",)
    slug_from = "name"

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Used in addresses and CSV files; made from the name when empty."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first.")
    )

    objects = VocabularyQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.name


class MembershipLevel(Vocabulary):
    """会长单位, 副会长单位, 理事单位, 会员单位 ...: the association decides."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("membership level")
        verbose_name_plural = _("membership levels")


class IndustrySegment(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("industry segment")
        verbose_name_plural = _("industry segments")


class Region(Vocabulary):
    """A province or municipality, for the directory's region filter."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class MemberCompanyQuerySet(PublicContentQuerySet):
    def active(self) -> MemberCompanyQuerySet:
        return self.filter(is_active=True)

    def featured(self) -> MemberCompanyQuerySet:
        """What cards show: no long description."""
        return (
            self.active()
            .filter(featured=True)
            .with_logos()
            .defer(*translated_columns("description"))
        )

    def search(self, text: str) -> MemberCompanyQuerySet:
        """Companies whose name, in any language, contains ``text``."""
        text = text.strip()
        if not text:
            return self
        query = Q()
        for name in localized("name"):
            query |= Q(**{f"{name}__icontains": text})
        return self.filter(query)

    def visible_to(self, user) -> MemberCompanyQuerySet:
        """Those who may edit member companies also see inactive ones; visitors do not."""
        return self.all() if can_preview(user, self.model) else self.active()

    def with_details(self) -> MemberCompanyQuerySet:
        return self.select_related("level", "region", "logo").prefetch_related(
            "segments", "logo__renditions"
        )

    def with_logos(self) -> MemberCompanyQuerySet:
        return self.select_related("logo").prefetch_related("logo__renditions")

    def for_directory(self) -> MemberCompanyQuerySet:
        return self.active().with_details().defer(*translated_columns("description"))


class MemberCompany(TranslatedMixin, SlugMixin, Timestamped, PublicContent):
    required_translations = ("name",)
    translation_check_fields = ("name", "short_description")
    slug_from = "name"
    slug_fallback = "member"
    reserved_slugs = RESERVED_MEMBER_SLUGS

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        validators=[NotReservedSlug(RESERVED_MEMBER_SLUGS)],
        help_text=_("Part of the address; made from the name when empty."),
    )
    logo = library_image(_("logo"), related_name="companies")
    level = models.ForeignKey(
        MembershipLevel,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("membership level"),
    )
    segments = models.ManyToManyField(
        IndustrySegment, blank=True, related_name="members", verbose_name=_("industry segments")
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("region"),
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    founded_year = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, validators=[MinValueValidator(1800)]
    )
    member_since = models.PositiveSmallIntegerField(
        _("member since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950)],
        help_text=_("The year the company joined the association."),
    )
    short_description = models.TextField(
        _("short description"), blank=True, help_text=_("One or two sentences for lists.")
    )
    description = RichTextField(_("description"), blank=True)
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown on the home page and beside articles.")
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive members are hidden from the site; nothing is deleted."),
    )

    objects = MemberCompanyQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        indexes = [
            # The directory and the home page read active (and featured) companies by slug,
            # and count them, from the index instead of the whole table.
            # (Partial indexes: SQLite uses an index for a true/false column only this way.)
            models.Index(
                fields=["slug"], condition=Q(is_active=True, featured=True), name="members_featured"
            ),
            models.Index(fields=["slug"], condition=Q(is_active=True), name="members_active"),
        ]
        verbose_name = _("member company")
        verbose_name_plural = _("member companies")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("members:detail", kwargs={"slug": self.slug})


class MembershipApplication(TranslatedMixin, models.Model):
    """A company asking to join, as sent from the public form. Staff approve it (which
    creates the member company from it) or reject it; every decision is kept."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    required_translations = ("company_name",)

    company_name = models.CharField(_("company name"), max_length=200, blank=True)
    website = models.URLField(_("website"), blank=True)
    region = models.ForeignKey(
        Region, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("region")
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    founded_year = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, validators=[MinValueValidator(1800)]
    )
    segments = models.ManyToManyField(
        IndustrySegment, blank=True, verbose_name=_("industry segments")
    )
    requested_level = models.ForeignKey(
        MembershipLevel,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("requested level"),
    )
    about = models.TextField(_("about the company"), max_length=2000, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=100)
    contact_email = models.EmailField(_("contact email"))
    contact_phone = models.CharField(_("contact phone"), max_length=50)
    message = models.TextField(_("message"), max_length=2000, blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    member = models.OneToOneField(
        MemberCompany,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="application",
        verbose_name=_("member company"),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")

    def __str__(self) -> str:
        return self.company_name or ""


class ApplicationDecision(models.Model):
    """One decision on an application: who, when, what and why."""

    application = models.ForeignKey(
        MembershipApplication, on_delete=models.CASCADE, related_name="decisions"
    )
    status = models.CharField(
        _("decision"), max_length=20, choices=MembershipApplication.Status.choices
    )
    note = models.TextField(_("note"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, verbose_name=_("decided by")
    )
    decided_at = models.DateTimeField(_("decided at"), auto_now_add=True)

    class Meta:
        ordering = ["decided_at", "pk"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self) -> str:
        return f"{self.get_status_display()} ({self.decided_at:%Y-%m-%d})"
