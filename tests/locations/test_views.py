"""The shortlist page as a manager sees it: ranking, reasons, rules, errors."""

import csv
import io
import json

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from citations.models import Work
from locations.models import CitySource

URL = reverse("locations:shortlist")


def page(client, **params):
    response = client.get(URL, params)
    return response, response.content.decode()


def test_the_default_shortlist_ranks_from_london_with_reasons(client, places):
    response, html = page(client)
    assert response.status_code == 200
    assert "Shortlist from London" in html
    # Kraków: an adequacy decision (UK data bridges) and 7 h of overlap
    # comes before Pune (clauses needed) and Cairo (fewer shared days).
    order = [html.index(name) for name in ("1.</span> Kraków", "Pune", "Cairo")]
    assert order == sorted(order)
    assert "adequacy decision: data may go there freely" in html
    assert "no adequacy decision: contract clauses" in html
    # Belfast is in the manager's own country: onshore, not listed.
    assert "1 city is in your own country (onshore) and not listed" in html
    assert "Belfast" not in html.split("Shortlist from London")[1].split("How to")[0]


def test_the_page_shows_the_band_definitions_and_the_counsel_note(client, places):
    _, html = page(client)
    assert "In another country at most 5,000 km from your home city" in html
    assert html.count("indicative, check with counsel") >= 2
    assert "Poland and Germany are both high income" in html


def test_a_data_rule_rules_out_a_country_without_adequacy(client, places):
    response, html = page(client, residency="region")
    assert response.status_code == 200
    assert (
        "Ruled out: data must stay in your region, and this country has no "
        "adequacy decision" in html
    )
    top = html.split("First choices")[1].split("The rest, in order")[0]
    assert "Pune" not in top


def test_data_that_must_stay_in_the_country_rules_out_every_city(client, places):
    response = client.get(URL + "?residency=country")
    html = response.content.decode()
    assert "every city in the band is ruled out by the data rule" in html


def test_the_band_filters_and_says_how_many_are_left_out(client, places):
    response = client.get(URL + "?band=nearshore")
    html = response.content.decode()
    assert "Kraków" in html
    assert "Pune" not in html.split("How to read it")[0].split("Shortlist from")[1]
    # Cairo is nearshore from London (about 3,500 km, 2 hours apart all year).
    assert "Cairo" in html
    assert "1 more is outside the band you chose" in html


def test_a_provider_shift_changes_the_overlap_shown(client, places):
    response = client.get(URL + "?their_start=22:00&their_end=06:00&band=offshore")
    html = response.content.decode()
    assert "they work 22:00-06:00 local" in html


def test_parameters_are_redirected_to_one_canonical_address(client, places):
    response = client.get(URL, {"overlap": "3", "band": "offshore", "start": "09:00"})
    assert response.status_code == 302
    assert response["Location"] == f"{URL}?band=offshore"
    response = client.get(URL, {"home": "london", "residency": "none"})
    assert response["Location"] == URL


def test_pages_with_parameters_are_not_indexed(client, places):
    _, plain = page(client)
    assert 'name="robots"' not in plain
    response = client.get(URL + "?band=offshore")
    assert '<meta name="robots" content="noindex">' in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"home": "atlantis"}, "Choose your home city from the list: atlantis is not"),
        ({"start": "25:00"}, "Enter when your working day starts as a time from"),
        ({"end": "9am"}, "Enter when your working day ends as a time from 00:00"),
        ({"start": "09:00", "end": "09:00"}, "must end at a different time"),
        ({"their_start": "22:00"}, "Give both the start and the end of their shift"),
        ({"cost": "9"}, "Give the weight of cost band as a whole number from 0 to 5"),
        ({"overlap": "-1"}, "Give the weight of working-hours overlap as a whole"),
        ({"english": "1e3"}, "Give the weight of English level as a whole number"),
        ({"band": "<script>"}, "Choose nearshore, offshore or both."),
        ({"regime": "mars"}, "Choose your data-protection law from the list."),
        ({"residency": ""}, "Choose where the data must stay from the list."),
        ({"export": "xlsx"}, "Choose CSV or JSON to download the shortlist."),
    ],
)
def test_bad_input_gets_a_clear_message(client, places, params, message):
    response = client.get(URL, params)
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html
    assert message in html
    assert "<script>" not in html.split("<main")[1]
    assert '<meta name="robots" content="noindex">' in html


