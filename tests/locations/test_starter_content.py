"""The shipped location content as data: every row sourced, dated and valid."""

import datetime
import zoneinfo

from locations import starter
from locations import starter_content as content
from locations.models import City, Country, Transfer

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
