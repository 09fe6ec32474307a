"""[[slug]] links in Markdown: to published terms only, at one query a page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.markdown import TermLink, render_markdown
from glossary.models import Term

pytestmark = pytest.mark.django_db

LINKS = {"offshoring": TermLink("/glossary/offshoring/", "Offshoring")}


def test_a_slug_links_to_the_term_by_its_name():
    html = render_markdown("Compare with [[offshoring]].", LINKS)

    assert '<a href="/glossary/offshoring/"' in html
    assert ">Offshoring</a>" in html


def test_a_label_replaces_the_name():
    html = render_markdown("Work [[offshoring|moved abroad]] costs less.", LINKS)

    assert ">moved abroad</a> costs less." in html


def test_an_unknown_slug_is_plain_text():
    html = render_markdown("See [[ghost-term]] and [[ghost|a ghost]].", LINKS)

    assert "<a" not in html
    assert "See ghost term and a ghost." in html


def test_a_link_label_cannot_smuggle_markup():
    html = render_markdown('[[offshoring|<img src=x onerror="alert(1)">]]', LINKS)

    assert "onerror" not in html
    assert "<img" not in html


def test_the_term_page_links_published_terms_and_not_drafts(client, glossary):
    Term.objects.filter(slug="offshoring").update(
        explanation="Unlike [[reshoring|bringing work home]], see [[secret-draft]] "
        "and [[nowhere]]."
    )

    page = client.get("/glossary/offshoring/").content.decode()

    assert '<a href="/glossary/reshoring/"' in page
    assert ">bringing work home</a>" in page
    assert "/glossary/secret-draft/" not in page
    assert "see secret draft and nowhere." in page


def test_comparison_texts_link_terms(client, glossary):
    comparison = glossary["comparison"]
    comparison.key_differences = "- Who: [[outsourcing]]\n- Where: [[nearshoring]]"
    comparison.save()

    page = client.get("/compare/outsourcing-vs-offshoring/").content.decode()

    assert '<a href="/glossary/nearshoring/"' in page


def test_links_cost_one_query_however_many_there_are(client, glossary, settings):
    # The budget is for rendering the whole page (no cached page nor fragment).
    settings.PAGE_CACHE_ENABLED = False
    settings.TEMPLATE_FRAGMENTS = False
    term = glossary["offshoring"]
    term.explanation = "One link: [[reshoring]]."
    term.save()
    client.get("/glossary/offshoring/")  # warm caches
    with CaptureQueriesContext(connection) as one:
        client.get("/glossary/offshoring/")
    slugs = ["reshoring", "nearshoring", "outsourcing", "secret-draft", "ghost"] * 4
    term.explanation = " ".join(f"[[{slug}]]" for slug in slugs)
    term.save()
    with CaptureQueriesContext(connection) as many:
        page = client.get("/glossary/offshoring/").content.decode()

    assert len(many) == len(one)
    assert page.count('<a href="/glossary/nearshoring/"') == 4
