"""Featured images move into the media library (1 of 3): the new link to an Image."""

import django.db.models.deletion
from django.db import migrations, models


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
    ]
