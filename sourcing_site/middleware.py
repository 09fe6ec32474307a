"""Site-wide request handling: what is refused before any view runs, headers
every response carries, and what happens when the database is unreachable."""

import logging
import os
import socket
import threading
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.db import connections

from core.responses import refused

from . import views

logger = logging.getLogger(__name__)

NUL_ENCODINGS = ("%00", "\x00")
# Nothing on the site needs PUT, DELETE, OPTIONS, TRACE...: they get a 405
# instead of the page (TRACE used to echo it, OPTIONS used to start a session).
ALLOWED_METHODS = ("GET", "HEAD", "POST")


class SiteHeadersMiddleware:
    """Headers Django has no setting for, on every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.setdefault(
            "Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response


class RequestLimitsMiddleware:
    """Refuses, from the headers alone, what no page accepts: an unsupported
    method, a body over DJANGO_MAX_BODY_BYTES (file parts included, which
    Django's own limit does not count), a body of unknown length. (Files inside
    an accepted body are refused by RefuseFilesHandler, uploads.py.)

    It runs before anything reads request.POST, so a refused body is never
    read into memory or spooled to a temporary file.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.refusal(request) or self.get_response(request)
        if (
            response.status_code == 405
            and not getattr(response, "streaming", True)
            and not response.content
        ):
            # Django's require_* decorators answer 405 with an empty body.
            allowed = response["Allow"]
            response = refused(request, 405)
            response["Allow"] = allowed
        return response

    def refusal(self, request):
        if request.method not in ALLOWED_METHODS:
            response = refused(request, 405)
            response["Allow"] = ", ".join(ALLOWED_METHODS)
            return response
        if "transfer-encoding" in request.headers:
            # A chunked body has no length to check up front (nginx in front
            # buffers it and sends a length instead).
            return refused(request, 411)
        length = request.headers.get("content-length") or "0"
        if not length.isdigit():
            return refused(request, 400)
        if int(length) > settings.MAX_BODY_BYTES:
            return refused(request, 413)
        return None


class NulByteMiddleware:
    """A NUL character is never meaningful input, and PostgreSQL refuses text
    containing one (it would surface as a 500 from any lookup or filter).

    In a query string it is dropped, so a search for "off%00shoring" still
    finds offshoring; in a submitted form it gets the friendly 400 page. Forms
    are looked at in process_view, after the CSRF check: a body sent from
    another site is refused before it is parsed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if any(nul in query for nul in NUL_ENCODINGS):
            for nul in NUL_ENCODINGS:
                query = query.replace(nul, "")
            request.META["QUERY_STRING"] = query
            request.GET = request.GET.__class__(query)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method == "POST" and self.form_has_nul(request):
            raise SuspiciousOperation("A form field contained a NUL character.")
        return None

    @staticmethod
    def form_has_nul(request):
        return any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.POST.lists()
        )


class DatabaseUnavailableMiddleware:
    """A database that refuses or hangs gets the visitor a branded 503 with
    Retry-After within seconds, never a 500 or a worker stuck until the
    server's timeout; the next request simply tries again.

    PostgreSQL's connect_timeout, statement_timeout and
    idle_in_transaction_session_timeout (settings.py) cover a server that
    refuses or is slow. They cannot cover a server (or a network path) that
    accepts and then never answers: the statement never reaches the server to
    time out, and the kernel keeps acknowledging the socket, so neither TCP
    keepalives nor tcp_user_timeout fire. That one is cut off here, when one
    query (or the check of a kept-open connection) has waited a second longer
    than those limits. Only time spent waiting on the database counts, so a
    busy machine is not mistaken for a hung database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        database = connections["default"]
        if database.vendor != "postgresql":
            return self.get_response(request)
        # Django checks a kept-open connection with a SELECT 1 before its first
        # use in a request, outside any execute wrapper: done here, watched.
        with WATCHDOG.watching(database, settings.DB_CONNECT_TIMEOUT + 1):
            database.close_if_health_check_failed()
        with database.execute_wrapper(watch_query):
            return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, views.DATABASE_DOWN):
            logger.warning("Database unavailable: %s", exception)
            return views.service_unavailable(request)
        return None


class ConnectionWatchdog:
    """One thread per process that shuts down the socket of a PostgreSQL
    connection whose query is past its deadline. The blocked read then
    fails at once with an OperationalError, which becomes the 503 page.

    A socket shutdown is used because psycopg has no client-side query
    timeout, and a cancel request would go to the same unresponsive server.
    """

    INTERVAL = 0.2

    def __init__(self):
        self._lock = threading.Lock()
        self._watched = {}
        self._pid = None

    @contextmanager
    def watching(self, wrapper, seconds):
        self._start_once_per_process()
        key = object()
        with self._lock:
            self._watched[key] = (time.monotonic() + seconds, wrapper)
        try:
            yield
        finally:
            with self._lock:
                self._watched.pop(key, None)

    def _start_once_per_process(self):
        # gunicorn forks workers after importing the app: a thread started in
        # the parent would not exist in them.
        if self._pid != os.getpid():
            with self._lock:
                if self._pid != os.getpid():
                    self._pid = os.getpid()
                    threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while True:
            time.sleep(self.INTERVAL)
            now = time.monotonic()
            with self._lock:
                overdue = [
                    k for k, (deadline, _) in self._watched.items() if deadline < now
                ]
                wrappers = [self._watched.pop(k)[1] for k in overdue]
            for wrapper in wrappers:
                cut_connection(wrapper)


def cut_connection(wrapper) -> None:
    try:
        descriptor = wrapper.connection.pgconn.socket
        stuck = socket.socket(fileno=os.dup(descriptor))
    except Exception:  # no connection, or already closed: nothing to cut
        return
    with stuck:
        try:
            stuck.shutdown(socket.SHUT_RDWR)
        except OSError:
            return
    logger.warning("Cut a database connection stuck for %ss", settings.DB_TIMEOUT)


WATCHDOG = ConnectionWatchdog()


def watch_query(execute, sql, params, many, context):
    with WATCHDOG.watching(context["connection"], settings.DB_TIMEOUT + 1):
        return execute(sql, params, many, context)
