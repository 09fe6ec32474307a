"""Settings for Sourcing Guide: one module, driven by the environment.

Every variable is listed with its meaning in `.env.example`. Local defaults are
safe: an SQLite file, DEBUG off unless asked for, a throwaway secret key that
production refuses to use.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from .env import env_bool, env_int, env_list, env_str, read_or_create_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", default=False)
PRODUCTION = env_bool("DJANGO_PRODUCTION", default=False)

_DEV_SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
# DJANGO_SECRET_KEY wins; else DJANGO_SECRET_KEY_FILE names a file holding the
# key, created with a random key the first time (how `make serve` runs).
SECRET_KEY = env_str("DJANGO_SECRET_KEY") or (
    read_or_create_secret_key(Path(env_str("DJANGO_SECRET_KEY_FILE")))
    if env_str("DJANGO_SECRET_KEY_FILE")
    else _DEV_SECRET_KEY
)
if PRODUCTION and SECRET_KEY == _DEV_SECRET_KEY:
    raise ImproperlyConfigured(
        "Set DJANGO_SECRET_KEY or DJANGO_SECRET_KEY_FILE when DJANGO_PRODUCTION is on."
    )
# Behind deploy/'s nginx (or any proxy that terminates HTTPS and sets
# X-Forwarded-Proto). Only then is HTTPS enforced by default: `make serve` alone
# answers plain HTTP on 127.0.0.1, where a redirect would lead nowhere.
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY")
HTTPS = env_bool("DJANGO_HTTPS", default=PRODUCTION and BEHIND_PROXY)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Django's own widget templates, for FORM_RENDERER below.
    "django.forms",
    # Trigram and full-text lookups for search on PostgreSQL (harmless on SQLite).
    "django.contrib.postgres",
    "bootstrap",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_tables2",
    "formtools",
    "csp",
    "axes",
    "reversion",
    "core",
    "citations",
    "glossary",
    "advisor",
    "locations",
    "costs",
    "editorial",
]

MIDDLEWARE = [
    # Outermost, so that every response (static files and refusals included)
    # gets these headers. RequestLimitsMiddleware refuses oversized or odd
    # requests before anything reads their body.
    "sourcing_site.middleware.SiteHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "sourcing_site.middleware.RequestLimitsMiddleware",
    # ETags and 304s for every page, cached or rendered.
    "django.middleware.http.ConditionalGetMiddleware",
    # Anonymous pages from the cache (odd requests are refused above; a cached
    # page is served even while the database is down); what it stores is
    # already compressed by Django's GZip, which pads against BREACH.
    "core.page_cache.PageCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "sourcing_site.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # After the CSRF check: a form from another site is refused before its
    # body is parsed.
    "sourcing_site.middleware.NulByteMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a lockout into the 429 page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, as django-axes asks: refuses a locked-out login before checking it.
    "core.security.LoginLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# After the admin login, without a valid `next`: Django's default,
# /accounts/profile/, does not exist here.
LOGIN_REDIRECT_URL = "admin:index"
LOGIN_URL = "admin:login"

# Widgets render through the site's template engine, so that
# templates/django/forms/widgets/ can replace the few widget templates that
# include another template for every option (a list of every term, a
# question's answers): the same markup, written in one loop (docs/benchmarks.md).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

ROOT_URLCONF = "sourcing_site.urls"
WSGI_APPLICATION = "sourcing_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sourcing_site.context_processors.navigation",
                "core.page_cache.fragment_keys",
            ],
        },
    },
]

# SQLite file by default; DATABASE_URL (e.g. postgres://user@host/db) switches.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
# A database that refuses or hangs must cost a visitor seconds, not a worker:
# PostgreSQL gives up connecting after DJANGO_DB_CONNECT_TIMEOUT and stops any
# statement after DJANGO_DB_TIMEOUT; DatabaseUnavailableMiddleware cuts a
# connection that is still stuck a second later (a server that accepts but
# never answers) and answers 503.
DB_CONNECT_TIMEOUT = env_int("DJANGO_DB_CONNECT_TIMEOUT", 3)
DB_TIMEOUT = env_int("DJANGO_DB_TIMEOUT", 5)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # pg_trgm's threshold: the typo tolerance of search in the database
    # (glossary/postgres_search.py). "resoring" still finds reshoring, while a
    # shared ending ("-shoring") alone no longer makes hundreds of candidates.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        connect_timeout=DB_CONNECT_TIMEOUT,
        # A transaction left open by a stuck request holds its locks no
        # longer than a few statements would take.
        options=f"-c statement_timeout={DB_TIMEOUT * 1000}"
        f" -c idle_in_transaction_session_timeout={DB_TIMEOUT * 2 * 1000}"
        " -c pg_trgm.word_similarity_threshold=0.7",
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A shared Redis cache when REDIS_URL is set, a per-process cache otherwise.
# django-redis rather than Django's own backend for IGNORE_EXCEPTIONS: with
# Redis down or hanging, every cache call gives up within DJANGO_REDIS_TIMEOUT
# and counts as a miss, so pages still render (the cache fails open).
REDIS_URL = env_str("REDIS_URL")
REDIS_TIMEOUT = float(env_str("DJANGO_REDIS_TIMEOUT", "0.25"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "sourcing",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT,
                "SOCKET_TIMEOUT": REDIS_TIMEOUT,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# Whole public pages for anonymous visitors (core/page_cache.py). They
# must be shared by every app process, or one process's invalidation would not
# reach the others: Redis when there is one, else files on this machine.
if REDIS_URL:
    CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": "sourcing-pages"}
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env_str("DJANGO_PAGE_CACHE_DIR", str(BASE_DIR / "var" / "pages")),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
PAGE_CACHE_ENABLED = env_bool("DJANGO_PAGE_CACHE", default=True)
# How long the app and shared caches (nginx, a CDN: `s-maxage`) keep a page.
# An edit shows at once on the app (the content version changes); this is how
# long an edit saved while the cache was unreachable can stay unseen.
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 60)
# Pages kept with their query string too: their views redirect every query to
# one canonical form (defaults left out, a fixed order), so each is stored once.
PAGE_CACHE_QUERY_PATHS = ("/where/",)
# Rendered pages' {% cache %} fragments, kept as long as a page (off: the
# benchmark's whole renders).
TEMPLATE_FRAGMENTS = env_bool("DJANGO_TEMPLATE_FRAGMENTS", default=True)

# Sessions (and so the advisor wizard) live in the database only: any app
# process can serve a visitor, and Redis being down or flushed loses nothing.
# Only wizard runs and editors have sessions (one indexed read per request),
# so a cache in front would save little and add a way to fail.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 7
SESSION_COOKIE_HTTPONLY = True

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    # Editors' and administrators' accounts guard the whole site's content.
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "core.passwords.CharacterVarietyValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
# The site is in English only: without the translation machinery every
# reverse(), {% url %} and date costs less (Django's performance advice). Turn
# it on with the first translation.
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
# The manifest (every static file's hashed name) is kept out of STATIC_ROOT, so
# neither whitenoise nor nginx serves it.
STATIC_MANIFEST_DIR = BASE_DIR / "var" / "staticfiles-manifest"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": env_str(
            "DJANGO_STATICFILES_STORAGE",
            "sourcing_site.storage.ManifestOutsideStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage",
        )
    },
}
# Outside production, static files are found in the apps on each request, so
# neither collectstatic nor a restart is needed after editing CSS.
WHITENOISE_USE_FINDERS = WHITENOISE_AUTOREFRESH = not PRODUCTION

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"
DJANGO_TABLES2_TEMPLATE = "django_tables2/bootstrap5-responsive.html"

# Bad input is refused with a clear 4xx page instead of being parsed. The
# whole body, file parts included, is checked against DJANGO_MAX_BODY_BYTES by
# RequestLimitsMiddleware before anything reads it.
MAX_BODY_BYTES = env_int("DJANGO_MAX_BODY_BYTES", 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_BODY_BYTES
# No page accepts files: a file part in a form is refused, never written to disk.
FILE_UPLOAD_HANDLERS = ["sourcing_site.uploads.RefuseFilesHandler"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# Rate limits (requests per client address per window, in seconds) that normal
# use never meets; they fail open when the cache is down.
RATE_LIMITS = {
    "search": (env_int("DJANGO_RATE_SEARCH", 120), 60),
    "finish": (env_int("DJANGO_RATE_FINISH", 100), 3600),
}

# Brute force on the admin login: after 5 failures for one username from one
# address, that pair is locked out for 15 minutes (a 429 page). Locking by the
# pair, not the username alone, means an attacker cannot lock an editor out
# from everywhere.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "429_login.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.security.client_ip"
AXES_USERNAME_CALLABLE = "core.security.lockout_username"

# Security headers. HTTPS-only settings switch on in production.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_COOKIE_HTTPONLY = True
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
# Nothing on the site uses these browser features; say so to every page.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), "
    "magnetometer=(), payment=(), usb=(), interest-cohort=()"
)
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=HTTPS)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000 if HTTPS else 0)
# Every subdomain is HTTPS too, and the domain may be submitted to browsers'
# preload list (hstspreload.org): turn off if a subdomain must stay on HTTP.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None

# A strict policy: every script and style comes from our own static files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

# Messages travel in a signed cookie: a message shown to an anonymous visitor
# must not create a session.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

SITE_NAME = "Sourcing Guide"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "WARNING")},
}
