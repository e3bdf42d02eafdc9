"""Fields a visitor reads, stored once per language (site_name_en, site_name_zh_hans, ...)."""

from modeltranslation.translator import TranslationOptions, register

from .models import ContactPhone, Page, SiteSettings


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("site_name", "tagline", "address", "working_hours", "copyright", "powered_by")


@register(ContactPhone)
class ContactPhoneTranslation(TranslationOptions):
    fields = ("label",)


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "body", "seo_description")
