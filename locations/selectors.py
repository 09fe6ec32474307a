"""The one place that turns location rows into what the shortlist needs, in a
fixed number of queries whatever the number of cities (tests/locations/
test_queries.py)."""

from django.db.models import Prefetch

from .models import City, CitySource, CountrySource, Transfer

HOME_DEFAULT = "london"


def home_cities() -> list[City]:
    return list(City.objects.filter(is_home=True).select_related("country"))


def delivery_cities() -> list[City]:
    """Every delivery city with its country and every cell's source."""
    return list(
        City.objects.filter(is_delivery=True)
        .select_related("country")
        .prefetch_related(
            Prefetch("sources", queryset=CitySource.objects.select_related("work")),
            Prefetch(
                "country__sources",
                queryset=CountrySource.objects.select_related("work"),
            ),
        )
    )


def transfers_from(regime: str) -> dict[int, Transfer]:
    """The regime's transfer rows by destination country id."""
    rows = Transfer.objects.filter(home_regime=regime).select_related("work")
    return {row.country_id: row for row in rows}
