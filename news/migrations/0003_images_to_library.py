"""Featured images move into the media library (2 of 3): each becomes an Image, its file
checked and re-encoded as an upload is, whose description in each language is the
article's former alt text. (On its own: PostgreSQL will not alter a table in the
transaction that filled it.)"""

from django.conf import settings
from django.db import migrations

from images.legacy import library_file


def images_to_library(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    Image = apps.get_model("images", "Image")
    codes = [code.replace("-", "_") for code, _name in settings.LANGUAGES]
    for article in Article.objects.exclude(image="").exclude(image__isnull=True):
        stored = library_file(article.image.storage, article.image.name)
        if stored is None:
            continue  # gone or unusable: the site could not show it either
        image = Image(title=article.title or article.slug, **stored)
        for code in codes:
            setattr(image, f"alt_{code}", getattr(article, f"image_alt_{code}", "") or "")
        image.save()
        article.image_new = image
        article.save(update_fields=["image_new"])


class Migration(migrations.Migration):
    dependencies = [("news", "0002_article_image_new")]

    operations = [migrations.RunPython(images_to_library, migrations.RunPython.noop)]
