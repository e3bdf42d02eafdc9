"""Deployment checks (``manage.py check --deploy``) for a site that may run on several
app servers: every server process must share the cache (the page cache, rate limits and
lockouts live there) and see the same uploaded files."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, register

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)
LOCAL_STORAGES = ("django.core.files.storage.FileSystemStorage",)


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs) -> list[Error]:
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.DEBUG or backend not in PER_PROCESS_CACHES:
        return []
    return [
        Error(
            "The cache is kept inside each server process.",
            hint=(
                "Set REDIS_URL (redis://host:6379/0). Even one server runs several processes: "
                "without a shared cache an edit does not reach the pages the other processes "
                "keep, and rate limits count per process."
            ),
            id="xiehui.E001",
        )
    ]


@register(Tags.files, deploy=True)
def check_shared_media(app_configs, **kwargs) -> list[Error]:
    backend = settings.STORAGES["default"]["BACKEND"]
    if settings.DEBUG or backend not in LOCAL_STORAGES or settings.MEDIA_SHARED:
        return []
    return [
        Error(
            "Uploaded files are stored in a local folder (MEDIA_ROOT) that is not declared shared.",
            hint=(
                "With several app servers, put MEDIA_ROOT on storage they all mount (NFS, say) "
                "or use object storage (DJANGO_MEDIA_S3_BUCKET); then, or when there is only "
                "one app server, set DJANGO_MEDIA_SHARED=1."
            ),
            id="xiehui.E002",
        )
    ]
