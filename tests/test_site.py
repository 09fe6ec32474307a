"""Site-wide protections a visitor's browser relies on."""

from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.test import Client

from advisor.models import SourcingModel

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

    assert page.count("<script") == 1
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
    client.get("/advisor/")
    token = client.cookies[settings.CSRF_COOKIE_NAME].value

    response = client.post("/advisor/begin/", {"csrfmiddlewaretoken": token})

    assert response.status_code == 302