def test_csv_export_parses_and_cannot_start_a_formula(client, places, work):
    places["krakow"].name = "=HYPERLINK(1)"
    places["krakow"].save()
    response = client.get(URL + "?export=csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [r["city"] for r in rows][:1] == ["'=HYPERLINK(1)"]
    assert {r["city"] for r in rows} >= {"Pune", "Cairo"}
    assert rows[0]["transfer_status"] == "adequacy"
    assert rows[0]["position"] == "1"


def test_json_export_parses_with_every_row(client, places):
    response = client.get(URL + "?export=json&band=offshore")
    assert response.status_code == 302
    data = json.loads(client.get(response["Location"]).content)
    assert data["home"] == "London"
    assert "check with counsel" in data["note"]
    assert [row["city"] for row in data["locations"]] == ["Pune"]
    assert data["locations"][0]["band"] == "offshore"
    assert data["locations"][0]["transfer_reference"] == "UK GDPR Art. 46"


def test_a_home_under_another_law_changes_the_legal_column(client, places):
    response = client.get(URL + "?home=warsaw")
    html = response.content.decode()
    assert "Shortlist from Warsaw" in html
    # No EU row for India in the fixtures: the page says so, never guesses.
    assert "no rule recorded here: check with counsel" in html


def test_the_page_links_back_to_the_advisor(client, places):
    _, html = page(client)
    assert f'href="{reverse("advisor:start")}"' in html


def test_a_nul_character_in_the_query_is_no_500(client, places):
    response = client.get(URL + "?home=lon%00don")
    assert response.status_code in (302, 400)


def test_an_optional_index_rank_is_shown_with_its_edition(client, places):
    country = places["krakow"].country
    country.index_name = "Global Services Location Index"
    country.index_rank = 7
    country.index_edition = 2023
    country.save()
    _, html = page(client)
    assert "Global Services Location Index: 7 (2023 edition)" in html


def test_with_no_cities_yet_the_page_says_so(client, db):
    response = client.get(URL)
    assert response.status_code == 400
    assert "No home cities are published yet" in response.content.decode()


def test_a_first_choice_cites_its_sources_as_every_page_does(client, places):
    work = Work.objects.create(
        title="Time Zone Database",
        url="https://www.iana.org/time-zones",
        authors="Eggert, P. & <Olson>",
        publisher="IANA",
        year=2026,
        kind=Work.Kind.PRIMARY,
    )
    CitySource.objects.filter(city=places["krakow"], cell="time_zone").update(
        work=work, locator="zone Europe/Warsaw"
    )
    _, html = page(client)
    cited = render_to_string(
        "partials/_citation.html", {"work": work, "locator": "zone Europe/Warsaw"}
    ).strip()
    assert f"<li>Time zone: {cited}</li>" in html
    assert "&lt;Olson&gt;" in html


def test_each_field_shows_the_value_of_its_own_shortlist(client, places, settings):
    settings.PAGE_CACHE_ENABLED = False
    _, warsaw = page(client, home="warsaw", start="08:00")
    assert '<option value="warsaw" selected>' in warsaw
    assert 'name="start" value="08:00"' in warsaw
    _, default = page(client)
    assert '<option value="london" selected>' in default
    assert '<option value="warsaw" selected>' not in default
    assert 'name="start" value="09:00"' in default
    response, wrong = page(client, start="25:00")
    assert response.status_code == 400
    assert 'name="start" value="25:00"' in wrong
    assert 'aria-invalid="true"' in wrong
    _, again = page(client)
    assert "aria-invalid" not in again


def test_a_renamed_home_city_shows_at_once_in_the_form(client, places, settings):
    settings.PAGE_CACHE_ENABLED = False
    assert ">Warsaw</option>" in page(client)[1]
    places["warsaw"].name = "Warszawa"
    places["warsaw"].save()
    assert ">Warszawa</option>" in page(client)[1]
