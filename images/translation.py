"""An image's description is written once per language, like every text a visitor reads."""

from modeltranslation.translator import TranslationOptions, register

from .models import Image


@register(Image)
class ImageTranslation(TranslationOptions):
    fields = ("alt", "caption")
