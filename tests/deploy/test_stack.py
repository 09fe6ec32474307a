"""The deployment of deploy/, for real: nginx terminating TLS in front of two
gunicorn app processes, one PostgreSQL database, one Redis of the test's own."""

import gzip
import http.client
import re
import shutil
import ssl
import time

import psycopg
import pytest

from ..advisor.conftest import CONSTRAINTS, GOALS, PROCESS, SITUATION_IN_HOUSE
from ..conftest import database_url, on_postgresql
from ..servers import RedisServer, Visitor, app_environment, manage, wizard_form

pytestmark = [
    pytest.mark.deploy,
    pytest.mark.skipif(
        not on_postgresql(),
        reason="the deployment is tested on PostgreSQL (the CI's second pass)",
    ),
    pytest.mark.skipif(
        shutil.which("nginx") is None and not shutil.which("/usr/sbin/nginx"),
        reason="nginx is not installed (.ci/run installs it: apt-get install nginx)",
    ),
]

STEPS = [
    ("process", PROCESS),
    ("goals", GOALS),
    ("constraints", CONSTRAINTS),
    ("situation", SITUATION_IN_HOUSE),
    ("review", {}),
]


@pytest.fixture(scope="module")
def app_log(tmp_path_factory):
    """Both app processes' access log: which requests reached the app."""
    return tmp_path_factory.mktemp("stack") / "access.log"


@pytest.fixture(scope="module")
def stack(site_database, app_log):
    from deploy.stack import Stack

    with RedisServer() as redis:
        env = app_environment(
            DATABASE_URL=database_url(site_database),
            REDIS_URL=f"redis://127.0.0.1:{redis.port}/0",
            DJANGO_BEHIND_PROXY="true",
            GUNICORN_ACCESS_LOG=str(app_log),
        )
        stack_env.update(env)
        del env["DJANGO_STATICFILES_STORAGE"]  # hashed files, as in production
        manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
        with Stack(env) as running:
            yield running


stack_env: dict = {}


def raw_get(port, path, scheme="https", headers=None):
    if scheme == "https":
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        connection = http.client.HTTPSConnection(
            "127.0.0.1", port, timeout=20, context=context
        )
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        response.body = response.read()
        return response
    finally:
        connection.close()


def count_assessments(site_database):
    with psycopg.connect(database_url(site_database)) as connection:
        return connection.execute("SELECT count(*) FROM advisor_assessment").fetchone()[
            0
        ]


def test_pages_come_over_https_compressed_with_every_header(stack):
    response = raw_get(
        stack.https_port, "/glossary/", headers={"Accept-Encoding": "gzip"}
    )

    assert response.status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    assert "Glossary" in gzip.decompress(response.body).decode()
    hsts = response.getheader("Strict-Transport-Security")
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts
    assert "preload" in hsts
    assert "default-src 'self'" in response.getheader("Content-Security-Policy")
    assert response.getheader("Cross-Origin-Resource-Policy") == "same-origin"
    assert "camera=()" in response.getheader("Permissions-Policy")
    assert response.getheader("Server") == "nginx"  # no version given away


def test_plain_http_is_sent_to_https(stack):
    response = raw_get(stack.http_port, "/glossary/?q=x", scheme="http")

    assert response.status == 301
    assert response.getheader("Location") == (
        f"https://127.0.0.1:{stack.https_port}/glossary/?q=x"
    )


def test_an_app_process_reached_without_the_proxy_redirects_to_https(stack):
    response = raw_get(stack.app_ports[0], "/", scheme="http")

    assert response.status == 301
    assert response.getheader("Location").startswith("https://")


def test_fingerprinted_static_files_are_cached_for_a_year(stack):
    home = raw_get(stack.https_port, "/").body.decode()
    css = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', home).group(1)

    response = raw_get(stack.https_port, css, headers={"Accept-Encoding": "gzip"})

    assert response.status == 200
    assert response.getheader("Cache-Control") == "public, max-age=31536000, immutable"
    assert response.getheader("Content-Encoding") == "gzip"
    assert b"{" in gzip.decompress(response.body)
    assert response.getheader("Cross-Origin-Resource-Policy") == "same-origin"


def test_the_static_manifest_is_not_served(stack):
    assert raw_get(stack.https_port, "/static/staticfiles.json").status == 404


