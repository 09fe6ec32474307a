"""Search in PostgreSQL: the same answers as the Python ranking, at any size.

PostgreSQL only narrows the glossary down to the likeliest few dozen terms
(full text and trigrams, GIN-indexed); these tests check that the answers the
Python ranking pins (tests/glossary/test_search.py) survive that, and that a
search costs the same queries at 500 terms as at 20.
"""

import pytest
from django.db import connection

from glossary.models import Term

from .test_queries import build_terms

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def postgresql_only(db, settings):
    if connection.vendor != "postgresql":
        print("Skipped: search in the database needs PostgreSQL (DATABASE_URL)")
        pytest.skip("search in the database runs on PostgreSQL only")
    settings.PAGE_CACHE_ENABLED = False  # every request runs the search


@pytest.fixture
def large_glossary(glossary, category):
    """The small glossary among 500 more terms, many of them sharing words."""
    Term.objects.bulk_create(
        Term(
            name=f"Term {n:04d}",
            slug=f"term-{n:04d}",
            aliases=f"alias {n}",
            category=category,
            definition=f"Definition {n}: a way to source work, near or far.",
            status=Term.Status.PUBLISHED,
        )
        for n in range(500)
    )
    return glossary


@pytest.mark.parametrize(
    ("typo", "slug"), [("resoring", "reshoring"), ("ofshoring", "offshoring")]
)
def test_typos_find_the_term_among_500(client, large_glossary, typo, slug):
    response = client.get("/glossary/", {"q": typo})
    # A lone correction or a known misspelling leads to the term.
    page = response.text if response.status_code == 200 else ""
    found = response.status_code == 302 and response["Location"] == f"/glossary/{slug}/"
    assert found or f'href="/glossary/{slug}/"' in page


def test_exact_name_comes_first_among_500(client, large_glossary):
    response = client.get("/glossary/", {"q": "Term 0012"})
    assert response.status_code == 302
    assert response["Location"] == "/glossary/term-0012/"


def test_a_plain_word_lists_the_best_matches_first(client, large_glossary):
    page = client.get("/glossary/", {"q": "shoring"}).text
    positions = [
        page.find(f'href="/glossary/{s}/"') for s in ("offshoring", "reshoring")
    ]
    assert all(position > 0 for position in positions)
    assert page.find('href="/glossary/term-0001/"') == -1


def test_full_text_finds_other_forms_of_a_word(client, glossary):
    page = client.get("/glossary/", {"q": "outsourced"}).text
    assert 'href="/glossary/outsourcing/"' in page


def test_a_search_costs_the_same_queries_at_500_terms_as_at_20(
    client, category, dimensions, django_assert_max_num_queries
):
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as context:
            client.get("/glossary/", {"q": "ofshoring"})
        return len(context.captured_queries)

    build_terms(category, dimensions, 0, 20)
    client.get("/glossary/", {"q": "ofshoring"})
    small = queries()
    build_terms(category, dimensions, 20, 480)
    with django_assert_max_num_queries(small):
        client.get("/glossary/", {"q": "ofshoring"})
    assert queries() == small


def test_the_search_indexes_exist(db):
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "glossary_term")
    gin = {name for name, info in indexes.items() if info.get("type") == "gin"}
    assert {"term_name_trgm", "term_aliases_trgm", "term_full_text"} <= gin


def test_a_word_in_hundreds_of_terms_says_there_are_more(client, large_glossary):
    page = client.get("/glossary/", {"q": "term"}).text
    assert "30 or more results for “term”" in page
    assert "Add a word to narrow the search." in page
    assert page.count('class="term-summary') == 10


@pytest.mark.parametrize(
    "text",
    ["ofshoring", "captive centre", "build operate transfer model", "a b c d e f g"],
)
@pytest.mark.parametrize("in_category", [False, True])
def test_the_sql_compiled_once_is_the_sql_the_orm_writes(glossary, text, in_category):
    from glossary import postgres_search

    category_id = glossary["outsourcing"].category_id if in_category else None
    expected = postgres_search.candidates_query(text, category_id)
    assert postgres_search.candidates_sql(text, category_id) == (
        expected.query.sql_with_params()
    )


def test_a_category_search_finds_only_that_categorys_terms(
    client, large_glossary, other_category
):
    Term.objects.filter(slug="term-0007").update(category=other_category)
    kept = {"q": "definition 7", "category": other_category.slug}
    page = client.get("/glossary/", kept).text
    assert 'href="/glossary/term-0007/"' in page
    assert 'href="/glossary/term-0012/"' not in page
