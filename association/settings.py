"""Xiehui settings: one module, configured through environment variables.

Every value a deployment changes comes from the environment (or a ``.env`` file beside
``manage.py``). DEBUG is off unless ``DJANGO_DEBUG`` says otherwise, and every security
setting is on whenever DEBUG is off.
"""

import datetime
from pathlib import Path

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)

# A development key is allowed only with DEBUG on; production must bring its own.
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Production (DJANGO_DEBUG off) needs a long random "
            'secret key, for example from: python -c "import secrets; '
            'print(secrets.token_urlsafe(50))"'
        )
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
# How many reverse proxies (each appending to X-Forwarded-For) stand in front of the app;
# the per-address rate limits use it to find the visitor's address.
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=0)

INSTALLED_APPS = [
    "modeltranslation",  # before the admin, so its admin integration loads first
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_ckeditor_5",
    "reversion",  # stores the revisions of articles, pages, members and site settings
    "axes",  # counts failed logins and locks the login after repeated ones
    "django_tasks",  # background work (the tasks API Django 6 adopted)
    "django_tasks_db",  # its queue, in our database: `manage.py db_worker` runs it
    # Ours, from the bottom up (the layering is checked by import-linter, see pyproject.toml):
    "core",  # what every app builds on; knows no app of ours
    "images",  # the media library: every picture, its renditions and where it is used
    "outbox",  # every email the site sends: queued, sent by the worker, retried
    "members",  # member companies, directory, applications
    "contact",  # the Contact Us inbox
    "news",  # categories and articles (mentions member companies)
    "pages",  # the site on top: pages, site settings, home, site map, header and footer
]

MIDDLEWARE = [
    "core.logs.RequestIdMiddleware",  # every log line of a request carries its id
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Whole pages for anonymous visitors from the shared cache (core/pagecache.py): a hit
    # skips everything below. ConditionalGet answers unchanged pages with 304.
    "core.pagecache.PageCacheMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Content-Security-Policy and Permissions-Policy (the policies are below) on every page;
    # below the page cache, so a kept page carries the headers it was stored with and a hit
    # does not build them again. Static files need neither.
    "csp.middleware.CSPMiddleware",
    "core.security.PermissionsPolicyMiddleware",
    # Public forms refuse large bodies and files before anything reads them.
    "core.security.RequestLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.redirects.RedirectFallbackMiddleware",  # a 404 for an old address: 301 (core.Redirect)
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.revisions.CurrentUserMiddleware",  # who made a change, for its revision
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "association.urls"
WSGI_APPLICATION = "association.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.context_processors.site",
            ],
        },
    },
]

