import io
import tempfile
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from tests import factories


def pytest_configure(config):
    """Before any server starts (the live server builds its middleware once): plain HTTP,
    and an empty STATIC_ROOT so WhiteNoise has a folder to read (tests serve static files
    from the apps' folders, never from collectstatic)."""
    from django.conf import settings

    settings.SECURE_SSL_REDIRECT = False
    settings.STATIC_ROOT = Path(tempfile.mkdtemp(prefix="xiehui-static-"))


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    """Test tweaks: plain HTTP, a throw-away MEDIA_ROOT, unhashed static files, an empty cache."""
    settings.SECURE_SSL_REDIRECT = False
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    cache.clear()
    # Tests write content as English unless they say otherwise; a request to /zh-hans/
    # switches the thread's language, so each test starts from English again.
    translation.activate("en")
    yield
    translation.deactivate()
    cache.clear()


@pytest.fixture
def site_settings():
    return factories.SiteSettingsFactory()


@pytest.fixture
def category():
    return factories.CategoryFactory(name="IC News", slug="ic-news")


@pytest.fixture
def staff_client(admin_client):
    """A client logged in as a superuser, separate from the anonymous ``client``, whose
    browser asks for English (the admin follows the browser's language)."""
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return admin_client


def make_image(fmt: str = "PNG", size: tuple[int, int] = (40, 20), name: str | None = None):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format=fmt)
    extension = {"JPEG": "jpg"}.get(fmt, fmt.lower())
    return SimpleUploadedFile(
        name or f"picture.{extension}", buffer.getvalue(), content_type=f"image/{extension}"
    )


@pytest.fixture
def image_file():
    return make_image()
