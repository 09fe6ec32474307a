"""Faults, on real servers: gunicorn as `make serve` runs it, with a database
or Redis that refuses, hangs or stops. The stand-ins (a TCP proxy, a
redis-server) are the tests' own; the machine's services are never touched."""

import socket

import pytest

from .advisor.conftest import CONSTRAINTS, GOALS, PROCESS, SITUATION_IN_HOUSE
from .conftest import SERVERS_EDITOR_PASSWORD, database_url, on_postgresql
from .servers import (
    AppServer,
    RedisServer,
    TcpProxy,
    Visitor,
    app_environment,
    wait_until,
    wizard_form,
)

PAGES = ["/", "/glossary/", "/glossary/outsourcing/", "/compare/", "/advisor/"]
# The advisor's start page needs no database for a visitor without a session.
DATABASE_PAGES = PAGES[:-1]


def answer_wizard(visitor, up_to="review"):
    """Start the advisor and answer every step before `up_to`; returns the
    last response (the page of step `up_to`)."""
    assert 'href="/advisor/step/process/"' in visitor.get("/advisor/").text
    page = visitor.get("/advisor/step/process/")
    for step, answers in [
        ("process", PROCESS),
        ("goals", GOALS),
        ("constraints", CONSTRAINTS),
        ("situation", SITUATION_IN_HOUSE),
    ]:
        if step == up_to:
            return page
        response = visitor.post(
            f"/advisor/step/{step}/", wizard_form(step, answers, page.text)
        )
        assert response.status == 302, (step, response.status, response.text[:500])
        page = visitor.get(response.getheader("Location"))
    return page


def assert_branded_503(response):
    assert response.status == 503
    assert response.getheader("Retry-After") == "30"
    assert "We can’t show this page right now" in response.text
    for leak in ("Traceback", "OperationalError", "SELECT", "psycopg", "Internal"):
        assert leak not in response.text


# --- Slow clients ---------------------------------------------------------------


def test_clients_that_never_finish_their_headers_do_not_block_the_site(
    site_database,
):
    """Two such clients, one worker: each holds one of its threads (gthread
    reads headers in a thread), the others keep serving. Behind deploy/'s
    nginx, which buffers whole requests, they would never reach gunicorn."""
    env = app_environment(DATABASE_URL=database_url(site_database))
    with AppServer(env, workers=1, threads=4) as app:
        stalled = []
        for _ in range(2):
            client = socket.create_connection(("127.0.0.1", app.port))
            client.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            stalled.append(client)
        try:
            status, _, text, seconds = app.request("GET", "/healthz", timeout=20)
        finally:
            for client in stalled:
                client.close()

    # Blocked, it would wait until the stalled clients hang up (after the
    # request, here); the bound is loose only for a machine under heavy load.
    assert status == 200
    assert '"database": "ok"' in text
    assert seconds < 15


# --- Redis ----------------------------------------------------------------------


@pytest.mark.skipif(not RedisServer.available(), reason="redis-server is not installed")
def test_with_redis_down_or_hanging_pages_the_wizard_and_admin_still_work(
    site_database,
):
    with RedisServer() as redis, TcpProxy(redis.port) as proxy:
        env = app_environment(
            DATABASE_URL=database_url(site_database),
            REDIS_URL=f"redis://127.0.0.1:{proxy.port}/0",
        )
        with AppServer(env) as app:
            visitor = Visitor(app.port)
            answer_wizard(visitor, up_to="constraints")
            assert app.request("GET", "/healthz")[2].count('"ok"') == 3

            redis.stop()
            check_everything_works(app, visitor, "constraints")

            # Redis accepting connections but never answering: each cache call
            # gives up after DJANGO_REDIS_TIMEOUT.
            redis_again = RedisServer()
            redis_again.port = redis.port
            with redis_again:
                proxy.hang()
                for path in PAGES:
                    response = Visitor(app.port).get(path)
                    assert response.status == 200, path
                    assert response.seconds < 5, path


def check_everything_works(app, visitor, step):
    for path in PAGES:
        assert Visitor(app.port).get(path).status == 200, path
    status, _, text, _ = app.request("GET", "/healthz")
    assert status == 200
    assert '"cache": "unavailable"' in text and '"status": "degraded"' in text

    # The visitor's run continues (sessions are in the database) and finishes.
    page = visitor.get(f"/advisor/step/{step}/")
    assert page.status == 200
    response = visitor.post(
        f"/advisor/step/{step}/", wizard_form(step, CONSTRAINTS, page.text)
    )
    assert response.status == 302
    page = visitor.get(response.getheader("Location"))
    response = visitor.post(
        "/advisor/step/situation/",
        wizard_form("situation", SITUATION_IN_HOUSE, page.text),
    )
    page = visitor.get(response.getheader("Location"))
    finished = visitor.post(
        "/advisor/step/review/", wizard_form("review", {}, page.text)
    )
    assert finished.getheader("Location").startswith("/advisor/result/")
    assert "recommendation" in visitor.get(finished.getheader("Location")).text

    # A fresh visitor starts the wizard.
    newcomer = Visitor(app.port)
    assert "advisor_wizard-current_step" in answer_wizard(newcomer, "goals").text

    # An editor logs in and sees the admin.
    editor = Visitor(app.port)
    editor.get("/admin/login/")
    login = editor.post(
        "/admin/login/?next=/admin/",
        {"username": "editor", "password": SERVERS_EDITOR_PASSWORD, "next": "/admin/"},
    )
    assert login.status == 302 and login.getheader("Location") == "/admin/"
    assert "Sourcing Guide editors" in editor.get("/admin/").text


