"""Pictures stored before the media library existed (member logos, featured images) move
into it when the site migrates."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from PIL import Image as Pillow

BEFORE = [("members", "0001_initial"), ("images", "0001_initial")]


@pytest.mark.django_db(transaction=True)
def test_a_logo_of_the_old_layout_becomes_a_library_image():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps.get_model("members", "MemberCompany")
    buffer = io.BytesIO()
    Pillow.new("RGB", (240, 120), "navy").save(buffer, format="PNG")
    logo = default_storage.save("members/logos/2025/acme.png", ContentFile(buffer.getvalue()))
    thumbnail = default_storage.save("members/logos/thumbs/acme.webp", ContentFile(b"old"))
    old.objects.create(
        name="Acme Circuits",
        name_en="Acme Circuits",
        name_zh_hans="艾克米电路",
        slug="acme",
        logo=logo,
        logo_thumbnail=thumbnail,
    )
    old.objects.create(name="No Logo", name_en="No Logo", slug="plain")

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    from members.models import MemberCompany

    company = MemberCompany.objects.get(slug="acme")
    image = company.logo
    assert image.file.name == logo  # checked and stored again, in the same place
    assert (image.width, image.height) == (240, 120)
    assert (image.alt_en, image.alt_zh_hans) == ("Acme Circuits", "艾克米电路")
    assert len(image.digest) == 64
    assert not default_storage.exists(thumbnail)  # renditions replace the old thumbnails
    assert MemberCompany.objects.get(slug="plain").logo is None


@pytest.mark.django_db(transaction=True)
def test_a_featured_image_of_the_old_layout_keeps_its_alt_text_in_the_library():
    before = [("news", "0001_initial"), ("images", "0001_initial")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    state = executor.loader.project_state(before).apps
    buffer = io.BytesIO()
    photo = Pillow.new("RGB", (800, 450), "teal")
    exif = photo.getexif()
    exif[0x013B] = "Photographer Wang"  # Artist: stays private once in the library
    photo.save(buffer, format="JPEG", exif=exif)
    name = default_storage.save("news/2025/04/summit.jpg", ContentFile(buffer.getvalue()))
    category = state.get_model("news", "Category").objects.create(name="IC News", slug="ic-news")
    state.get_model("news", "Article").objects.create(
        title="Summit",
        title_en="Summit",
        slug="summit",
        category=category,
        image=name,
        image_alt_en="Delegates in the hall",
        image_alt_zh_hans="会场里的代表",
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    from news.models import Article

    image = Article.objects.get(slug="summit").image
    assert image.file.name == name
    with default_storage.open(name, "rb") as stored:
        assert b"Photographer Wang" not in stored.read()
    assert (image.alt_en, image.alt_zh_hans) == ("Delegates in the hall", "会场里的代表")
