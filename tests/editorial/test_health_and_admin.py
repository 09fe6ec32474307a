"""The content health page, link warnings in admin, the Markdown preview and
the term form's layout."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from advisor.models import Rule, SourcingModel
from glossary.models import Term

from ..conftest import add_source

pytestmark = pytest.mark.django_db

HEALTH = "/admin/editorial/health/"


@pytest.fixture
def untidy(glossary, make_term):
    """One problem of each kind the health page looks for."""
    Term.objects.filter(slug="reshoring").update(
        last_reviewed=datetime.date(2024, 1, 1)
    )
    Term.objects.filter(slug="secret-draft").update(
        created_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    )
    glossary["nearshoring"].values.filter(dimension__slug="location").delete()
    Term.objects.filter(slug="offshoring").update(
        explanation="See [[reshoring]], [[ghost-term]] and [[secret-draft]]."
    )
    model = SourcingModel.objects.create(key="in_house", name="In-house")
    Rule.objects.create(
        question="control", answer="high", option=model, explanation="Control."
    )
    return glossary


def section(page, title):
    start = page.index(f">{title} (")
    end = page.find("<h2", start)
    return page[start:end]


def test_the_health_page_lists_each_kind_of_problem(editor_client, untidy):
    page = editor_client.get(HEALTH).content.decode()

    assert "Offshoring" in section(page, "Terms without sources")
    assert "Outsourcing" not in section(page, "Terms without sources")
    assert "last reviewed 01 Jan 2024" in section(
        page, "Terms not reviewed for 12 months"
    )
    assert "Nearshoring</a>: missing: Location" in section(
        page, "Missing comparison values"
    )
    broken = section(page, "Broken [[links]]")
    assert "[[ghost-term]], [[secret-draft]]" in broken
    assert "[[reshoring]]" not in broken
    assert "Secret draft</a>: created 01 Jan 2026" in section(
        page, "Drafts older than 30 days"
    )
    assert "In-house</a>: no term" in section(
        page, "Sourcing models without a glossary term"
    )
    assert "control=high" in section(page, "Rules without a cited work")


def test_the_health_page_costs_the_same_queries_with_more_content(
    editor_client, untidy, make_term
):
    editor_client.get(HEALTH)
    with CaptureQueriesContext(connection) as few:
        editor_client.get(HEALTH)
    for i in range(15):
        term = make_term(f"Extra {i}", explanation=f"[[ghost-{i}]] [[offshoring]]")
        add_source(term, title="A source", url="https://a.example")
    with CaptureQueriesContext(connection) as many:
        page = editor_client.get(HEALTH).content.decode()

    assert len(many) == len(few)
    assert "[[ghost-14]]" in page


def test_the_admin_index_links_the_health_page(editor_client):
    page = editor_client.get("/admin/").content.decode()

    assert f'<a href="{HEALTH}">Content health</a>' in page


def test_staff_outside_editors_cannot_open_the_health_page(client, django_user_model):
    user = django_user_model.objects.create_user(
        "intern", password="x long password 77", is_staff=True
    )
    client.force_login(user)

    assert client.get(HEALTH).status_code == 403


def test_opening_a_term_with_broken_links_warns_the_editor(editor_client, untidy):
    term = untidy["offshoring"]

    page = editor_client.get(f"/admin/glossary/term/{term.pk}/change/")

    text = page.content.decode()
    assert "these links point to no published term" in text
    assert "[[ghost-term]], [[secret-draft]]" in text


def test_the_preview_renders_as_visitors_will_see_it(editor_client, glossary):
    response = editor_client.post(
        "/admin/editorial/preview/",
        {"text": "**Bold** [[offshoring]] [[nowhere]] <script>alert(1)</script>"},
    )
    html = response.content.decode()

    assert "<strong>Bold</strong>" in html
    assert '<a href="/glossary/offshoring/"' in html
    assert "alert(1)" not in html
    assert response["X-Unlinked-Slugs"] == "nowhere"


@pytest.mark.parametrize("method", ["get", "post"])
def test_the_preview_is_for_editors_only(client, glossary, method):
    response = getattr(client, method)("/admin/editorial/preview/", {"text": "x"})

    assert response.status_code in (302, 405)
    assert "<p>x</p>" not in response.content.decode()


def test_the_term_form_fits_the_work(editor_client, glossary):
    term = glossary["offshoring"]

    page = editor_client.get(f"/admin/glossary/term/{term.pk}/change/").content.decode()

    assert page.count('name="_save"') == 2  # Save at the top too
    assert '<textarea name="definition" cols="80" rows="2"' in page
    assert '<textarea name="values-0-value" cols="70" rows="2"' in page
    assert 'data-markdown-preview="/admin/editorial/preview/"' in page
    assert "admin_editorial/markdown_preview.js" in page
    assert "<script>" not in page  # scripts come from static files only (CSP)
