"""Pages that would list every term stay the same size on a large glossary."""

import re

import pytest

from glossary.models import Term
from glossary.selectors import PICKER_LIMIT, TERMS_PER_PAGE

from .test_views import picker_summary

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_terms(category):
    count = max(TERMS_PER_PAGE, PICKER_LIMIT) + 50
    Term.objects.bulk_create(
        Term(
            name=f"Term {n:04d}",
            slug=f"term-{n:04d}",
            category=category,
            definition=f"Definition of term {n}.",
            status=Term.Status.PUBLISHED,
        )
        for n in range(count)
    )
    return count


def test_the_a_to_z_list_shows_one_page_and_leads_to_the_next(client, many_terms):
    page = client.get("/glossary/").text
    assert page.count('class="term-summary') == TERMS_PER_PAGE
    assert f'href="/glossary/term-{TERMS_PER_PAGE:04d}/"' not in page
    assert f"More terms, from Term {TERMS_PER_PAGE:04d}" in page

    following = client.get("/glossary/", {"from": f"Term {TERMS_PER_PAGE:04d}"}).text
    assert f'href="/glossary/term-{TERMS_PER_PAGE:04d}/"' in following
    assert 'href="/glossary/term-0000/"' not in following
    assert "Back to the beginning" in following


def test_letters_off_the_page_link_to_where_they_start(client, many_terms):
    page = client.get("/glossary/").text
    assert '<a href="#letter-T">T</a>' in page
    assert '<a href="?from=B">B</a>' in page


def test_a_small_glossary_is_one_page_without_paging_links(client, glossary):
    page = client.get("/glossary/").text
    assert "More terms" not in page
    assert "Back to the beginning" not in page
    assert '<span class="az-empty" aria-hidden="true">B</span>' in page


def test_the_picker_takes_typed_names_when_terms_are_too_many_to_list(
    client, many_terms
):
    page = client.get("/compare/").text
    assert "<option" not in page
    assert (
        "Type a glossary term&#x27;s name" in page
        or "Type a glossary term's name" in page
    )
    response = client.get("/compare/", {"a": "Term 0005", "b": "term-0002"})
    assert response.status_code == 302
    assert response["Location"] == "/compare/term-0002-vs-term-0005/"


def test_a_typed_name_that_is_no_term_gets_a_clear_error(client, many_terms):
    page = client.get("/compare/", {"a": "Nothing like it", "b": "term-0002"}).text
    assert "That term is not in the glossary." in page


def test_a_typed_name_that_is_no_term_is_linked_from_the_summary(client, many_terms):
    page = client.get("/compare/", {"a": "Nothing like it", "b": "term-0002"}).text

    assert picker_summary(page) == [
        ("#id_a", "That term is not in the glossary. Pick one from the list.")
    ]
    box = re.search(r'<input type="text" name="a"[^>]*>', page)[0]
    assert 'aria-invalid="true"' in box
    assert 'aria-describedby="id_a_helptext id_a_error"' in box


def test_a_small_glossary_lists_the_terms_to_pick(client, glossary):
    page = client.get("/compare/").text
    assert '<option value="offshoring">Offshoring</option>' in page
    assert "Secret draft" not in page


def test_a_comparison_on_a_large_glossary_takes_a_typed_name_to_add(client, many_terms):
    page = client.get("/compare/term-0001-vs-term-0002/").text
    assert "<option" not in page
    assert 'id="add-add" name="add"' in page
    response = client.get("/compare/term-0001-vs-term-0002/", {"add": "Term 0007"})
    assert response.status_code == 302
    assert response["Location"] == "/compare/term-0001-vs-term-0002-vs-term-0007/"


def test_a_three_way_comparison_on_a_large_glossary_swaps_by_typed_name(
    client, many_terms
):
    url = "/compare/term-0001-vs-term-0002-vs-term-0003/"
    page = client.get(url).text
    assert "<option" not in page
    assert page.count("Type a glossary term&#x27;s name, e.g. Captive centre.") == 3
    response = client.get(url, {"replace": "term-0002", "by": "term-0009"})
    # The new term takes the place of the one it replaces.
    assert response["Location"] == "/compare/term-0001-vs-term-0009-vs-term-0003/"


def test_a_typed_term_already_compared_or_unknown_is_refused_in_place(
    client, many_terms
):
    url = "/compare/term-0001-vs-term-0002/"
    for typed in ("Term 0002", "No such term"):
        response = client.get(url, {"add": typed})
        assert response.status_code == 200
        page = response.text
        assert "No term of the glossary has that name" in page
        assert f'value="{typed}"' in page
        assert 'aria-invalid="true"' in page


def test_search_results_come_ten_at_a_time_best_first(client, many_terms):
    page = client.get("/glossary/", {"q": "term 00"}).text
    assert page.count('class="term-summary') == 10
    assert "best first: 1 to 10 shown." in page
    assert 'href="?q=term+00&amp;page=2" rel="next"' in page

    second = client.get("/glossary/", {"q": "term 00", "page": "2"}).text
    assert second.count('class="term-summary') == 10
    assert "11 to 20 shown" in second
    assert 'rel="prev"' in second
    shown = re.findall(r'href="/glossary/(term-\d{4})/"', page + second)
    assert len(set(shown)) == 20


def test_a_bad_results_page_number_shows_the_nearest_page(client, many_terms):
    garbled = client.get("/glossary/", {"q": "term 00", "page": "abc"}).text
    assert "best first: 1 to 10 shown." in garbled
    beyond = client.get("/glossary/", {"q": "term 00", "page": "9999"})
    assert beyond.status_code == 200
    assert 'rel="prev"' in beyond.text
    assert 'rel="next"' not in beyond.text
    assert re.search(r"best first: \d+ to (\d+) shown", beyond.text)


def test_a_few_results_show_without_paging(client, many_terms):
    page = client.get("/glossary/", {"q": "term 0012"}).text
    assert "best first" not in page
    assert 'rel="next"' not in page
