"""Small, explicit location data: a few countries, cities and transfer rows."""

import datetime

import pytest

from citations.models import Work
from locations.models import City, CitySource, Country, CountrySource, Transfer

REVIEWED = datetime.date(2026, 11, 1)


@pytest.fixture
def work(db):
    return Work.objects.create(
        title="Adequacy decisions", url="https://example.org/adequacy", year=2026
    )


def make_country(code, name, regime, work, **fields):
    country = Country.objects.create(
        code=code,
        name=name,
        region=fields.pop("region", "Europe"),
        regime=regime,
        last_reviewed=fields.pop("last_reviewed", REVIEWED),
        **fields,
    )
    for cell in ("english", "income"):
        CountrySource.objects.create(country=country, cell=cell, work=work)
    return country


def make_city(slug, name, country, zone, point, work, **flags):
    city = City.objects.create(
        slug=slug,
        name=name,
        country=country,
        time_zone=zone,
        latitude=point[0],
        longitude=point[1],
        last_reviewed=flags.pop("last_reviewed", REVIEWED),
        **flags,
    )
    for cell in ("time_zone", "coordinates"):
        CitySource.objects.create(city=city, cell=cell, work=work)
    return city


@pytest.fixture
def places(work):
    gb = make_country(
        "GB",
        "United Kingdom",
        "uk",
        work,
        english_band="official",
        income_group="high",
        income_year="FY2027",
    )
    pl = make_country(
        "PL",
        "Poland",
        "eu",
        work,
        english_band="high",
        english_edition=2024,
        income_group="high",
        income_year="FY2027",
    )
    india = make_country(
        "IN",
        "India",
        "none",
        work,
        region="South Asia",
        income_group="lower_middle",
        income_year="FY2027",
    )
    egypt = make_country(
        "EG",
        "Egypt",
        "none",
        work,
        working_week="sun_thu",
        income_group="lower_middle",
        income_year="FY2027",
    )
    Transfer.objects.create(
        home_regime="uk",
        country=pl,
        status="adequacy",
        reference="DPA 2018 Sch. 21",
        work=work,
        last_reviewed=REVIEWED,
    )
    Transfer.objects.create(
        home_regime="uk",
        country=india,
        status="clauses",
        reference="UK GDPR Art. 46",
        work=work,
        last_reviewed=REVIEWED,
    )
    return {
        "london": make_city("london", "London", gb, "Europe/London",
                            (51.51, -0.13), work, is_home=True),
        "belfast": make_city("belfast", "Belfast", gb, "Europe/London",
                             (54.60, -5.93), work, is_delivery=True),
        "krakow": make_city("krakow", "Kraków", pl, "Europe/Warsaw",
                            (50.06, 19.94), work, is_delivery=True),
        "warsaw": make_city("warsaw", "Warsaw", pl, "Europe/Warsaw",
                            (52.23, 21.01), work, is_delivery=True, is_home=True),
        "pune": make_city("pune", "Pune", india, "Asia/Kolkata",
                          (18.52, 73.86), work, is_delivery=True),
        "cairo": make_city("cairo", "Cairo", egypt, "Africa/Cairo",
                           (30.04, 31.24), work, is_delivery=True),
    }  # fmt: skip
