"""Member logos move into the media library (2 of 3): each stored logo becomes an Image,
its file checked and re-encoded as an upload is, and the logo thumbnails give way to the
library's renditions. (On its own: PostgreSQL will not alter a table in the transaction
that filled it.)"""

from django.conf import settings
from django.db import migrations

from images.legacy import library_file


def logos_to_images(apps, schema_editor):
    MemberCompany = apps.get_model("members", "MemberCompany")
    Image = apps.get_model("images", "Image")
    codes = [code for code, _name in settings.LANGUAGES]
    for company in MemberCompany.objects.exclude(logo="").exclude(logo__isnull=True):
        stored = library_file(company.logo.storage, company.logo.name)
        if stored is None:
            continue  # gone or unusable: the site could not show it either
        image = Image(title=company.name or company.slug, **stored)
        for code in codes:
            field = f"name_{code.replace('-', '_')}"
            if getattr(company, field, None):
                setattr(image, f"alt_{code.replace('-', '_')}", getattr(company, field))
        image.save()
        company.logo_image = image
        company.save(update_fields=["logo_image"])
        if company.logo_thumbnail:
            company.logo_thumbnail.storage.delete(company.logo_thumbnail.name)


class Migration(migrations.Migration):
    dependencies = [("members", "0002_membercompany_logo_image")]

    operations = [migrations.RunPython(logos_to_images, migrations.RunPython.noop)]
