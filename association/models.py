from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .images import validate_image
from .richtext import RichTextField
from .slugs import unique_slug
from .translated import TranslatedMixin

IMAGE_VALIDATORS = [validate_image]

# Top-level paths that belong to the site itself and so cannot be page slugs.
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


class MemberCompanyQuerySet(models.QuerySet):
    def active(self) -> MemberCompanyQuerySet:
        return self.filter(is_active=True)

    def featured(self) -> MemberCompanyQuerySet:
        return self.active().filter(featured=True)


class MemberCompany(TranslatedMixin, models.Model):
    required_translations = ("name",)
    translation_check_fields = ("name", "short_description")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Part of the address; made from the name when empty."),
    )
    logo = models.ImageField(
        _("logo"),
        upload_to="members/logos/%Y/",
        blank=True,
        validators=IMAGE_VALIDATORS,
        help_text=_("JPEG, PNG, GIF or WebP."),
    )
    website = models.URLField(_("website"), blank=True)
    short_description = models.TextField(_("short description"), blank=True)
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown on the home page and beside articles.")
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Inactive members are hidden from the site.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MemberCompanyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("member company")
        verbose_name_plural = _("member companies")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.text_in_any_language("name"), fallback="member")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("association:member_detail", kwargs={"slug": self.slug})


class PageQuerySet(models.QuerySet):
    def published(self) -> PageQuerySet:
        return self.filter(status=Status.PUBLISHED)

    def in_header(self) -> PageQuerySet:
        return self.published().filter(show_in_header=True)

    def in_footer(self) -> PageQuerySet:
        return self.published().filter(show_in_footer=True)


def validate_page_slug(value: str) -> None:
    if value in RESERVED_PAGE_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is used by the site itself; choose another address."),
            code="reserved",
            params={"slug": value},
        )


class Page(TranslatedMixin, models.Model):
    """An editable page such as About, Privacy Policy or Contact Us, served at /<slug>/."""

    required_translations = ("title",)
    translation_check_fields = ("title", "body")

    class Kind(models.TextChoices):
        STANDARD = "standard", _("Standard page")
        CONTACT = "contact", _("Contact page (adds the contact details from site settings)")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        blank=True,
        validators=[validate_page_slug],
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
        ordering = ["order", "title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(
                self,
                self.text_in_any_language("title"),
                fallback="page",
                reserved=RESERVED_PAGE_SLUGS,
            )
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("association:page", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED
