"""Site-wide views: crawlers, operators and friendly error pages."""

import sys
from urllib.parse import urlsplit

from django.contrib import admin
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from advisor.views import step_field_names

# What an unreachable, refusing or hanging database raises.
DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


@require_safe
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /advisor/result/",
        "Disallow: /advisor/step/",
        f"Sitemap: {sitemap}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@never_cache
@require_safe
def healthz(request):
    """Each dependency's state, for load balancers and operators.

    503 only when the database is down: without Redis the site still works
    (the cache fails open), so an app server must stay in rotation.
    """
    database, cache_ = database_state(), cache_state()
    if database != "ok":
        status = "error"
    elif cache_ == "unavailable":
        status = "degraded"
    else:
        status = "ok"
    report = {"status": status, "database": database, "cache": cache_}
    return JsonResponse(report, status=503 if status == "error" else 200)


def database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "unavailable"
    return "ok"


def cache_state() -> str:
    """ "ok" or "unavailable" for Redis; "local" for the per-process cache."""
    client = getattr(cache, "client", None)
    if client is None or not hasattr(client, "get_client"):
        return "local"
    try:
        client.get_client(write=True).ping()
    except Exception:  # any failure to reach Redis; the cache itself fails open
        return "unavailable"
    return "ok"


def admin_login(request):
    """The admin's login, minus a `next` that leads nowhere.

    Django already refuses a `next` on another site, but follows one on this
    site even when it is a 404 (or, once mistyped, loops an editor through a
    "Page not found" after every login); without it the editor lands on the
    admin index (LOGIN_REDIRECT_URL).
    """
    for name in ("GET", "POST"):
        params = getattr(request, name)
        if "next" in params and not leads_somewhere(request, params["next"]):
            params = params.copy()
            del params["next"]
            setattr(request, name, params)
    return admin.site.login(request)


def leads_somewhere(request, url: str) -> bool:
    if not url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return False
    try:
        resolve(urlsplit(url).path)
    except Resolver404:
        return False
    return True


def bad_request(request, exception=None):
    # A session that could not be saved because the database went away is an
    # outage, not the visitor's mistake.
    if caused_by_database_outage(exception):
        return service_unavailable(request)
    return render(request, "400.html", status=400)


def server_error(request):
    """handler500: a database outage anywhere (a middleware included) is a 503."""
    if caused_by_database_outage(sys.exc_info()[1]):
        return service_unavailable(request)
    return render(request, "500.html", status=500)


def caused_by_database_outage(exception) -> bool:
    while exception is not None:
        if isinstance(exception, DATABASE_DOWN):
            return True
        exception = exception.__cause__ or exception.__context__
    return False


def service_unavailable(request):
    """The branded 503. A posted advisor step comes back as hidden fields with
    a "Try again" button, so the visitor's answers are not lost."""
    response = render(
        request,
        "503.html",
        {"resubmit": resubmitted_fields(request), "retry_after": RETRY_AFTER_SECONDS},
        status=503,
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def resubmitted_fields(request) -> list[tuple[str, str]]:
    """The answers of a posted advisor step, and nothing else: echoing any form
    put a login's password, or an editor's unsaved text, into the page (and
    into whatever keeps a copy of it). The CSRF token is sent afresh."""
    if request.method != "POST":
        return []
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return []
    if match.view_name != "advisor:step":
        return []
    wanted = step_field_names(match.kwargs["step"])
    try:
        posted = request.POST.lists()
    except Exception:  # an unreadable body: nothing to give back
        return []
    return [
        (name, value) for name, values in posted if name in wanted for value in values
    ]


def page_not_found(request, exception=None):
    """The 404 page, saying why when a view said why ("No published term with this
    address."). Django's default handler would pass the exception's class name
    ("Resolver404") when there is no message. 403 and CSRF failures need no
    handler: Django's defaults render 403.html and 403_csrf.html."""
    message = ""
    if exception is not None and exception.args and isinstance(exception.args[0], str):
        message = exception.args[0]
    return render(request, "404.html", {"message": message}, status=404)
