"""Search in PostgreSQL: the same answers as the Python ranking, at any size.

PostgreSQL only narrows the glossary down to the likeliest few dozen terms
(full text and trigrams, GIN-indexed); these tests check that the answers the
Python ranking pins (tests/glossary/test_search.py) survive that, and that a
search costs the same queries at 500 terms as at 20.
"""

import json
from io import StringIO

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


def test_search_reads_one_indexed_column_per_purpose(db):
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "glossary_term")
    gin = {
        name: info["columns"]
        for name, info in indexes.items()
        if info.get("type") == "gin"
    }
    assert gin == {
        "term_search_labels_trgm": ["search_labels"],
        "term_search_document": ["search_document"],
    }


def test_the_search_columns_follow_every_edit(client, glossary):
    reshoring = glossary["reshoring"]
    reshoring.aliases = "Insourcing abroad"
    reshoring.definition = "Work brought home again."
    reshoring.save()
    Term.objects.filter(pk=reshoring.pk).update(misspellings="reshorring")
    reshoring.refresh_from_db()
    # Written as a query is normalised, a line between "\n " and " \n".
    assert reshoring.search_labels == (
        "\n reshoring \n insourcing abroad \n reshorring \n"
    )
    Term.objects.filter(pk=reshoring.pk).update(keywords="Jobs -- back HOME!\r\n")
    reshoring.refresh_from_db()
    assert reshoring.search_labels.endswith(" \n reshorring \n jobs back home \n")
    assert client.get("/glossary/", {"q": "jobs back"}).context["terms"] == [reshoring]
    page = client.get("/glossary/", {"q": "insourcing abroad"})
    assert page.status_code == 302
    assert (
        'href="/glossary/reshoring/"' in client.get("/glossary/", {"q": "brought"}).text
    )


def test_a_word_in_hundreds_of_terms_says_there_are_more(client, large_glossary):
    page = client.get("/glossary/", {"q": "term"}).text
    assert "30 or more results for “term”" in page
    assert "Add a word to narrow the search." in page
    assert page.count('class="term-summary') == 10


def test_a_category_search_finds_only_that_categorys_terms(
    client, large_glossary, other_category
):
    Term.objects.filter(slug="term-0007").update(category=other_category)
    kept = {"q": "definition 7", "category": other_category.slug}
    page = client.get("/glossary/", kept).text
    assert 'href="/glossary/term-0007/"' in page
    assert 'href="/glossary/term-0012/"' not in page


# The searches of issue 15, on a glossary written from the vocabulary real
# entries share (bench/search.py times the same ones).
SEARCHES_AT_5000 = [
    ("outsourcing", False),
    ("captive centre", False),
    ("resoring", False),
    ("offshore service delivery model", False),
    ("outsorcing", False),  # a typo of a word in hundreds of terms
    ("shared service", True),
]
# What a plan must not compute row by row when no index chose the rows.
PER_ROW_WORK = ("to_tsvector", "similarity", "%>", "<%")


def plan_nodes(plan):
    yield plan
    for child in plan.get("Plans", []):
        yield from plan_nodes(child)


def test_no_search_computes_vectors_or_similarities_for_every_term(glossary):
    """At 5,000 terms sharing two dozen words, after ANALYZE: the text vector
    is stored (no plan computes it) and a typo's similarity is computed only
    for rows an index found; a sequential scan may only compare stored text
    (LIKE, or @@ on the stored vector), or be one the plan never runs."""
    from django.core.management import call_command

    from glossary import postgres_search

    call_command(
        "generate_bench_content",
        terms=5000,
        dimensions=1,
        database_is_disposable=True,
        stdout=StringIO(),
    )
    generated_in = Term.objects.latest("pk").category_id
    faults, used = [], set()
    for text, in_category in SEARCHES_AT_5000:
        category_id = generated_in if in_category else None
        query = postgres_search.candidates_query(text, category_id)
        sql, params = query.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params)
            plan = cursor.fetchone()[0][0]["Plan"]
        for node in plan_nodes(plan):
            used.add(node.get("Index Name"))
            filtered = node.get("Filter", "")
            if (
                node["Node Type"] == "Seq Scan"
                and node["Actual Loops"] > 0
                and any(work in filtered for work in PER_ROW_WORK)
            ):
                faults.append(f"{text}: Seq Scan with {filtered}")
            own = {key: value for key, value in node.items() if key != "Plans"}
            if "to_tsvector" in json.dumps(own):
                faults.append(f"{text}: computes to_tsvector in {node['Node Type']}")
    assert faults == [], "\n".join(faults)
    assert {"term_search_labels_trgm", "term_search_document"} <= used
