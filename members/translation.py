"""Fields a visitor reads, stored once per language (name_en, name_zh_hans, ...)."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    IndustrySegment,
    MemberCompany,
    MembershipApplication,
    MembershipLevel,
    Region,
)


@register(MemberCompany)
class MemberCompanyTranslation(TranslationOptions):
    fields = ("name", "short_description", "description", "city", "address")


@register([MembershipLevel, IndustrySegment, Region])
class VocabularyTranslation(TranslationOptions):
    fields = ("name",)


@register(MembershipApplication)
class MembershipApplicationTranslation(TranslationOptions):
    """The applicant gives the company's name in any of the site's languages, or several."""

    fields = ("company_name",)