def test_an_oversized_body_is_refused_by_nginx(stack):
    context = ssl._create_unverified_context()
    connection = http.client.HTTPSConnection(
        "127.0.0.1", stack.https_port, timeout=20, context=context
    )
    connection.request(
        "POST",
        "/advisor/begin/",
        body=b"a=" + b"x" * (2 * 1024 * 1024),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    response = connection.getresponse()
    connection.close()

    assert response.status == 413


def test_the_wizard_completes_with_its_steps_alternating_between_processes(
    stack, site_database
):
    before = count_assessments(site_database)
    visitor = Visitor(stack.app_ports[0], headers={"X-Forwarded-Proto": "https"})
    visitor.origin_scheme = "https"

    assert 'href="/advisor/step/process/"' in visitor.get("/advisor/").text
    for number, (step, answers) in enumerate(STEPS):
        visitor.port = stack.app_ports[number % 2]
        page = visitor.get(f"/advisor/step/{step}/")
        assert page.status == 200, step
        visitor.port = stack.app_ports[(number + 1) % 2]
        response = visitor.post(
            f"/advisor/step/{step}/", wizard_form(step, answers, page.text)
        )
        assert response.status == 302, (step, response.text[:300])

    result = response.getheader("Location")
    assert result.startswith("/advisor/result/")
    shown = raw_get(stack.https_port, result)
    assert shown.status == 200 and b"recommendation" in shown.body
    assert count_assessments(site_database) == before + 1


def test_the_wizard_completes_through_nginx(stack, site_database):
    before = count_assessments(site_database)
    visitor = Visitor(stack.https_port, scheme="https")

    page = visitor.get("/advisor/step/process/")
    for step, answers in STEPS:
        response = visitor.post(
            f"/advisor/step/{step}/", wizard_form(step, answers, page.text)
        )
        assert response.status == 302, (step, response.text[:300])
        page = visitor.get(response.getheader("Location"))

    assert page.status == 200 and "recommendation" in page.text
    assert count_assessments(site_database) == before + 1


# --- nginx's microcache ------------------------------------------------------


def app_requests(app_log, path) -> int:
    """How many GETs of `path` reached an app process. gunicorn writes a line
    once its response is sent, a moment after the client has it: the count is
    read until it has stayed the same for half a second."""

    def count():
        lines = app_log.read_text().splitlines() if app_log.exists() else []
        return sum(f'"GET {path} ' in line for line in lines)

    seen, stable_since = count(), time.monotonic()
    while time.monotonic() - stable_since < 0.5:
        time.sleep(0.1)
        now = count()
        if now != seen:
            seen, stable_since = now, time.monotonic()
    return seen


def test_repeated_anonymous_gets_reach_no_app_process(stack, app_log):
    path = "/glossary/nearshoring/"
    first = raw_get(stack.https_port, path)
    assert first.status == 200
    for _ in range(5):
        again = raw_get(stack.https_port, path)
        assert again.status == 200 and again.body == first.body
        assert again.getheader("X-Cache-Status") == "HIT"
    assert app_requests(app_log, path) == 1


def test_a_visitor_with_a_session_always_gets_a_fresh_page(stack, app_log):
    path = "/glossary/reshoring/"
    raw_get(stack.https_port, path)  # now in nginx's cache
    visitor = Visitor(stack.https_port, scheme="https")
    visitor.get("/advisor/step/process/")
    visitor.post(
        "/advisor/step/process/", wizard_form("process", PROCESS, visitor.last_page)
    )
    assert "sessionid" in visitor.cookies
    before = app_requests(app_log, path)
    for _ in range(3):
        assert visitor.get(path).status == 200
    assert app_requests(app_log, path) == before + 3


def test_a_form_page_is_never_kept_by_nginx(stack, app_log):
    path = "/advisor/step/process/"
    before = app_requests(app_log, path)
    tokens = set()
    for _ in range(3):
        page = raw_get(stack.https_port, path)
        tokens.add(re.search(rb'csrfmiddlewaretoken" value="(\w+)"', page.body)[1])
    assert app_requests(app_log, path) == before + 3
    assert len(tokens) == 3


def test_an_editor_s_save_shows_through_nginx_within_its_cache_time(stack):
    path = "/glossary/out-staffing/"
    assert raw_get(stack.https_port, path).status == 200
    manage(
        "shell",
        "--no-imports",
        "-c",
        "from glossary.models import Term; t = Term.objects.get(slug='out-staffing');"
        "t.definition = 'Saved by an editor just now.'; t.save()",
        env=stack_env,
    )
    saved = time.monotonic()
    # At once on an app process...
    direct = Visitor(stack.app_ports[0], headers={"X-Forwarded-Proto": "https"})
    assert "Saved by an editor just now." in direct.get(path).text
    # ...and through nginx within its 10 s.
    while (
        "Saved by an editor just now."
        not in raw_get(stack.https_port, path).body.decode()
    ):
        assert time.monotonic() - saved < 10 + 2, "still the old page through nginx"
        time.sleep(0.5)
