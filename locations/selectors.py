"""The one place that turns location rows into what the shortlist needs.

Every city, transfer row and source is read in a fixed number of queries
whatever the number of cities (tests/locations/test_queries.py), turned into
plain data (`shortlist.Place`, `shortlist.TransferRule`, with their cells in
words) and kept in the `default` cache under the content version
(core.page_cache): the same for every visitor until the next edit, which
changes the version. They are kept as long as the templates' `{% cache %}`
fragments, and not at all when those are off (the benchmark's whole renders,
as after an edit), or when the cache does not answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from core import page_cache

from .models import City, CitySource, CountrySource, Transfer
from .shortlist import (
    CITED,
    TRANSFER_FIELDS,
    Place,
    Source,
    TransferRule,
    place,
    source,
    transfer_rule,
)

HOME_DEFAULT = "london"
COUNTRY_CELLS = dict(CountrySource.Cell.choices)
CITY_CELLS = dict(CitySource.Cell.choices)


@dataclass(frozen=True)
class Locations:
    homes: dict[str, Place]  # by slug, in name order
    delivery: list[Place]
    # home regime -> destination country id -> its row
    transfers: dict[str, dict[int, TransferRule]]


def locations() -> Locations:
    """Every home and delivery city and transfer row, from the cache when an
    earlier request of this content version read them."""
    return page_cache.kept_until_next_edit("locations", _read)


def _read() -> Locations:
    """Four queries: cities with their countries, their cells' sources, their
    countries' cells' sources, and the transfer rows."""
    cities = list(
        City.objects.filter(Q(is_home=True) | Q(is_delivery=True)).select_related(
            "country"
        )
    )
    sources = _sources(cities)
    places = {city.pk: place(city, sources.get(city.pk, ())) for city in cities}
    transfers: dict[str, dict[int, TransferRule]] = {}
    for row in Transfer.objects.values(*TRANSFER_FIELDS):
        by_country = transfers.setdefault(row["home_regime"], {})
        by_country[row["country_id"]] = transfer_rule(row)
    return Locations(
        homes={places[c.pk].key: places[c.pk] for c in cities if c.is_home},
        delivery=[places[c.pk] for c in cities if c.is_delivery],
        transfers=transfers,
    )


def _sources(cities: list[City]) -> dict[int, tuple[Source, ...]]:
    """Every cell's source by delivery city id (the page details only those):
    the city's cells, then its country's."""
    delivery = [city for city in cities if city.is_delivery]
    by_country: dict[int, list[Source]] = {}
    country_sources = CountrySource.objects.filter(
        country__in={city.country_id for city in delivery}
    ).values("country_id", "cell", *CITED)
    for cell in country_sources:
        by_country.setdefault(cell["country_id"], []).append(
            source(COUNTRY_CELLS.get(cell["cell"], cell["cell"]), cell)
        )
    by_city: dict[int, list[Source]] = {city.pk: [] for city in delivery}
    city_sources = CitySource.objects.filter(city__in=delivery).values(
        "city_id", "cell", *CITED
    )
    for cell in city_sources:
        by_city[cell["city_id"]].append(
            source(CITY_CELLS.get(cell["cell"], cell["cell"]), cell)
        )
    return {
        city.pk: (*by_city[city.pk], *by_country.get(city.country_id, []))
        for city in delivery
    }
