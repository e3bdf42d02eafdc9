"""Featured images move into the media library (3 of 3): the old file and alt fields go."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("news", "0003_images_to_library")]

    operations = [
        migrations.RemoveField(model_name="article", name="image_alt"),
        migrations.RemoveField(model_name="article", name="image_alt_en"),
        migrations.RemoveField(model_name="article", name="image_alt_zh_hans"),
        migrations.RemoveField(model_name="article", name="image"),
        migrations.RenameField(model_name="article", old_name="image_new", new_name="image"),
    ]
