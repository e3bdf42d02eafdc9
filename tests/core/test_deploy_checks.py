"""`check --deploy` refuses a production setup whose server processes would not share the
cache or the uploaded files (core/checks.py)."""

from core.checks import check_shared_cache, check_shared_media

REDIS = {"default": {"BACKEND": "core.redis_cache.RedisCache", "LOCATION": "redis://r:6379/0"}}
LOCAL = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def ids(messages) -> list[str]:
    return [message.id for message in messages]


def test_a_per_process_cache_fails_in_production(settings):
    settings.DEBUG, settings.CACHES = False, LOCAL
    assert ids(check_shared_cache(None)) == ["xiehui.E001"]
    settings.CACHES = REDIS
    assert check_shared_cache(None) == []


def test_local_media_must_be_declared_shared_in_production(settings):
    settings.DEBUG, settings.MEDIA_SHARED = False, False
    [error] = check_shared_media(None)
    assert error.id == "xiehui.E002" and "DJANGO_MEDIA_SHARED=1" in error.hint
    settings.MEDIA_SHARED = True
    assert check_shared_media(None) == []


def test_object_storage_needs_no_declaration(settings):
    settings.DEBUG, settings.MEDIA_SHARED = False, False
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    }
    assert check_shared_media(None) == []


def test_development_is_left_alone(settings):
    settings.DEBUG, settings.CACHES, settings.MEDIA_SHARED = True, LOCAL, False
    assert check_shared_cache(None) == [] and check_shared_media(None) == []
