"""Featured images move into the media library (2 of 3): each becomes an Image (its file
kept where it is) whose description in each language is the article's former alt text.
(On its own: PostgreSQL will not alter a table in the transaction that filled it.)"""

import hashlib

from django.conf import settings
from django.db import migrations
from PIL import Image as Pillow


def images_to_library(apps, schema_editor):
    Article = apps.get_model("news", "Article")
    Image = apps.get_model("images", "Image")
    codes = [code.replace("-", "_") for code, _name in settings.LANGUAGES]
    for article in Article.objects.exclude(image="").exclude(image__isnull=True):
        storage = article.image.storage
        if not storage.exists(article.image.name):
            continue
        with storage.open(article.image.name, "rb") as file:
            data = file.read()
        with storage.open(article.image.name, "rb") as file, Pillow.open(file) as picture:
            width, height = picture.size
        image = Image(
            file=article.image.name,
            title=article.title or article.slug,
            width=width,
            height=height,
            file_size=len(data),
            digest=hashlib.sha256(data).hexdigest(),
        )
        for code in codes:
            setattr(image, f"alt_{code}", getattr(article, f"image_alt_{code}", "") or "")
        image.save()
        article.image_new = image
        article.save(update_fields=["image_new"])


class Migration(migrations.Migration):
    dependencies = [("news", "0002_article_image_new")]

    operations = [migrations.RunPython(images_to_library, migrations.RunPython.noop)]
