"""The page cache on real app processes (gunicorn, as `make serve` runs it),
sharing a redis-server of the test's own: an edit is seen by the next anonymous
request in every process, whatever happened to the connections, and an edit
saved while Redis hung is never hidden for longer than the stated time."""

import os
import signal
import time

import pytest

from .conftest import SERVERS_EDITOR_PASSWORD, database_url
from .servers import AppServer, RedisServer, Visitor, app_environment, manage

pytestmark = pytest.mark.skipif(
    not RedisServer.available(), reason="redis-server is not installed"
)

PAGE_SECONDS = 3
TERM = "/glossary/co-sourcing/"
PAGES_LISTING_TERMS = ["/glossary/", "/sitemap.xml", "/data/glossary/"]


@pytest.fixture
def two_apps(site_database):
    """Two app processes that reconnect to the database on every request."""
    with RedisServer() as redis:
        env = app_environment(
            DATABASE_URL=database_url(site_database),
            REDIS_URL=f"redis://127.0.0.1:{redis.port}/0",
            DJANGO_CONN_MAX_AGE="0",
            DJANGO_PAGE_CACHE_SECONDS=str(PAGE_SECONDS),
        )
        with AppServer(env, threads=1) as first, AppServer(env, threads=1) as second:
            yield env, redis, first, second


def shell(env, code):
    """Django code run in a process of its own, as an editor's save would be."""
    return manage("shell", "--no-imports", "-c", code, env=env).stdout.strip()


def anonymous_get(app, path):
    response = Visitor(app.port).get(path)
    return response.status, response.text


def test_an_editor_s_changes_show_at_once_in_every_app_process(two_apps):
    env, _, first, second = two_apps
    for app in (first, second):
        for _ in range(2):  # the second from the cache
            assert anonymous_get(app, TERM)[0] == 200
            for path in PAGES_LISTING_TERMS:
                assert TERM in anonymous_get(app, path)[1], path

    # Unpublished by an editor (a save in another process).
    shell(
        env,
        "from glossary.models import Term; t = Term.objects.get(slug='co-sourcing');"
        "t.status = Term.Status.DRAFT; t.save()",
    )
    for app in (first, second):
        assert anonymous_get(app, TERM)[0] == 404
        for path in PAGES_LISTING_TERMS:
            assert TERM not in anonymous_get(app, path)[1], (app.port, path)

    # Published again, then deleted through the admin of one process: each
    # request there ran on a new database connection.
    shell(
        env,
        "from glossary.models import Term; t = Term.objects.get(slug='co-sourcing');"
        "t.status = Term.Status.PUBLISHED; t.save()",
    )
    for app in (first, second):
        assert anonymous_get(app, TERM)[0] == 200
    pk = shell(
        env,
        "from glossary.models import Term;"
        "print(Term.objects.get(slug='co-sourcing').pk)",
    )
    editor = Visitor(first.port)
    editor.get("/admin/login/")
    login = editor.post(
        "/admin/login/?next=/admin/",
        {"username": "editor", "password": SERVERS_EDITOR_PASSWORD, "next": "/admin/"},
    )
    assert login.status == 302
    editor.get(f"/admin/glossary/term/{pk}/delete/")
    deleted = editor.post(f"/admin/glossary/term/{pk}/delete/", {"post": "yes"})
    assert deleted.status == 302
    for app in (second, first):
        assert anonymous_get(app, TERM)[0] == 404
        assert TERM not in anonymous_get(app, "/glossary/")[1]


def test_an_edit_saved_while_redis_hung_shows_within_the_stated_time(two_apps):
    env, redis, first, _ = two_apps
    page = "/glossary/reshoring/"
    assert anonymous_get(first, page)[0] == 200
    anonymous_get(first, page)  # cached now

    os.kill(redis.process.pid, signal.SIGSTOP)  # Redis accepts, never answers
    try:
        shell(
            env,
            "from glossary.models import Term; t = Term.objects.get(slug='reshoring');"
            "t.definition = 'Edited while the cache hung.'; t.save()",
        )
        # Meanwhile pages are rendered for each visitor.
        status, text = anonymous_get(first, page)
        assert status == 200 and "Edited while the cache hung." in text
    finally:
        os.kill(redis.process.pid, signal.SIGCONT)
    back = time.monotonic()
    # The page stored before the edit may be served until it expires...
    while time.monotonic() < back + PAGE_SECONDS + 1:
        time.sleep(0.25)
    # ...and never after.
    for _ in range(5):
        assert "Edited while the cache hung." in anonymous_get(first, page)[1]
