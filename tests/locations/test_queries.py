"""The shortlist costs the same number of queries for 5 cities as for 60, and
reads the locations once per content version."""

import pytest
from django.urls import reverse

from .conftest import make_city

URL = reverse("locations:shortlist")
# Cities with their countries, their cells' sources, their countries' cells'
# sources, the transfer rows, and the glossary terms the page links (not the
# export).
QUERIES = {"": 5, "?residency=region": 5, "?export=csv": 4}


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Every request runs the view, as the benchmark's rendered mode does."""
    settings.PAGE_CACHE_ENABLED = False


def add_cities(places, work, count):
    for n in range(count):
        make_city(
            f"extra-{n}", f"Extra {n}", places["pune"].country, "Asia/Kolkata",
            (12.0 + n / 10, 77.0), work, is_delivery=True,
        )  # fmt: skip


@pytest.mark.parametrize("extra", [0, 55])
@pytest.mark.parametrize("query", list(QUERIES))
def test_the_same_queries_whatever_the_number_of_cities(
    client, places, work, django_assert_num_queries, extra, query
):
    add_cities(places, work, extra)
    with django_assert_num_queries(QUERIES[query]):
        response = client.get(URL + query)
    assert response.status_code == 200
    body = response.content.decode()
    assert ("Extra 54" in body) == bool(extra)


@pytest.mark.parametrize("query", ["", "?band=offshore", "?home=warsaw"])
def test_the_locations_are_read_once_until_the_next_edit(
    client, places, django_assert_num_queries, query
):
    first = client.get(URL)
    with django_assert_num_queries(0):
        again = client.get(URL + query)
    assert again.status_code == 200
    if not query:
        assert again.content == first.content
    places["pune"].name = "Poona"
    places["pune"].save()
    assert "Poona" in client.get(URL + query).content.decode()


def test_with_fragments_off_every_request_reads_them(
    client, places, settings, django_assert_num_queries
):
    settings.TEMPLATE_FRAGMENTS = False
    for _ in range(2):
        with django_assert_num_queries(QUERIES[""]):
            assert "Pune" in client.get(URL).content.decode()
