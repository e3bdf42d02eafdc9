import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.images import validate_image
from tests.conftest import make_image

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "WEBP"])
def test_validate_image_accepts_web_formats(fmt):
    assert validate_image(make_image(fmt)) == fmt


def test_validate_image_rejects_a_file_that_is_not_an_image():
    fake = SimpleUploadedFile("logo.png", b"<?php echo 'not an image'; ?>")
    with pytest.raises(ValidationError) as error:
        validate_image(fake)
    assert error.value.code == "invalid_image"


def test_validate_image_rejects_files_over_the_byte_limit(settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 100
    with pytest.raises(ValidationError) as error:
        validate_image(make_image(size=(200, 200)))
    assert error.value.code == "image_too_large"


def test_validate_image_rejects_huge_dimensions(settings):
    settings.IMAGE_MAX_PIXELS = 1000
    with pytest.raises(ValidationError) as error:
        validate_image(make_image(size=(100, 100)))
    assert error.value.code == "image_dimensions"


def test_validate_image_rejects_other_image_formats():
    with pytest.raises(ValidationError) as error:
        validate_image(make_image("BMP"))
    assert error.value.code == "image_format"


def test_richtext_upload_stores_a_valid_image_for_staff(staff_client, settings):
    response = staff_client.post(reverse("richtext_image_upload"), {"upload": make_image("JPEG")})
    assert response.status_code == 200
    url = response.json()["url"]
    assert url.startswith("/media/uploads/") and url.endswith(".jpg")
    stored = settings.MEDIA_ROOT / url.removeprefix("/media/")
    assert stored.exists()


def test_richtext_upload_names_the_file_by_its_real_format(staff_client):
    upload = make_image("PNG", name="photo.jpg")
    response = staff_client.post(reverse("richtext_image_upload"), {"upload": upload})
    assert response.json()["url"].endswith(".png")


def test_richtext_upload_rejects_a_non_image(staff_client):
    fake = SimpleUploadedFile("x.png", b"GIF89a-but-not-really")
    response = staff_client.post(reverse("richtext_image_upload"), {"upload": fake})
    assert response.status_code == 400
    assert "valid image" in response.json()["error"]["message"]


def test_richtext_upload_is_refused_to_visitors(client):
    response = client.post(reverse("richtext_image_upload"), {"upload": make_image()})
    assert response.status_code == 403


def test_richtext_upload_is_refused_to_non_staff_users(client, django_user_model):
    user = django_user_model.objects.create_user("member", password="pw-not-important-1")
    client.force_login(user)
    response = client.post(reverse("richtext_image_upload"), {"upload": make_image()})
    assert response.status_code == 403


def test_member_logo_must_be_a_real_image(staff_client):
    response = staff_client.post(
        reverse("admin:members_membercompany_add"),
        {
            "name": "Bad Logo Co",
            "slug": "bad-logo",
            "is_active": "on",
            "logo": SimpleUploadedFile("logo.png", b"not an image"),
        },
    )
    assert response.status_code == 200
    assert "valid image" in response.content.decode()
