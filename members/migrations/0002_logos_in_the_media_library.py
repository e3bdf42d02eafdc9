"""Member logos move into the media library: each stored logo becomes an Image (its file
kept where it is), and the logo thumbnails give way to the library's renditions."""

import hashlib

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from PIL import Image as Pillow


def logos_to_images(apps, schema_editor):
    MemberCompany = apps.get_model("members", "MemberCompany")
    Image = apps.get_model("images", "Image")
    codes = [code for code, _name in settings.LANGUAGES]
    for company in MemberCompany.objects.exclude(logo="").exclude(logo__isnull=True):
        storage = company.logo.storage
        if not storage.exists(company.logo.name):
            continue  # a logo whose file is gone is dropped, as the site could not show it
        with storage.open(company.logo.name, "rb") as file:
            data = file.read()
        with storage.open(company.logo.name, "rb") as file, Pillow.open(file) as picture:
            width, height = picture.size
        image = Image(
            file=company.logo.name,
            title=company.name or company.slug,
            width=width,
            height=height,
            file_size=len(data),
            digest=hashlib.sha256(data).hexdigest(),
        )
        for code in codes:
            field = f"name_{code.replace('-', '_')}"
            if getattr(company, field, None):
                setattr(image, f"alt_{code.replace('-', '_')}", getattr(company, field))
        image.save()
        company.logo_image = image
        company.save(update_fields=["logo_image"])
        if company.logo_thumbnail:
            storage.delete(company.logo_thumbnail.name)


class Migration(migrations.Migration):
    dependencies = [
        ("images", "0001_initial"),
        ("members", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="membercompany",
            name="logo_image",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="companies",
                to="images.image",
                verbose_name="logo",
                help_text="From the media library.",
            ),
        ),
        migrations.RunPython(logos_to_images, migrations.RunPython.noop),
        migrations.RemoveField(model_name="membercompany", name="logo_thumbnail"),
        migrations.RemoveField(model_name="membercompany", name="logo"),
        migrations.RenameField(model_name="membercompany", old_name="logo_image", new_name="logo"),
    ]