# SQLite file by default; DATABASE_URL (postgres://user:pass@host:5432/name) otherwise.
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
# Persistent connections: a new PostgreSQL connection costs more than most pages' queries.
# The health check replaces one the server has closed, instead of failing a request.
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DJANGO_CONN_MAX_AGE", default=600))
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
if DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql"):
    # No request waits for a database that does not answer: connecting gives up after
    # connect_timeout, a statement after DJANGO_DB_STATEMENT_TIMEOUT, and a connection
    # whose server vanished is dropped by TCP (keepalives, unacknowledged data).
    DATABASES["default"].setdefault("OPTIONS", {})
    for name, value in {
        "connect_timeout": env.int("DJANGO_DB_CONNECT_TIMEOUT", default=3),
        "options": f"-c statement_timeout={env.int('DJANGO_DB_STATEMENT_TIMEOUT', default=15000)}",
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 3,
        "keepalives_count": 3,
        "tcp_user_timeout": 10000,
    }.items():
        DATABASES["default"]["OPTIONS"].setdefault(name, value)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite behind a web server with threads or several processes: a writer takes the
    # lock when its transaction begins (IMMEDIATE) instead of failing half way with
    # "database is locked", others wait for it (timeout, seconds), and readers never block
    # the writer (WAL).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": env.int("DJANGO_SQLITE_TIMEOUT", default=20),
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when REDIS_URL is set (required once several processes serve the site, so that a
# change made in one process is seen by all); a per-process memory cache otherwise.
if env.str("REDIS_URL", default=""):
    CACHES = {"default": env.cache_url("REDIS_URL")}
    # Django's backend with one client per connection pool, which carries on without Redis
    # when it is down or silent (see core/redis_cache.py): short timeouts, no retries.
    CACHES["default"]["BACKEND"] = "core.redis_cache.RedisCache"
    CACHES["default"].setdefault("OPTIONS", {}).update(
        {
            "socket_connect_timeout": env.float("DJANGO_REDIS_CONNECT_TIMEOUT", default=0.5),
            "socket_timeout": env.float("DJANGO_REDIS_TIMEOUT", default=0.5),
            "retry_on_timeout": False,
        }
    )
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# How long a page kept for anonymous visitors may live (seconds; 0 turns the page cache
# off). A change to any public content, or a scheduled item going live, ends it sooner.
PAGE_CACHE_SECONDS = env.int("DJANGO_PAGE_CACHE_SECONDS", default=60 * 60)
PAGE_CACHE_EXCLUDE = ("/admin/", "/media/", "/healthz", "/readyz")  # editors', files, probes

# The login locks after AXES_FAILURE_LIMIT failures in a row for one account, or from one
# address, for an hour; the right password is refused too while it lasts, and the password is
# not even checked (a guesser costs no hashing). The counts live in the database, so every
# server shares them. `manage.py axes_reset_username NAME` (or axes_reset_ip, axes_reset)
# lifts a lock; the admin lists the failures under "Axes".
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first, as django-axes requires
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("DJANGO_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(hours=1)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one locks
AXES_CLIENT_IP_CALLABLE = "association.lockout.client_ip"  # behind proxies too
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "association.lockout.locked_out"
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Public URLs carry their language (/en/..., /zh-hans/...); the admin does not.
# "/" sends a visitor to the language their browser asks for (zh-CN and zh mean Chinese),
# and to LANGUAGE_CODE when it asks for neither.
# Adding a language (say Traditional Chinese for members in Hong Kong and Taiwan) is
# DJANGO_LANGUAGES=en,zh-hans,zh-hant, a catalogue in locale/, and `makemigrations` for
# the new columns: no code names a language.
LANGUAGE_CODE = env.str("DJANGO_LANGUAGE_CODE", default="zh-hans")
LANGUAGE_NAMES = {
    "en": _("English"),
    "zh-hans": _("Simplified Chinese"),
    "zh-hant": _("Traditional Chinese"),
}
LANGUAGES = [
    (code, LANGUAGE_NAMES.get(code, code))
    for code in env.list("DJANGO_LANGUAGES", default=["en", "zh-hans"])
]
# The switch names each language in itself; Django's "简体中文" is shortened as the seed
# page does, as long as no other Chinese stands beside it.
LANGUAGE_SWITCH_LABELS = {} if "zh-hant" in dict(LANGUAGES) else {"zh-hans": "中文"}
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["association.formats"]

# Content in both languages, in columns of the same table (title_en, title_zh_hans).
# A text missing in one language falls back to the other one.
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
# Slugs are made from this language's text first (English reads best in an address).
MODELTRANSLATION_DEFAULT_LANGUAGE = "en" if "en" in MODELTRANSLATION_LANGUAGES else LANGUAGES[0][0]
MODELTRANSLATION_PREPOPULATE_LANGUAGE = MODELTRANSLATION_DEFAULT_LANGUAGE
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": MODELTRANSLATION_LANGUAGES}
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Production normally lets the web server serve MEDIA_ROOT at /media/; a small site with no
# separate web server can let Django do it.
SERVE_MEDIA = env.bool("DJANGO_SERVE_MEDIA", default=False)
# Several app servers must see the same uploads: MEDIA_ROOT on storage they all mount
# (declare it with DJANGO_MEDIA_SHARED=1, as for a single server; `check --deploy` asks), or
# S3-compatible object storage when DJANGO_MEDIA_S3_BUCKET is set (pip install "xiehui[s3]";
# credentials from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, as boto3 reads them).
MEDIA_SHARED = env.bool("DJANGO_MEDIA_SHARED", default=False)
MEDIA_S3_BUCKET = env.str("DJANGO_MEDIA_S3_BUCKET", default="")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        ),
    },
}

if MEDIA_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": env.str("DJANGO_MEDIA_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("DJANGO_MEDIA_S3_REGION", default="") or None,
            # Public files at stable addresses (pictures in pages), served by the bucket or
            # its CDN domain, never overwritten in place.
            "custom_domain": env.str("DJANGO_MEDIA_S3_CUSTOM_DOMAIN", default="") or None,
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }

# Uploads: anything larger is refused before it reaches Pillow.
# The largest body a public address accepts: the longest contact message (5,000 Chinese
# characters, percent-encoded) fits four times over. The editors' addresses below have
# their own limits (Django's, and the media library's IMAGE_MAX_UPLOAD_BYTES).
PUBLIC_MAX_BODY_BYTES = env.int("DJANGO_PUBLIC_MAX_BODY_BYTES", default=256 * 1024)
UPLOAD_PATH_PREFIXES = ("/admin/", "/richtext/upload/")
IMAGE_MAX_UPLOAD_BYTES = env.int("IMAGE_MAX_UPLOAD_BYTES", default=5 * 1024 * 1024)
IMAGE_MAX_PIXELS = env.int("IMAGE_MAX_PIXELS", default=40_000_000)
FILE_UPLOAD_PERMISSIONS = 0o644

