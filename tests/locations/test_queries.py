"""The shortlist costs the same number of queries for 5 cities as for 60."""

import pytest
from django.urls import reverse

from .conftest import make_city

URL = reverse("locations:shortlist")
# Home cities, delivery cities, their sources, their countries' sources, the
# regime's transfer rows, the glossary terms the page links (not the export).
QUERIES = {"": 6, "?residency=region": 6, "?export=csv": 3}


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
