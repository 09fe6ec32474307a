"""Anonymous visitors' public pages from Django's cache, keyed by one content version.

The site is read far more often than it is written. A public page is the same
for every anonymous visitor, so it is kept in the "pages" cache for
PAGE_CACHE_SECONDS and the same Cache-Control lets nginx or a CDN keep it too
(`s-maxage`), while browsers always revalidate.

Invalidation is one number: the content version. Every write to a content
model (signals, connected by the editorial registry) and every bulk change
(loaders, imports: they call bump_content_version) gives it a new value, and
the version is part of every page's cache key, so the next request after an
edit renders afresh, in every app process sharing the cache. If the cache was
unreachable when an edit was saved, pages stored before it are still dropped
when their PAGE_CACHE_SECONDS run out: staleness is bounded by the time the
Cache-Control header states.

What is shared, and so stored, is decided once (`is_shareable`): a GET without
a session cookie or credentials, for a URL without a query string (search and
filter pages are rendered per request; PAGE_CACHE_QUERY_PATHS names the pages
whose views redirect every query to one canonical form, stored with it),
answered 200 with no cookie set. A page
that rendered a CSRF token always sets the CSRF cookie (Django's
CsrfViewMiddleware renews it on every such response), so no page with a form
is ever stored or marked public.

The keys are Django's own (`get_cache_key` / `learn_cache_key`, as its cache
middleware uses), so a response that varies on Accept-Encoding is kept once per
encoding. Django's stock middleware is not used as it is because its key prefix
is fixed at start-up (the version must change without a restart) and it takes
the page's lifetime from max-age, which we keep at 0 for browsers.
"""

import logging
import uuid
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.utils.cache import get_cache_key, learn_cache_key, patch_cache_control
from django.utils.functional import SimpleLazyObject

logger = logging.getLogger(__name__)
T = TypeVar("T")

CACHE_ALIAS = "pages"
VERSION_KEY = "content-version"


def page_cache():
    return caches[CACHE_ALIAS]


class CacheNotAnswering(Exception):
    """The page cache is down or hanging (django-redis turns errors into misses)."""


def content_version() -> str:
    cache = page_cache()
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    if version is None:
        raise CacheNotAnswering
    return version


def fragment_keys(request) -> dict:
    """Context processor: what a template's `{% cache %}` fragments are kept
    for and keyed by. The content version (read only by a page that has a
    fragment) makes any content write drop every fragment, in every process;
    the time is the page cache's, so an edit saved while the cache was
    unreachable is not hidden for longer than a cached page would hide it.

        {% cache fragment_seconds "name" content_version request.get_full_path %}
    """
    kept = settings.PAGE_CACHE_SECONDS if settings.TEMPLATE_FRAGMENTS else 0
    return {
        "content_version": SimpleLazyObject(_version_or_none),
        "fragment_seconds": kept,  # 0: expired as soon as stored
    }


def _version_or_none() -> str:
    try:
        return content_version()
    except Exception:  # a cache that does not answer: a key nothing was kept under
        return uuid.uuid4().hex


def kept_until_next_edit(name: str, build: Callable[[], T]) -> T:
    """`build()`, kept in the default cache until the next content edit, as
    the templates' `{% cache %}` fragments are (and off when they are off);
    built afresh whenever a cache does not answer."""
    if not settings.TEMPLATE_FRAGMENTS:
        return build()
    try:
        key = f"kept:{name}:{content_version()}"
        value = caches["default"].get(key)
    except Exception:  # a cache down or hanging: the database still answers
        return build()
    if value is None:
        value = build()
        caches["default"].set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


def bump_content_version(using=None, **signal_kwargs) -> None:
    """Every cached page is out of date from now on. Usable as a signal receiver.

    Bumped at once (a shell's or a test's change shows immediately) and again
    when the transaction commits: a page rendered from the old rows while the
    transaction was open is then stored under a version already gone.
    """
    _new_version()
    transaction.on_commit(_new_version, using=using)


def _new_version() -> None:
    try:
        page_cache().set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:  # the cache being down must never lose an editor's save
        logger.warning("Could not invalidate cached pages", exc_info=True)


def is_cacheable_request(request) -> bool:
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method == "GET"
        and (
            not request.META.get("QUERY_STRING")
            or request.path in settings.PAGE_CACHE_QUERY_PATHS
        )
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "Authorization" not in request.headers
    )


def is_shareable(request, response) -> bool:
    cache_control = response.get("Cache-Control", "").lower()
    return (
        is_cacheable_request(request)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in ("private", "no-store"))
    )


class PageCacheMiddleware:
    """Place it before GZipMiddleware (pages are stored compressed) and the
    session middleware (a cached page is served without reading a session)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        # Outside the except blocks below, the request goes on: an exception
        # raised further in would otherwise be logged chained to this one.
        prefix = cached = None
        try:
            prefix = f"v{content_version()}"
            key = get_cache_key(request, prefix, "GET", cache=page_cache())
            cached = page_cache().get(key) if key else None
        except DisallowedHost:  # Django answers it with a 400
            prefix = None
        except Exception:  # a cache that is down serves pages uncached
            logger.warning("Page cache unavailable", exc_info=True)
            prefix = None
        if cached is not None:
            return cached
        response = self.get_response(request)
        if prefix is not None and is_shareable(request, response):
            self.store(request, response, prefix)
        return response

    @staticmethod
    def store(request, response, prefix):
        seconds = settings.PAGE_CACHE_SECONDS
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=seconds,
            stale_while_revalidate=30,
        )
        try:
            key = learn_cache_key(request, response, seconds, prefix, page_cache())
            page_cache().set(key, response, seconds)
        except Exception:
            logger.warning("Could not store a page", exc_info=True)
