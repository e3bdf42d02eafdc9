"""Fields a visitor reads, stored once per language (site_name_en, site_name_zh_hans, ...)."""

from modeltranslation.translator import TranslationOptions, register

from .models import ContactPhone, MemberCompany, Page, SiteSettings


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("site_name", "tagline", "address", "working_hours", "copyright", "powered_by")


@register(ContactPhone)
class ContactPhoneTranslation(TranslationOptions):
    fields = ("label",)


@register(MemberCompany)
class MemberCompanyTranslation(TranslationOptions):
    fields = ("name", "short_description")


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "body", "seo_description")
