"""The shipped location content as data: every row sourced, dated and valid."""

import datetime
import importlib
import re
import zoneinfo

from django.apps import apps

from citations.models import Work
from locations import starter
from locations import starter_content as content
from locations.models import City, CitySource, Country, CountrySource, Transfer

CODES = {row[0] for row in content.COUNTRIES}


def test_every_zone_is_an_iana_zone():
    zones = zoneinfo.available_timezones()
    assert all(row[3] in zones for row in content.CITIES)


def test_about_thirty_delivery_cities_and_the_usual_head_offices():
    delivery = {row[1] for row in content.CITIES if row[6]}
    homes = {row[1] for row in content.CITIES if row[7]}
    assert len(delivery) == 30
    assert {"Kraków", "Cairo", "Manila", "Bogotá", "Belfast"} <= delivery
    assert {"London", "New York", "Zurich", "Tokyo", "Singapore"} <= homes
    assert {row[2] for row in content.CITIES} <= CODES


def test_every_filled_country_cell_has_a_source_with_a_copy_checked():
    for row in content.COUNTRIES:
        sources = starter.country_sources(content, row)
        code, _, _, regime, week, english, edition, income = row
        if english:
            assert sources["english"]["verified_in"], code
            assert sources["english"]["passage"], code
            assert english == "official" or edition, code
        if income:
            assert sources["income"]["verified_in"].startswith("http"), code
        if week != "mon_fri":
            assert sources["working_week"]["passage"], code
        assert regime == "none" or "regime" in sources, code


def test_every_transfer_row_has_a_reference_a_source_and_a_checked_copy():
    seen = set()
    for (
        regime,
        code,
        status,
        scope,
        reference,
        decided,
        review,
        source,
    ) in content.TRANSFERS:
        assert regime in ("eu", "uk", "ch") and code in CODES
        assert (regime, code) not in seen
        seen.add((regime, code))
        assert status in ("adequacy", "partial", "clauses")
        assert reference and source["url"].startswith("https://")
        assert source["passage"] and source["verified_in"].startswith("http")
        assert status != "partial" or scope
        for value in (decided, review):
            assert value is None or datetime.date.fromisoformat(value)


def test_the_dpf_is_partial_and_named_by_its_decision():
    rows = {(r[0], r[1]): r for r in content.TRANSFERS}
    assert rows["eu", "US"][2:5] == (
        "partial",
        "organisations certified under the EU-US Data Privacy Framework",
        "Implementing Decision (EU) 2023/1795",
    )
    assert rows["eu", "IN"][2] == "clauses"
    assert rows["uk", "PL"][2] == "adequacy"


def test_switzerland_treats_the_uk_and_uruguay_as_adequate():
    rows = {(r[0], r[1]): r for r in content.TRANSFERS}
    for code in ("GB", "UY"):
        status, scope, reference = rows["ch", code][2:5]
        assert (status, scope) == ("adequacy", "")
        assert "Annex 1" in reference
        assert "United Kingdom and Uruguay" in rows["ch", code][7]["passage"]


# Degrees-minutes(-seconds) with a hemisphere, or decimal degrees with an
# optional hemisphere or sign, as the copies print them.
DMS = re.compile(
    r"(\d+)°\s*(\d+)[′']\s*(?:([\d.]+)[″\"])?\s*(North|South|East|West|[NSEW])"
)
DECIMAL = re.compile(
    r"(-?\d+\.\d+)(?:°|\s*degrees)?\s*([NSEW]|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)?"
)


def _degrees(passage):
    def signed(value, hemisphere):
        return -value if hemisphere[:1].upper() in ("S", "W") else value

    dms = DMS.findall(passage)
    if len(dms) >= 2:
        return [
            signed(int(d) + int(m) / 60 + float(s or 0) / 3600, h) for d, m, s, h in dms
        ][:2]
    return [signed(float(v), h) for v, h in DECIMAL.findall(passage)][:2]


def test_checked_coordinates_match_the_copy_read_to_a_tenth_of_a_degree():
    """A wrong position would put a city in the wrong distance band."""
    cities = {row[0]: row for row in content.CITIES}
    assert content.COORDINATE_CHECKS
    for slug, (work, verified_in, passage) in content.COORDINATE_CHECKS.items():
        _, _, _, _, latitude, longitude, _, _ = cities[slug]
        assert verified_in.startswith("http") and work["url"].startswith("http"), slug
        read = _degrees(passage)
        assert len(read) == 2, slug
        assert abs(read[0] - latitude) <= 0.1, slug
        assert abs(read[1] - longitude) <= 0.1, slug


