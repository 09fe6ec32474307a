"""The home page's sourcing grid: a table drawn as a picture, each cell a link
to its term once that term is published."""

import re

import pytest

from glossary.models import Comparison, Term

pytestmark = pytest.mark.django_db


def grid(client):
    page = client.get("/").content.decode()
    return re.search(r'<figure class="sourcing-grid.*?</figure>', page, re.S)[0]


def cells(fragment):
    """Each grid cell as (label, link or None), row by row."""
    found = re.findall(r"<td>(?:<a href=\"([^\"]+)\">)?([^<]+)", fragment)
    return [(label, link or None) for link, label in found]


def test_the_grid_is_a_table_of_who_by_where(client, db):
    fragment = grid(client)

    assert "<caption" in fragment
    headers = re.findall(r'<th scope="col">([^<]+)</th>', fragment)
    assert headers == ["Onshore (home)", "Nearshore", "Offshore (distant)"]
    assert re.findall(r'<th scope="row">([^<]+)</th>', fragment) == [
        "Own staff",
        "Third party",
    ]
    assert [label for label, _ in cells(fragment)] == [
        "In-house",
        "Nearshore captive centre",
        "Captive offshore centre",
        "Domestic outsourcing",
        "Nearshore outsourcing",
        "Offshore outsourcing",
    ]


def test_cells_link_only_published_terms(client, make_term):
    make_term("In-house", slug="in-house")
    make_term("Offshore outsourcing", slug="offshore-outsourcing")
    make_term("Nearshore captive centre", status=Term.Status.DRAFT)
    make_term("Reshoring")

    fragment = grid(client)

    assert cells(fragment) == [
        ("In-house", "/glossary/in-house/"),
        ("Nearshore captive centre", None),
        ("Captive offshore centre", None),
        ("Domestic outsourcing", None),
        ("Nearshore outsourcing", None),
        ("Offshore outsourcing", "/glossary/offshore-outsourcing/"),
    ]
    assert '<a href="/glossary/reshoring/">Reshoring</a>: bringing work back' in (
        fragment
    )
    assert "/glossary/out-staffing/" not in fragment


def test_the_grid_costs_one_query(client, make_term, django_assert_num_queries):
    make_term("In-house", slug="in-house")

    with django_assert_num_queries(2):  # the grid, and the featured comparisons
        client.get("/")


def test_featured_comparisons_are_the_first_six_with_both_terms_published(
    client, make_term
):
    draft = make_term("Unfinished idea", status=Term.Status.DRAFT)
    published = [make_term(f"Model {n:02d}") for n in range(16)]
    # The first fourteen comparisons added each involve the draft.
    for term in published[:14]:
        Comparison.objects.create(
            term_a=term, term_b=draft, introduction="-", key_differences="-"
        )
    for a, b in zip(published[:8:2], published[1:8:2], strict=True):
        Comparison.objects.create(
            term_a=a, term_b=b, introduction="-", key_differences="-"
        )
    page = client.get("/").content.decode()
    shown = re.findall(r'href="/compare/(model-\d\d-vs-model-\d\d)/"', page)
    assert shown == [
        "model-00-vs-model-01",
        "model-02-vs-model-03",
        "model-04-vs-model-05",
        "model-06-vs-model-07",
    ]
    assert "unfinished-idea" not in page
