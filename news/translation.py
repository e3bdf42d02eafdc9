"""Fields a visitor reads, stored once per language (title_en, title_zh_hans, ...)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Article, Category


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "dateline_place", "seo_description")
