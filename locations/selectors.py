"""The one place that turns location rows into what the shortlist needs, in a
fixed number of queries whatever the number of cities (tests/locations/
test_queries.py)."""

from .models import City, CitySource, CountrySource, Transfer

HOME_DEFAULT = "london"


def home_cities() -> list[City]:
    return list(City.objects.filter(is_home=True).select_related("country"))


def delivery_cities() -> list[City]:
    """Every delivery city with its country (their sources: `sources_of`)."""
    return list(City.objects.filter(is_delivery=True).select_related("country"))


def sources_of(cities: list[City]) -> dict[int, list]:
    """Every cell's source for a few cities (the ones the page details), by
    city id: the city's cells, then its country's. Two queries."""
    city_sources = CitySource.objects.filter(city__in=cities).select_related("work")
    country_sources = CountrySource.objects.filter(
        country__in={city.country_id for city in cities}
    ).select_related("work")
    by_country: dict[int, list] = {}
    for country_source in country_sources:
        by_country.setdefault(country_source.country_id, []).append(country_source)
    found: dict[int, list] = {city.pk: [] for city in cities}
    for city_source in city_sources:
        found[city_source.city_id].append(city_source)
    for city in cities:
        found[city.pk] += by_country.get(city.country_id, [])
    return found


def transfers_from(regime: str) -> dict[int, Transfer]:
    """The regime's transfer rows by destination country id."""
    rows = Transfer.objects.filter(home_regime=regime).select_related("work")
    return {row.country_id: row for row in rows}