def test_a_city_cites_its_checked_copy_or_geonames_unchecked():
    for row in content.CITIES:
        source = starter.city_sources(content, row)["coordinates"]
        if row[0] in content.COORDINATE_CHECKS:
            assert source["passage"] and source["verified_in"], row[0]
        else:
            assert source["url"] == content.GEONAMES["url"] and not source["passage"]


def test_loading_twice_creates_nothing_new_and_keeps_an_editors_change(db):
    created = starter.load(content)
    assert created == {
        "countries": 32,
        "cities": 47,
        "transfers": len(content.TRANSFERS),
    }
    assert City.objects.filter(is_delivery=True).count() == 30
    egypt = Country.objects.get(code="EG")
    assert egypt.days == frozenset({6, 0, 1, 2, 3})
    Transfer.objects.filter(home_regime="eu", country__code="IN").update(
        status="adequacy"
    )
    City.objects.filter(slug="cebu").delete()
    assert starter.load(content) == {}
    assert Transfer.objects.get(home_regime="eu", country__code="IN").status == (
        "adequacy"
    )
    assert not City.objects.filter(slug="cebu").exists()
    for city in City.objects.prefetch_related("sources"):
        assert {s.cell for s in city.sources.all()} == {"time_zone", "coordinates"}


def test_a_site_loaded_before_gets_the_checked_cells_and_keeps_an_editors(db):
    """load_locations never changes what it loaded once; the data migration
    fills the cells checked since, where they are still as first shipped."""
    starter.load(content)
    Country.objects.filter(code__in=("JP", "IN", "MY")).update(
        english_band="", english_edition=None
    )
    CountrySource.objects.filter(country__code__in=("JP", "IN", "MY")).filter(
        cell="english"
    ).delete()
    CountrySource.objects.filter(country__code="MY", cell="income").delete()
    Country.objects.filter(code="MY").update(income_group="", income_year="")
    Country.objects.filter(code="IN").update(
        english_band="moderate", english_edition=2025
    )
    _as_first_shipped("tallinn", "pune")
    migration = importlib.import_module(
        "locations.migrations.0002_checked_bands_income_coordinates"
    )

    migration.forwards(apps, None)

    japan = Country.objects.get(code="JP")
    assert (japan.english_band, japan.english_edition) == ("low", 2024)
    assert japan.sources.get(cell="english").passage
    malaysia = Country.objects.get(code="MY")
    assert (malaysia.income_group, malaysia.income_year) == ("upper_middle", "FY2027")
    assert Country.objects.get(code="IN").english_band == "moderate"
    tallinn = CitySource.objects.get(city__slug="tallinn", cell="coordinates")
    assert "59.43" in tallinn.passage


def _as_first_shipped(*slugs):
    """Put cities' coordinates back as 0001 shipped them: GeoNames, unchecked."""
    geonames = Work.objects.get_or_create(
        url=content.GEONAMES["url"],
        defaults={k: v for k, v in content.GEONAMES.items() if k != "url"},
    )[0]
    CitySource.objects.filter(city__slug__in=slugs, cell="coordinates").update(
        work=geonames, passage="", verified_in=""
    )


def test_every_starter_city_cites_a_checked_copy_of_its_position():
    assert {row[0] for row in content.CITIES} == set(content.COORDINATE_CHECKS)


def test_a_site_loaded_before_gets_the_last_coordinates_and_keeps_an_editors(db):
    """Sites that loaded the cities while 23 still cited GeoNames unchecked get
    the copies read since; an editor's source stays, and GeoNames goes once no
    row cites it (a fresh load never makes it)."""
    starter.load(content)
    _as_first_shipped("tokyo", "montevideo", "belfast")
    editors = Work.objects.create(url="https://example.org/atlas", title="Atlas")
    CitySource.objects.filter(city__slug="belfast", cell="coordinates").update(
        work=editors, passage="54.6 N, 5.9 W", verified_in=editors.url
    )
    migration = importlib.import_module("locations.migrations.0003_checked_coordinates")

    migration.forwards(apps, None)

    tokyo = CitySource.objects.get(city__slug="tokyo", cell="coordinates")
    assert "35\u00b041\u203223\u2033N" in tokyo.passage
    assert tokyo.work.url == "https://www.whereig.com/japan/tokyo-location-map.html"
    montevideo = CitySource.objects.get(city__slug="montevideo", cell="coordinates")
    assert "-34.883611" in montevideo.passage
    belfast = CitySource.objects.get(city__slug="belfast", cell="coordinates")
    assert (belfast.work, belfast.passage) == (editors, "54.6 N, 5.9 W")
    assert not Work.objects.filter(url=content.GEONAMES["url"]).exists()
