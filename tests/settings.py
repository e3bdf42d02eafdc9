"""Settings for the test run only: the project's settings with what makes tests fast and
self-contained. Production never imports this module.

The secret key comes from the environment (pytest-env, see pyproject.toml) because the
project's settings refuse to start without one.
"""

import tempfile
from pathlib import Path

from association.settings import *  # noqa: F403

# Passwords in fixtures are hashed thousands of times per run; PBKDF2 makes that the slowest
# part of the suite, and these passwords protect nothing.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Plain HTTP, as the test client and the live server speak it.
SECURE_SSL_REDIRECT = False

# Unhashed static files: the live server serves them through the finders, and a manifest
# would name files it cannot find. An empty STATIC_ROOT keeps WhiteNoise quiet.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="xiehui-static-"))
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="xiehui-media-"))

# The page cache is off for the suite, so that each test sees what a page costs and shows
# when it is built; tests/core/test_pagecache.py turns it on and tests it.
PAGE_CACHE_SECONDS = 0

# Background tasks run at once, inside the request, so that a test sees their effect (the
# queue itself is tested in tests/outbox/ with the database backend and the worker).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
