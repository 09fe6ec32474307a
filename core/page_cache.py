"""Whole public pages served from a cache, invalidated per database table.

The site is read far more often than it is written, so an anonymous visitor's
GET is answered from the "pages" cache. Each stored page remembers the
*version* of every content table its rendering read (seen in the SQL it ran).
Any write to a content table, whoever makes it (admin save or delete, a revert,
a loader, an import command, a bulk update), gives that table a new version, so
every page that showed its rows is re-rendered on its next request, in every
app process sharing the cache, while pages that never read that table stay
cached. Nothing here knows what a particular view shows: when a view starts
reading another table, its cached page follows by itself.

The versions also make a cheap ETag: a browser revalidating a page gets a 304
without the page being rendered.

Never cached: requests with any cookie but the CSRF one (staff and visitors
in the advisor have a session), and any response that sets another cookie (a
session began), is private, or is not a plain 200. A page with a form is
stored without its CSRF token, and each visitor gets their own
(core/page_tokens.py). A "Vary: Cookie" is fine: for a request without a
session cookie it only means the empty session was looked at (for messages,
say).
"""

import hashlib
import logging
import re
import uuid
from contextlib import ExitStack
from functools import cache as memoize
from functools import partial

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import connections, transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.http import parse_etags
from django.utils.regex_helper import _lazy_re_compile

from core import page_tokens
from core.page_tokens import TokenPage

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"
# The same test GZipMiddleware makes: both variants are cached side by side.
ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b")
WRITE_SQL = re.compile(r'\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)', re.I)
READ_TABLES = re.compile(r'\b(?:FROM|JOIN)\s+"(\w+)"', re.I)


def page_cache():
    return caches[CACHE_ALIAS]


def version_key(table: str) -> str:
    return f"table-version:{table}"


def new_version() -> str:
    return uuid.uuid4().hex[:12]


class CacheNotAnswering(Exception):
    """The page cache swallowed an error (django-redis IGNORE_EXCEPTIONS)."""


def table_versions(tables) -> dict[str, str]:
    """The current version of each table, created the first time it is asked for."""
    cache = page_cache()
    found = cache.get_many([version_key(table) for table in tables])
    versions = {}
    for table in tables:
        version = found.get(version_key(table))
        if version is None:
            cache.add(version_key(table), new_version(), timeout=None)
            version = cache.get(version_key(table))
        if version is None:
            # A cache that is down answers nothing, each time after a timeout:
            # give up at the first table rather than wait once per table.
            raise CacheNotAnswering(table)
        versions[table] = version
    return versions


def bump_table_versions(tables) -> None:
    """Every cached page that read one of these tables is out of date from now on."""
    try:
        page_cache().set_many(
            {version_key(table): new_version() for table in tables}, timeout=None
        )
    except Exception:  # the cache being down must never lose an editor's save
        logger.warning("Could not invalidate cached pages", exc_info=True)


def bump_content_version() -> None:
    """Every cached page that shows content is out of date (after bulk changes
    made outside Django's database connection)."""
    bump_table_versions(content_tables())


def bump_after_migrate(**kwargs) -> None:
    bump_content_version()


@memoize
def content_tables() -> frozenset[str]:
    """Tables whose rows some public page shows (settings.PAGE_CACHE_CONTENT_APPS,
    less the models in settings.PAGE_CACHE_NOT_CONTENT), with their m2m tables."""
    skip = {label.lower() for label in settings.PAGE_CACHE_NOT_CONTENT}
    tables = set()
    for app_label in settings.PAGE_CACHE_CONTENT_APPS:
        config = apps.get_app_config(app_label)
        for model in config.get_models(include_auto_created=True):
            if model._meta.label_lower not in skip:
                tables.add(model._meta.db_table)
    return frozenset(tables)


def watch_content_writes(execute, sql, params, many, context):
    """A database execute wrapper: a write to a content table bumps its version.

    Watching the SQL rather than model signals also catches bulk_create(),
    QuerySet.update() and deletes in loaders and admin actions. The version is
    bumped at once (so a test's or a shell's change shows immediately) and
    again on commit, so a page rendered from the old rows while the
    transaction was open is never stored under the new version.
    """
    result = execute(sql, params, many, context)
    match = WRITE_SQL.match(sql)
    if match and match.group(1) in content_tables():
        table = match.group(1)
        bump_table_versions([table])
        connection = context["connection"]
        again = partial(bump_table_versions, [table])
        pending = [entry[1] for entry in connection.run_on_commit]
        if not any(getattr(p, "args", None) == again.args for p in pending):
            transaction.on_commit(again, using=connection.alias)
    return result


