"""What an operator relies on: refusals before parsing, sessions only when
needed, lockouts, rate limits, outages answered with 503, headers."""

import io
import logging
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client

from advisor.views import WIZARD_PREFIX
from sourcing_site.env import read_or_create_secret_key

from .advisor.conftest import GOALS

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_GET_URLS = [
    "/",
    "/glossary/",
    "/glossary/outsourcing/",
    "/compare/",
    "/compare/outsourcing-vs-offshoring/",
    "/advisor/",
    "/robots.txt",
    "/sitemap.xml",
    "/healthz",
]


def wizard_post(step, answers, **extra):
    data = {f"{WIZARD_PREFIX}-current_step": step, **extra}
    data.update({f"{step}-{name}": value for name, value in answers.items()})
    return data


class Unreadable(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


# --- Methods ---------------------------------------------------------------


@pytest.mark.parametrize("url", PUBLIC_GET_URLS + ["/advisor/result/abc/"])
def test_posting_to_a_page_that_only_shows_gets_a_405_page(client, glossary, url):
    response = client.post(url, {"q": "x"})

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert "Method not allowed" in response.content.decode()


# --- Bodies refused before they are read --------------------------------------


@pytest.mark.parametrize(
    "url", ["/glossary/", "/advisor/begin/", "/admin/login/", "/no/such/page/"]
)
def test_an_oversized_body_is_refused_unread(client, db, url):
    response = client.post(
        url,
        data="",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(300 * 1024 * 1024),
        **{"wsgi.input": Unreadable()},
    )

    assert response.status_code == 413
    assert "larger than any form on this site accepts" in response.content.decode()


def test_a_chunked_body_is_refused_unread(client, db):
    response = client.post(
        "/advisor/begin/",
        data="",
        content_type="application/x-www-form-urlencoded",
        HTTP_TRANSFER_ENCODING="chunked",
        **{"wsgi.input": Unreadable()},
    )

    assert response.status_code == 411
    assert "must say how large it is" in response.content.decode()


def test_a_cross_site_form_is_refused_before_its_body_is_parsed(db):
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        "/advisor/begin/",
        data="",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH="1000",
        **{"wsgi.input": Unreadable()},
    )

    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()


@pytest.mark.parametrize("url", ["/advisor/begin/", "/admin/glossary/category/add/"])
def test_a_file_in_a_form_is_refused_and_nothing_is_saved(admin_client, url):
    from glossary.models import Category

    upload = SimpleUploadedFile("big.bin", b"\0" * 10_000)
    response = admin_client.post(url, {"name": "Files", "slug": "files", "f": upload})

    assert response.status_code == 400
    assert "We could not understand that request" in response.content.decode()
    assert not Category.objects.exists()
    assert Session.objects.count() == 1  # the admin's own, no wizard run


# --- Headers -----------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/", "/no/such/page/", "/static/css/site.css", "/healthz"]
)
def test_every_response_carries_the_site_headers(client, db, url):
    response = client.get(url)

    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_refusals_carry_the_site_headers_too(client, db):
    response = client.generic("TRACE", "/")

    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "default-src 'self'" in response["Content-Security-Policy"]


# --- Admin login ----------------------------------------------------------------


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editor", password="correct horse battery", is_staff=True
    )


def login(client, password, next_url="/admin/", address="10.0.0.1"):
    return client.post(
        f"/admin/login/?next={next_url}",
        {"username": "editor", "password": password, "next": next_url},
        REMOTE_ADDR=address,
    )


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/",
        "/accounts/profile/",
        "/no/such/page/",
        "javascript:alert(1)",
    ],
)
def test_login_never_leaves_the_site_nor_lands_on_a_404(client, editor, next_url):
    response = login(client, "correct horse battery", next_url)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get(response["Location"]).status_code == 200


def test_login_follows_a_next_that_leads_somewhere(client, editor):
    response = login(client, "correct horse battery", "/admin/glossary/term/")

    assert response["Location"] == "/admin/glossary/term/"


def test_login_without_next_lands_on_the_admin_index(client, editor):
    response = client.post(
        "/admin/login/", {"username": "editor", "password": "correct horse battery"}
    )

    assert response["Location"] == "/admin/"


def test_five_wrong_passwords_lock_that_user_out_from_that_address(
    client, editor, caplog
):
    with caplog.at_level(logging.WARNING):
        failures = [login(client, "wrong").status_code for _ in range(5)]
    locked = login(client, "correct horse battery")

    assert failures == [200, 200, 200, 200, 429]
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    assert "15 minutes" in locked.content.decode()
    assert any("Locking out" in r.getMessage() for r in caplog.records)
    assert "_auth_user_id" not in client.session


def test_a_lockout_does_not_lock_the_editor_out_from_elsewhere(client, editor):
    for _ in range(6):
        login(client, "wrong", address="10.0.0.66")

    response = login(Client(), "correct horse battery", address="10.0.0.1")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_four_wrong_passwords_then_the_right_one_logs_in(client, editor):
    for _ in range(4):
        login(client, "wrong")

    assert login(client, "correct horse battery").status_code == 302


# --- Rate limits -------------------------------------------------------------------


