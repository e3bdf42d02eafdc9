import io

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from tests import factories


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Each test: its own MEDIA_ROOT, an empty cache, English as the thread's language
    (tests/settings.py holds what is the same for the whole run)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    # Tests write content as English unless they say otherwise; a request to /zh-hans/
    # switches the thread's language, so each test starts from English again.
    translation.activate("en")
    yield
    translation.deactivate()
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Make a change as if its transaction committed, so that the content_changed listeners
    (caches, the search index) run: ``committed(factory, title=...)``, ``committed(obj.save)``."""

    def run(change, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return change(*args, **kwargs)

    return run


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
