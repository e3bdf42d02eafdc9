"""Featured images move into the media library: each becomes an Image (its file kept where
it is) whose description in each language is the article's former alt text."""

import hashlib

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
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
    dependencies = [
        ("images", "0001_initial"),
        ("news", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="image_new",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="articles",
                to="images.image",
                verbose_name="featured image",
                help_text="From the media library; its description there is the alt text.",
            ),
        ),
        migrations.RunPython(images_to_library, migrations.RunPython.noop),
        migrations.RemoveField(model_name="article", name="image_alt"),
        migrations.RemoveField(model_name="article", name="image_alt_en"),
        migrations.RemoveField(model_name="article", name="image_alt_zh_hans"),
        migrations.RemoveField(model_name="article", name="image"),
        migrations.RenameField(model_name="article", old_name="image_new", new_name="image"),
    ]
