"""Member logos move into the media library (3 of 3): the old file fields go."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("members", "0003_logos_to_library_images")]

    operations = [
        migrations.RemoveField(model_name="membercompany", name="logo_thumbnail"),
        migrations.RemoveField(model_name="membercompany", name="logo"),
        migrations.RenameField(model_name="membercompany", old_name="logo_image", new_name="logo"),
    ]