# Email: printed to the console unless DJANGO_EMAIL_URL names an SMTP server, e.g.
# smtp+tls://user:password@smtp.example.org:587 (django-environ's email URL syntax).
EMAIL_CONFIG = env.email_url("DJANGO_EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# Emails leave the request: it stores them (outbox) and the task worker sends them.
EMAIL_TIMEOUT = env.int("DJANGO_EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who hears about new messages and applications when the site settings name nobody.
MANAGERS = [("Managers", address) for address in env.list("DJANGO_MANAGERS", default=[])]

# Rich text: CKEditor 5. What the toolbar offers is what the sanitizer keeps
# (core/richtext.py); image uploads go through our own view, for those who may edit rich
# text (core.richtext.can_upload_images).
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "richtext_image_upload"
# The editor's own name for each site language whose menus it translates (English needs none).
CKEDITOR_5_LANGUAGES = {"zh-hans": "zh-cn", "zh-hant": "zh"}
CKEDITOR_5_FILE_UPLOAD_PERMISSION = "staff"
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "jpg", "png", "gif", "webp"]
CKEDITOR_5_CONFIGS = {
    "default": {
        "toolbar": {
            "items": [
                "heading",
                "|",
                "bold",
                "italic",
                "link",
                "bulletedList",
                "numberedList",
                "blockQuote",
                "|",
                "insertImage",
                "insertTable",
                "|",
                "undo",
                "redo",
            ],
            # Half a screen wide beside the other language: wrap, never hide buttons
            # under "Show more items".
            "shouldNotGroupWhenFull": True,
        },
        "heading": {
            "options": [
                {"model": "paragraph", "title": "Paragraph", "class": "ck-heading_paragraph"},
                {
                    "model": "heading2",
                    "view": "h2",
                    "title": "Heading 2",
                    "class": "ck-heading_heading2",
                },
                {
                    "model": "heading3",
                    "view": "h3",
                    "title": "Heading 3",
                    "class": "ck-heading_heading3",
                },
            ],
        },
        "image": {
            "toolbar": ["imageTextAlternative", "|", "toggleImageCaption"],
            # What the editor lets through to the server, which decides (core.images) and
            # says why it refuses: an SVG or a BMP gets that message instead of nothing.
            "upload": {"types": ["jpeg", "png", "gif", "webp", "bmp", "tiff", "svg+xml"]},
        },
        "table": {
            "contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"],
        },
    },
}

# Background work: a queue in the database, run by `manage.py db_worker` (make run starts
# one; production runs it under systemd, see docs/deploy.md).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Production hardening: on whenever DEBUG is off.
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
# The probes answer over plain HTTP too: load balancers ask the app server directly.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content Security Policy (django-csp). Scripts come only from this site's own files: no
# page, public or admin, has an inline script or an event attribute, and none evaluates
# text as code, so neither 'unsafe-inline' nor 'unsafe-eval' is allowed for scripts (the
# JSON-LD blocks and CKEditor's settings are data, not scripts: CSP leaves them alone).
# Styles allow inline ones: each page sets the brand colour in a <style>, and CKEditor 5
# styles its toolbar from its own code. Nothing may frame the site, and forms post only
# to it.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],  # CKEditor previews pasted pictures as blob:
        "font-src": [SELF],
        "connect-src": [SELF],  # CKEditor's uploads
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Browser features no page of the site uses, turned off for it and anything it embeds.
PERMISSIONS_POLICY_DENIED = (
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "serial",
    "bluetooth",
    "hid",
    "midi",
    "display-capture",
    "browsing-topics",
)

# Logs: one line per record on stdout, with the request's id (core/logs.py); JSON unless
# DEBUG is on or DJANGO_LOG_FORMAT=text. Errors are also emailed to DJANGO_ADMINS when set
# ("Name <address>" or plain addresses, comma-separated).
ADMINS = [
    (address.partition("<")[0].strip() or address, address.partition("<")[2].rstrip(">") or address)
    for address in env.list("DJANGO_ADMINS", default=[])
]
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "core.logs.RequestIdFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "json": {"()": "core.logs.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id"],
            "formatter": env.str("DJANGO_LOG_FORMAT", default="text" if DEBUG else "json"),
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
    # Django's records reach stdout once, through the root logger (its own console handler
    # would print them a second time with DEBUG on). Request errors go to ADMINS; an
    # unreachable database once per ten minutes per process (core/faults.py), not per request.
    "loggers": {
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.request": {"handlers": ["mail_admins"], "propagate": True},
        "core.faults": {"handlers": ["mail_admins"], "propagate": True},
    },
}
