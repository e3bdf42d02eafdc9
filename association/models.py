from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from .images import logo_thumbnail_name, make_logo_thumbnail, validate_image
from .richtext import RichTextField
from .translated import TranslatedMixin, language_codes, translated_columns

IMAGE_VALIDATORS = [validate_image]

# Paths that belong to the site itself and so cannot be slugs of pages or members.
RESERVED_MEMBER_SLUGS = frozenset({"join"})  # /members/join/ is the application form
RESERVED_PAGE_SLUGS = frozenset(
    {
        "admin",
        "news",
        "members",
        "sitemap",
        "media",
        "static",
        "search",
        "feeds",
        "api",
        "accounts",
        "i18n",
        "richtext",
    }
)


@deconstructible
class NotReservedSlug:
    """Refuses slugs that would hide one of the site's own addresses."""

    def __init__(self, reserved: frozenset[str]):
        self.reserved = frozenset(reserved)

    def __call__(self, value: str) -> None:
        if value in self.reserved:
            raise ValidationError(
                _("“%(slug)s” is used by the site itself; choose another address."),
                code="reserved",
                params={"slug": value},
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NotReservedSlug) and self.reserved == other.reserved

    def __hash__(self) -> int:
        return hash(self.reserved)


def validate_page_slug(value: str) -> None:
    """Kept because migration 0001 names it; pages now use NotReservedSlug."""
    NotReservedSlug(RESERVED_PAGE_SLUGS)(value)


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class SiteSettings(TranslatedMixin, models.Model):
    """The association's own details, shown on every page. There is exactly one row."""

    required_translations = ("site_name",)

    site_name = models.CharField(_("site name"), max_length=200)
    tagline = models.CharField(_("tagline"), max_length=300, blank=True)
    email = models.EmailField(_("email"), blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    working_hours = models.CharField(
        _("working hours"),
        max_length=200,
        blank=True,
        help_text=_("For example: 8:30 a.m. to 5:30 p.m., Monday to Friday"),
    )
    copyright = models.CharField(
        _("copyright line"),
        max_length=300,
        blank=True,
        help_text=_("For example: Copyright © 2023 HuNan Printed Circuit Association of China"),
    )
    powered_by = models.CharField(
        _("powered-by credit"),
        max_length=200,
        blank=True,
        help_text=_("For example: Powered by Bontop"),
    )
    powered_by_url = models.URLField(_("powered-by link"), blank=True)
    icp_number = models.CharField(
        _("ICP filing number"),
        max_length=100,
        blank=True,
        help_text=_("Mainland Chinese sites show their ICP filing number in the footer."),
    )
    notify_email = models.EmailField(
        _("notification email"),
        blank=True,
        help_text=_(
            "Where new contact messages and membership applications are announced; "
            "the contact email when empty."
        ),
    )
    icp_url = models.URLField(
        _("ICP filing link"), blank=True, default="https://beian.miit.gov.cn/"
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self) -> str:
        return self.site_name or str(_("Site settings"))

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def load(cls) -> SiteSettings:
        """The settings row, created empty the first time it is asked for."""
        obj, _created = cls.objects.get_or_create(pk=1)
        return obj


class ContactPhone(TranslatedMixin, models.Model):
    settings = models.ForeignKey(SiteSettings, on_delete=models.CASCADE, related_name="phones")
    label = models.CharField(
        _("label"), max_length=100, blank=True, help_text=_("Optional, for example: Office")
    )
    number = models.CharField(_("number"), max_length=50)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("phone number")
        verbose_name_plural = _("phone numbers")

    def __str__(self) -> str:
        return self.number

    @property
    def tel_href(self) -> str:
        return "tel:" + "".join(ch for ch in self.number if ch.isdigit() or ch == "+")


class VocabularyQuerySet(models.QuerySet):
    def with_member_counts(self) -> VocabularyQuerySet:
        """Each entry with ``member_count``: its active member companies."""
        return self.annotate(
            member_count=models.Count("members", filter=Q(members__is_active=True), distinct=True)
        )


class Vocabulary(TranslatedMixin, models.Model):
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


class MemberCompanyQuerySet(models.QuerySet):
    def active(self) -> MemberCompanyQuerySet:
        return self.filter(is_active=True)

    def featured(self) -> MemberCompanyQuerySet:
        return self.active().filter(featured=True)

    def search(self, text: str) -> MemberCompanyQuerySet:
        """Companies whose name, in any language, contains ``text``."""
        text = text.strip()
        if not text:
            return self
        query = Q()
        for language in language_codes():
            query |= Q(**{f"{build_localized_fieldname('name', language)}__icontains": text})
        return self.filter(query)

    def visible_to(self, user) -> MemberCompanyQuerySet:
        """Staff may look at inactive members' profiles; visitors see active ones."""
        if user.is_authenticated and user.is_staff:
            return self.all()
        return self.active()

    def with_details(self) -> MemberCompanyQuerySet:
        return self.select_related("level", "region").prefetch_related("segments")

    def for_directory(self) -> MemberCompanyQuerySet:
        return self.active().with_details().defer(*translated_columns("description"))


class MemberCompany(TranslatedMixin, models.Model):
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
    logo = models.ImageField(
        _("logo"),
        upload_to="members/logos/%Y/",
        blank=True,
        validators=IMAGE_VALIDATORS,
        help_text=_("JPEG, PNG, GIF or WebP."),
    )
    logo_thumbnail = models.ImageField(
        _("logo thumbnail"), upload_to="members/logos/thumbs/", blank=True, editable=False
    )
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
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MemberCompanyQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        verbose_name = _("member company")
        verbose_name_plural = _("member companies")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        # After saving, when an uploaded logo has its final name: keep the small copy in step.
        if self.logo_thumbnail.name != logo_thumbnail_name(self.logo.name):
            self.logo_thumbnail.name = make_logo_thumbnail(self.logo)
            type(self).objects.filter(pk=self.pk).update(logo_thumbnail=self.logo_thumbnail.name)

    def get_absolute_url(self) -> str:
        return reverse("association:member_detail", kwargs={"slug": self.slug})

    @property
    def logo_url(self) -> str:
        """The small copy of the logo for lists and cards (the original if there is none)."""
        if self.logo_thumbnail:
            return self.logo_thumbnail.url
        return self.logo.url if self.logo else ""


class PageQuerySet(models.QuerySet):
    def published(self) -> PageQuerySet:
        return self.filter(status=Status.PUBLISHED)

    def visible_to(self, user) -> PageQuerySet:
        """Staff may preview drafts; visitors see published pages."""
        if user.is_authenticated and user.is_staff:
            return self.all()
        return self.published()

    def in_header(self) -> PageQuerySet:
        return self.published().filter(show_in_header=True)

    def in_footer(self) -> PageQuerySet:
        return self.published().filter(show_in_footer=True)


class Page(TranslatedMixin, models.Model):
    """An editable page such as About, Privacy Policy or Contact Us, served at /<slug>/."""

    required_translations = ("title",)
    translation_check_fields = ("title", "body")
    slug_from = "title"
    slug_fallback = "page"
    reserved_slugs = RESERVED_PAGE_SLUGS

    class Kind(models.TextChoices):
        STANDARD = "standard", _("Standard page")
        CONTACT = "contact", _("Contact page (adds the contact details from site settings)")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        validators=[NotReservedSlug(RESERVED_PAGE_SLUGS)],
        help_text=_("The page's address; made from the title when empty."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.STANDARD)
    body = RichTextField(_("body"), blank=True)
    seo_description = models.CharField(
        _("search engine description"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences for search results; the page start is used if empty."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    show_in_header = models.BooleanField(_("show in header menu"), default=False)
    show_in_footer = models.BooleanField(_("show in footer"), default=False)
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first in menus.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("association:page", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED


class MembershipApplication(models.Model):
    """A company asking to join, as sent from the public form. Staff approve it (which
    creates the member company from it) or reject it; every decision is kept."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    company_name_zh_hans = models.CharField(
        _("company name in Chinese"), max_length=200, blank=True
    )
    company_name_en = models.CharField(_("company name in English"), max_length=200, blank=True)
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
        return self.company_name

    @property
    def company_name(self) -> str:
        return self.company_name_zh_hans or self.company_name_en


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


class ContactMessageQuerySet(models.QuerySet):
    def unread(self) -> ContactMessageQuerySet:
        return self.filter(is_read=False)


class ContactMessage(models.Model):
    """A message sent with the Contact Us form. It is stored before any email is sent."""

    name = models.CharField(_("name"), max_length=100)
    company = models.CharField(_("company"), max_length=200, blank=True)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=10, blank=True, editable=False)
    is_read = models.BooleanField(_("read"), default=False)
    is_handled = models.BooleanField(_("handled"), default=False)
    notified = models.BooleanField(
        _("email sent"),
        default=False,
        help_text=_("Whether the notification email to staff went out."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self) -> str:
        return self.subject