def test_search_is_rate_limited_beyond_normal_use(client, glossary, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": (3, 60)}
    # A cached results page costs nothing and is never counted: this is about
    # searches that reach the view.
    settings.PAGE_CACHE_ENABLED = False

    answers = [client.get("/glossary/?q=zzz").status_code for _ in range(4)]

    assert answers == [200, 200, 200, 429]
    refused = client.get("/glossary/?q=zzz")
    assert "Too many requests" in refused.content.decode()
    assert 0 < int(refused["Retry-After"]) <= 60
    assert client.get("/glossary/").status_code == 200  # browsing is not search


def test_rate_limits_fail_open_without_a_cache(client, glossary, settings, monkeypatch):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": (1, 60)}
    settings.PAGE_CACHE_ENABLED = False  # every search reaches the rate limit

    def unreachable(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(type(caches["default"]), "incr", unreachable)

    assert [client.get("/glossary/?q=zzz").status_code for _ in range(3)] == [200] * 3


# --- Database outages ------------------------------------------------------------


def broken_database(*args, **kwargs):
    raise OperationalError("connection to server at 127.0.0.1 failed: SECRET SQL")


def test_a_database_outage_gets_the_branded_503(client, glossary, monkeypatch):
    monkeypatch.setattr("glossary.selectors.published_term", broken_database)

    response = client.get("/glossary/outsourcing/")

    page = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "We can’t show this page right now" in page
    assert "SECRET SQL" not in page and "Traceback" not in page


@contextmanager
def database_down():
    """Every query fails as with an unreachable server, wherever it is made
    (session, login, view, middleware)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(CursorWrapper, "execute", broken_database)
        patch.setattr(CursorWrapper, "executemany", broken_database)
        yield


def post_during_outage(client, path, data):
    with database_down():
        response = client.post(path, data)
    assert response.status_code == 503
    assert "We can’t show this page right now" in response.content.decode()
    return response.content.decode()


def test_a_login_posted_during_an_outage_is_not_echoed(db, editor):
    client = Client(raise_request_exception=False)
    sent = {"username": "editor-name-8d1f", "password": "correct horse battery"}

    page = post_during_outage(client, "/admin/login/?next=/admin/", sent)

    for value in sent.values():
        assert value not in page
    assert "Try again" not in page
    assert "What you just sent was not saved" in page


def test_an_admin_form_posted_during_an_outage_is_not_echoed(glossary, editor):
    client = Client(raise_request_exception=False)
    client.force_login(editor)
    term = glossary["outsourcing"]
    sent = {
        "name": "Unsaved name 41c7",
        "definition": "An editor's unsaved draft 7e0b",
        "slug": "unsaved-slug-2a9d",
        "_save": "Save",
    }

    for path in (f"/admin/glossary/term/{term.pk}/change/", "/admin/password_change/"):
        page = post_during_outage(client, path, {**sent, "old_password": "pw-5c3e"})
        for value in (*sent.values(), "pw-5c3e"):
            assert value not in page, (path, value)
        assert 'type="hidden"' not in page.replace(
            'type="hidden" name="csrfmiddlewaretoken"', ""
        )


@pytest.mark.parametrize("use_back", [False, True])
def test_a_wizard_step_posted_during_an_outage_offers_only_its_answers(db, use_back):
    client = Client(raise_request_exception=False)
    run = "0" * 31 + "1"
    sent = wizard_post("goals", GOALS, advisor_run=run)
    if use_back:
        sent["wizard_goto_step"] = "process"
    smuggled = {
        "password": "hunter2-9b8a",
        "process-function": "it-3f2e",
        "next": "/x7c1",
    }

    page = post_during_outage(client, "/advisor/step/goals/", {**sent, **smuggled})

    assert '<form method="post" action="/advisor/step/goals/">' in page
    for name, value in sent.items():
        assert f'<input type="hidden" name="{name}" value="{value}">' in page
    for name, value in smuggled.items():
        assert f'name="{name}"' not in page
        assert value not in page


def test_healthz_reports_redis_down_but_stays_in_rotation(client, db, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # discard port: nothing listens
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "database": "ok",
        "cache": "unavailable",
    }


# --- Secret key and deployment checks ---------------------------------------------


def test_the_secret_key_file_is_created_once_and_reused(tmp_path):
    path = tmp_path / "var" / "secret_key"

    first = read_or_create_secret_key(path)

    assert len(first) >= 50
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert read_or_create_secret_key(path) == first
    assert read_or_create_secret_key(tmp_path / "other") != first


def manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_PRODUCTION": "true", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_the_development_key():
    result = manage("check")

    assert result.returncode != 0
    assert "Set DJANGO_SECRET_KEY or DJANGO_SECRET_KEY_FILE" in result.stderr


def test_deploy_checks_pass_with_production_settings_behind_the_proxy(tmp_path):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_BEHIND_PROXY="true",
        DJANGO_SECRET_KEY_FILE=str(tmp_path / "secret_key"),
        DJANGO_ALLOWED_HOSTS="guide.example.com",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_static_manifest_is_not_among_the_served_files(tmp_path, settings):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_MANIFEST_DIR = tmp_path / "manifest"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "sourcing_site.storage.ManifestOutsideStaticFilesStorage"
        },
    }

    call_command("collectstatic", "--noinput", verbosity=0)

    served = {p.name for p in settings.STATIC_ROOT.rglob("*")}
    assert not any(name.startswith("staticfiles.json") for name in served)
    assert (settings.STATIC_MANIFEST_DIR / "staticfiles.json").exists()
    assert any(name.startswith("site.") and name.endswith(".css.gz") for name in served)