# --- The database ---------------------------------------------------------------


needs_postgresql = pytest.mark.skipif(
    not on_postgresql(),
    reason="database faults are tested on PostgreSQL (set DATABASE_URL=postgres://...)",
)


@pytest.fixture
def app_behind_a_proxy(site_database):
    with TcpProxy(site_database["port"]) as proxy:
        env = app_environment(DATABASE_URL=database_url(site_database, proxy.port))
        with AppServer(env) as app:
            yield app, proxy


@needs_postgresql
def test_a_refusing_database_gets_branded_503s_and_the_site_recovers(
    app_behind_a_proxy,
):
    app, proxy = app_behind_a_proxy
    visitor = Visitor(app.port)
    page = answer_wizard(visitor, up_to="goals")
    forms_open = open_other_forms(app)

    proxy.refuse()
    for path in DATABASE_PAGES:
        response = Visitor(app.port).get(path)
        assert_branded_503(response)
        assert response.seconds < 5, path
    status, _, text, _ = app.request("GET", "/healthz")
    assert status == 503 and '"database": "unavailable"' in text
    kept = assert_answers_kept(visitor, page)
    assert_other_forms_not_echoed(*forms_open)

    proxy.restore()
    assert wait_until(lambda: app.request("GET", "/healthz")[0] == 200, timeout=15)
    assert Visitor(app.port).get("/glossary/").status == 200
    resent = visitor.post("/advisor/step/goals/", kept)
    assert resent.getheader("Location") == "/advisor/step/constraints/"


@needs_postgresql
def test_a_hanging_database_gets_branded_503s_within_seconds_and_recovers(
    app_behind_a_proxy,
):
    app, proxy = app_behind_a_proxy
    visitor = Visitor(app.port)
    page = answer_wizard(visitor, up_to="goals")

    proxy.hang()
    for path in ["/", "/glossary/outsourcing/"]:
        response = Visitor(app.port).get(path)
        assert_branded_503(response)
        assert response.seconds < 10, path
    status, _, _, seconds = app.request("GET", "/healthz")
    assert status == 503 and seconds < 10
    kept = assert_answers_kept(visitor, page)

    proxy.restore()
    assert wait_until(lambda: app.request("GET", "/healthz")[0] == 200, timeout=20)
    resent = visitor.post("/advisor/step/goals/", kept)
    assert resent.getheader("Location") == "/advisor/step/constraints/"


def assert_answers_kept(visitor, page):
    """Posting a step during the outage: a 503 that offers the answers back."""
    sent = wizard_form("goals", GOALS, page.text)
    response = visitor.post("/advisor/step/goals/", sent)
    assert_branded_503(response)
    assert "try again" in response.text.lower()
    for name, value in sent.items():
        assert f'name="{name}" value="{value}"' in response.text
    return sent


def open_other_forms(app):
    """A visitor on the login page, and an editor on an admin form."""
    stranger, editor = Visitor(app.port), Visitor(app.port)
    stranger.get("/admin/login/")
    editor.get("/admin/login/")
    login = editor.post(
        "/admin/login/?next=/admin/",
        {"username": "editor", "password": SERVERS_EDITOR_PASSWORD, "next": "/admin/"},
    )
    assert login.status == 302
    assert editor.get("/admin/glossary/term/add/").status == 200
    return stranger, editor


def assert_other_forms_not_echoed(stranger, editor):
    """Posting the login or an admin form during the outage: a 503 that shows
    nothing that was sent (it used to re-post every field, password included)."""
    sent = [
        (
            stranger,
            "/admin/login/?next=/admin/",
            {"username": "editor", "password": SERVERS_EDITOR_PASSWORD},
        ),
        (
            editor,
            "/admin/glossary/term/add/",
            {
                "name": "Unsaved 5f1c",
                "definition": "Draft text 0d9e",
                "_save": "Save 6a2b",
            },
        ),
    ]
    for who, path, form in sent:
        response = who.post(path, form)
        assert_branded_503(response)
        assert "Try again" not in response.text
        for value in form.values():
            assert f'value="{value}"' not in response.text, (path, value)
        assert SERVERS_EDITOR_PASSWORD not in response.text
