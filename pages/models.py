from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.changes import PublicContent
from core.colours import DEFAULT_BRAND_COLOUR, validate_brand_colour
from core.models import Timestamped
from core.publishing import Publishable, PublishableQuerySet
from core.richtext import RichTextField
from core.slugs import NotReservedSlug, SlugMixin
from core.translated import TranslatedMixin
from images.models import library_image

# The site's own top-level addresses, which no page may hide (pages live at /<slug>/).
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
        "events",
    }
)


class SiteSettings(TranslatedMixin, PublicContent):
    """The association's own details, shown on every page. There is exactly one row."""

    required_translations = ("site_name",)

    site_name = models.CharField(_("site name"), max_length=200)
    tagline = models.CharField(_("tagline"), max_length=300, blank=True)
    logo = library_image(
        _("logo"),
        related_name="site_settings",
        help_text=_(
            "The association's logo, from the media library, shown in the header and when a "
            "page is shared. Square works best."
        ),
    )
    favicon = library_image(
        _("browser tab icon"),
        related_name="site_settings_favicon",
        help_text=_("A small square picture for browser tabs; made from the logo when empty."),
    )
    touch_icon = library_image(
        _("home screen icon"),
        related_name="site_settings_touch_icon",
        help_text=_(
            "A square picture for phones' home screens, at least 512 × 512 pixels; made from "
            "the logo when empty."
        ),
    )
    brand_colour = models.CharField(
        _("brand colour"),
        max_length=7,
        default=DEFAULT_BRAND_COLOUR,
        validators=[validate_brand_colour],
        help_text=_(
            "The header's colour, also used for links, as # and six hexadecimal digits. It "
            "must be dark enough for white text on it to be read easily."
        ),
    )
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


class ContactPhone(TranslatedMixin, PublicContent):
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


class PageQuerySet(PublishableQuerySet):
    def in_header(self) -> PageQuerySet:
        return self.published().filter(show_in_header=True)

    def in_footer(self) -> PageQuerySet:
        return self.published().filter(show_in_footer=True)


class Page(TranslatedMixin, SlugMixin, Timestamped, Publishable):
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
    show_in_header = models.BooleanField(_("show in header menu"), default=False)
    show_in_footer = models.BooleanField(_("show in footer"), default=False)
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first in menus.")
    )

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("pages:page", kwargs={"slug": self.slug})


def staff_recipients() -> list[str]:
    """Where staff notifications go: the settings' notification email, else its contact
    email (outbox.notifications falls back to the MANAGERS setting)."""
    site_settings = SiteSettings.load()
    address = site_settings.notify_email or site_settings.email
    return [address] if address else []
