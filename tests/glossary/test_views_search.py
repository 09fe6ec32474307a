"""Search that talks back: what the results page tells a visitor who mistyped."""

import re

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def html(response):
    return response.content.decode()


def result_names(response):
    return re.findall(
        r'<h3 class="h5 mb-1"><a href="[^"]+">([^<]+)</a>', html(response)
    )


def feedback(response):
    """The search's spoken feedback, as plain text."""
    block = re.search(
        r'<div role="status" class="search-feedback">(.*?)</div>', html(response), re.S
    )[1]
    return " ".join(re.sub(r"<[^>]+>", "", block).split())


def test_a_known_misspelling_shows_results_for_the_term_it_corrects(client, glossary):
    response = client.get("/glossary/", {"q": "resoring"})

    assert response.status_code == 200
    assert feedback(response).startswith(
        "Showing results for Reshoring (you searched for “resoring”)."
    )
    assert result_names(response)[0] == "Reshoring"


def test_a_lone_typo_like_match_is_corrected_too(client, glossary):
    response = client.get("/glossary/", {"q": "nearshorring"})

    assert "Showing results for Nearshoring (you searched for “nearshorring”)" in (
        feedback(response)
    )
    assert result_names(response) == ["Nearshoring"]


def test_several_typo_like_matches_ask_did_you_mean(
    client, glossary, make_term, other_category
):
    make_term(
        "Onshoring",
        category=other_category,
        aliases="on-shoring",
        definition="Work kept at home.",
    )

    response = client.get("/glossary/", {"q": "ofshoring", "category": "location"})

    names = result_names(response)
    if names == ["Offshoring"]:
        # PostgreSQL's trigram threshold leaves out a term that only shares the
        # ending "-shoring" (see settings): one match left, so it is corrected.
        assert feedback(response).startswith(
            "Showing results for Offshoring (you searched for “ofshoring”)."
        )
        return
    assert names == ["Offshoring", "Onshoring"]
    assert feedback(response) == (
        "2 results for “ofshoring” in Where the work is done. Did you mean Offshoring?"
    )
    link = re.search(r'Did you mean <a href="([^"]+)">Offshoring</a>', html(response))
    assert link[1] == "?q=Offshoring&amp;category=location"


def test_a_plain_match_neither_corrects_nor_suggests(client, glossary):
    response = client.get("/glossary/", {"q": "country"})

    assert feedback(response) == "3 results for “country”."


def test_a_misspelling_never_goes_straight_to_the_term(client, glossary):
    # Straight there would hide that the query was changed.
    response = client.get("/glossary/", {"q": "resoring"})

    assert response.status_code == 200


def test_the_corrected_search_costs_the_same_queries(
    client, glossary, django_assert_num_queries
):
    # The categories and the candidates. On SQLite every published term is a
    # candidate, kept until the next content edit: a second search reads only
    # the categories, and one after an edit reads the terms again.
    kept = 0 if connection.vendor == "postgresql" else 1
    with django_assert_num_queries(2):
        client.get("/glossary/", {"q": "resoring"})
    with django_assert_num_queries(2 - kept):
        client.get("/glossary/", {"q": "ofshoring"})
    offshoring = glossary["offshoring"]
    offshoring.name = "Offshore delivery"
    offshoring.save()
    with django_assert_num_queries(2):
        page = client.get("/glossary/", {"q": "ofshore delivery"}).text
    assert "Offshore delivery" in page


def test_suggestions_offer_matching_published_terms_best_first(client, glossary):
    response = client.get("/glossary/suggest.json", {"q": "offsh"})

    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "query": "offsh",
        "suggestions": [
            {
                "name": "Offshoring",
                "url": "/glossary/offshoring/",
                "category": "Where the work is done",
            }
        ],
    }


def test_suggestions_never_offer_drafts(client, glossary):
    response = client.get("/glossary/suggest.json", {"q": "secret"})

    assert response.json()["suggestions"] == []


@pytest.mark.parametrize("query", ["", "   ", "\x01\x02", "x" * 5_000])
def test_suggestions_for_odd_input_are_an_empty_list(client, glossary, query):
    response = client.get("/glossary/suggest.json", {"q": query})

    assert response.status_code == 200
    assert response.json()["suggestions"] == []


def test_suggestions_are_capped_and_cost_one_query_or_two(
    client, make_term, django_assert_num_queries
):
    for i in range(12):
        make_term(f"Offshore model {i:02}")

    # PostgreSQL finds the candidates, then their categories in a second query.
    with django_assert_num_queries(2 if connection.vendor == "postgresql" else 1):
        response = client.get("/glossary/suggest.json", {"q": "offshore"})

    names = [s["name"] for s in response.json()["suggestions"]]
    assert names == [f"Offshore model {i:02}" for i in range(8)]


def test_search_boxes_carry_the_suggestion_hooks_and_no_inline_script(client, glossary):
    for path in ("/", "/glossary/"):
        page = html(client.get(path))
        assert 'data-suggest-url="/glossary/suggest.json"' in page
        assert '<script src="/static/js/suggest.js" defer></script>' in page
        assert (
            re.search(r"<script(?![^>]*\b(src|type=\"application/ld\+json\"))", page)
            is None
        )