def install_write_watcher(sender, connection, **kwargs):
    if watch_content_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(watch_content_writes)


class TablesRead:
    """Records which content tables the queries of one request read."""

    def __init__(self):
        self.tables = set()

    def __call__(self, execute, sql, params, many, context):
        self.tables.update(READ_TABLES.findall(sql))
        return execute(sql, params, many, context)

    def content(self) -> list[str]:
        return sorted(self.tables & content_tables())


def page_key(request) -> str:
    gzip = bool(ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")))
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{gzip}"
    return "page:" + hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def make_etag(key: str, versions: dict[str, str]) -> str:
    stamp = ",".join(
        f"{table}={version}" for table, version in sorted(versions.items())
    )
    digest = hashlib.md5(f"{key}|{stamp}".encode(), usedforsecurity=False)
    return f'"{digest.hexdigest()[:20]}"'


def can_store(response) -> bool:
    if response.status_code != 200 or response.streaming:
        return False
    # Only the CSRF cookie: its token is cut out and made per visitor.
    if set(response.cookies) - {settings.CSRF_COOKIE_NAME}:
        return False
    varies = {
        header.strip().lower()
        for header in cc_delim_re.split(response.headers.get("Vary", ""))
        if header.strip()
    }
    if not varies <= {"accept-encoding", "cookie"}:
        return False
    cache_control = response.headers.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store"))


class PageCacheMiddleware:
    """Serves anonymous GETs from the page cache; place it before GZipMiddleware
    (so compressed pages are stored) and before the session middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def applies_to(self, request) -> bool:
        return (
            settings.PAGE_CACHE_ENABLED
            and request.method == "GET"
            and request.COOKIES.keys() <= {settings.CSRF_COOKIE_NAME}
            and "Authorization" not in request.headers
        )

    def __call__(self, request):
        if not self.applies_to(request):
            return self.get_response(request)
        try:
            key = page_key(request)
            entry = page_cache().get(key)
            if entry is not None:
                cached = self.answer_from(request, key, entry)
                if cached is not None:
                    return cached
        except DisallowedHost:
            return self.get_response(request)  # Django answers it with a 400
        except Exception:  # a cache that is down serves pages uncached
            logger.warning("Page cache unavailable", exc_info=True)
            return self.get_response(request)
        return self.render_and_store(request, key)

    def answer_from(self, request, key, entry):
        """The stored page, or a 304, while every table it read is unchanged."""
        versions, status, headers, content = entry
        if versions and table_versions(versions) != versions:
            return None
        if isinstance(content, TokenPage):
            return page_tokens.serve(request, content, HttpResponse, status, headers)
        if make_etag(key, versions) in parse_etags(
            request.headers.get("If-None-Match", "")
        ):
            return self.not_modified(make_etag(key, versions))
        return HttpResponse(content, status=status, headers=dict(headers))

    def render_and_store(self, request, key):
        try:
            # Read before rendering: a write that lands while the page renders
            # then leaves the page stored under the older version, so unused.
            before = table_versions(content_tables())
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)
            return self.get_response(request)
        reads = TablesRead()
        with ExitStack() as stack:
            for alias in connections:
                stack.enter_context(connections[alias].execute_wrapper(reads))
            response = self.get_response(request)
        if can_store(response):
            try:
                self.store(key, response, before, reads)
            except Exception:
                logger.warning("Could not store a page", exc_info=True)
        return response

    def store(self, key, response, before, reads):
        versions = {table: before[table] for table in reads.content()}
        content = response.content
        if settings.CSRF_COOKIE_NAME in response.cookies:
            # A form's token was rendered: stored without it (core/page_tokens.py).
            gzipped = response.get("Content-Encoding") == "gzip"
            content = TokenPage.cut(response.content, compressed=gzipped)
            if content is None:
                return
            patch_cache_control(response, private=True, no_cache=True)
        else:
            response["ETag"] = make_etag(key, versions)
            patch_cache_control(response, no_cache=True)
        headers = list(response.items())
        if isinstance(content, TokenPage):  # its length varies with the token
            headers = [(k, v) for k, v in headers if k != "Content-Length"]
        entry = (versions, response.status_code, headers, content)
        page_cache().set(key, entry, settings.PAGE_CACHE_SECONDS)

    @staticmethod
    def not_modified(etag) -> HttpResponseNotModified:
        response = HttpResponseNotModified()
        response["ETag"] = etag
        patch_cache_control(response, no_cache=True)
        return response
