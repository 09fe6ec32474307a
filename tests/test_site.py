"""The site as a whole: protections a visitor's browser relies on, error pages,
and what crawlers and load balancers read (sitemap, robots.txt, healthz)."""

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.db import DatabaseError
from django.test import Client

from advisor.models import SourcingModel
from glossary.models import Comparison

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/",
    "/glossary/",
    "/glossary/outsourcing/",
    "/compare/",
    "/compare/outsourcing-vs-offshoring/",
    "/compare/nearshoring-vs-offshoring-vs-reshoring/",
    "/no/such/page/",
]


class InlineCodeFinder(HTMLParser):
    """Collects what a strict Content-Security-Policy would block."""

    def __init__(self):
        super().__init__()
        self.inline_scripts = []
        self.style_attributes = []
        self.event_handlers = []
        self.style_blocks = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        structured_data = attributes.get("type") == "application/ld+json"
        if tag == "script" and "src" not in attributes and not structured_data:
            self.inline_scripts.append(self.get_starttag_text())
        if tag == "style":
            self.style_blocks += 1
        if "style" in attributes:
            self.style_attributes.append((tag, attributes["style"]))
        self.event_handlers += [name for name in attributes if name.startswith("on")]


def inline_code(response):
    finder = InlineCodeFinder()
    finder.feed(response.content.decode())
    return finder


def test_the_finder_spots_inline_code():
    found = InlineCodeFinder()
    found.feed(
        '<script></script><script type="application/ld+json">{}</script>'
        '<script src="/static/js/x.js"></script><p style="color:red" onclick="x()">'
    )

    assert found.inline_scripts == ["<script>"]
    assert found.style_attributes == [("p", "color:red")]
    assert found.event_handlers == ["onclick"]


def test_public_pages_send_security_headers(client, glossary):
    response = client.get("/glossary/")
    policy = response["Content-Security-Policy"]

    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_error_pages_send_security_headers_too(client, db):
    response = client.get("/no/such/page/")

    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_pages_have_no_inline_script_or_style(client, glossary, url):
    found = inline_code(client.get(url))

    assert found.inline_scripts == []
    assert found.style_attributes == []
    assert found.event_handlers == []
    assert found.style_blocks == 0


def test_structured_data_is_the_only_inline_script(client, glossary):
    page = client.get("/glossary/outsourcing/").content.decode()

    # Scripts with a src (error-summary.js on every page) are files, not inline.
    assert len(re.findall(r"<script(?![^>]*\ssrc=)", page)) == 1
    assert '<script type="application/ld+json">' in page


@pytest.mark.parametrize("url", ["/advisor/step/process/", "/advisor/begin/"])
def test_an_oversized_form_gets_the_friendly_413_page(client, db, url):
    body = "a=" + "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)

    response = client.post(url, body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 413
    assert "larger than any form on this site accepts" in response.content.decode()


def test_a_form_without_csrf_token_gets_the_friendly_403_page(db):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/advisor/begin/")

    assert response.status_code == 403
    page = response.content.decode()
    assert "This form has expired" in page
    assert "Nothing was saved." in page
    assert 'href="/advisor/"' in page


def test_a_form_with_its_csrf_token_is_accepted(db):
    # The advisor needs a sourcing model, or it answers "being updated" (503).
    SourcingModel.objects.create(key="in_house", name="In-house")
    client = Client(enforce_csrf_checks=True)
    client.get("/advisor/step/process/")
    token = client.cookies[settings.CSRF_COOKIE_NAME].value

    response = client.post("/advisor/begin/", {"csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert client.post("/advisor/begin/").status_code == 403  # without it


def test_sitemap_lists_published_terms_and_curated_comparisons(client, glossary):
    Comparison.objects.create(
        term_a=glossary["outsourcing"],
        term_b=glossary["draft"],
        introduction="x",
        key_differences="y",
    )

    response = client.get("/sitemap.xml")
    locations = re.findall(r"<loc>([^<]+)</loc>", response.content.decode())

    assert response["Content-Type"].startswith("application/xml")
    for slug in ("outsourcing", "offshoring", "reshoring", "nearshoring"):
        assert f"http://testserver/glossary/{slug}/" in locations
    assert "http://testserver/compare/outsourcing-vs-offshoring/" in locations
    assert not [loc for loc in locations if "secret-draft" in loc]
    assert len(locations) == len(set(locations))


def test_sitemap_lists_the_fixed_pages(client, db):
    locations = re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap.xml").text)

    for path in ("/", "/glossary/", "/compare/", "/advisor/", "/where/"):
        assert f"http://testserver{path}" in locations


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_admin(client, db):
    response = client.get("/robots.txt")
    lines = response.content.decode().splitlines()

    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_healthz_reports_a_working_database(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "local"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_reports_an_unavailable_database(client, db, monkeypatch):
    class BrokenConnection:
        def cursor(self):
            raise DatabaseError("connection refused")

    monkeypatch.setattr("sourcing_site.views.connection", BrokenConnection())

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {
        "status": "error",
        "database": "unavailable",
        "cache": "local",
    }


def test_not_found_page_is_the_styled_one(client, db):
    response = client.get("/no/such/page/")
    page = response.content.decode()

    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in page
    assert '<nav class="navbar navbar-expand-md" aria-label="Main">' in page
    assert '<a href="/glossary/">Browse or search the glossary</a>' in page
    assert '<meta name="robots" content="noindex">' in page
    assert "There is no page at this address." in page
    assert "Resolver404" not in page


def test_not_found_page_says_why_when_the_view_said_why(client, glossary):
    page = client.get("/glossary/secret-draft/").content.decode()

    assert "No published term with this address." in page
    assert "There is no page at this address." not in page
