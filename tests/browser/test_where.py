"""The location shortlist in a real browser: by keyboard, on a phone and a
laptop, with no accessibility violation axe-core can find, its downloads
parsing, and the advisor's link opening it with the answers applied."""

import csv
import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from locations.links import shortlist_url

from .conftest import tab_to
from .test_compare_pages import LAPTOP, PHONE, axe_check_22

# Screenshots for a person to look at (not compared): set WHERE_SCREENSHOTS.
SHOTS = os.environ.get("WHERE_SCREENSHOTS", "")


def shot(page, name):
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


@pytest.fixture
def where(site):
    call_command("load_locations", verbosity=0)
    return site + "/where/"


@pytest.mark.parametrize("size", [PHONE, LAPTOP], ids=["390px", "1366px"])
def test_the_shortlist_by_keyboard_at_both_widths(where, page, size):
    page.set_viewport_size(size)
    page.goto(where)
    expect(page.locator("h1")).to_have_text("Where? A location shortlist")
    axe_check_22(page)
    shot(page, f"where-default-{size['width']}")

    home = page.get_by_label("Your home city")
    tab_to(page, home)
    home.select_option("new-york")  # what arrow keys do on a focused select
    band = page.get_by_label("Sourcing model")
    tab_to(page, band)
    page.keyboard.press("End")  # the last option: Offshore
    band.select_option("offshore")
    submit = page.get_by_role("button", name="Show the shortlist")
    tab_to(page, submit)
    page.keyboard.press("Enter")
    page.wait_for_url("**/where/?home=new-york&band=offshore")
    expect(page.locator("#result-heading")).to_have_text("Shortlist from New York")
    first = page.locator(".where-card").first
    expect(first.locator(".where-band")).to_have_text("Offshore")
    expect(page.locator("meta[name=robots]")).to_have_attribute("content", "noindex")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    # The table of the other cities scrolls sideways in its own region rather
    # than squeezing eight columns into a phone (rows were over 1,000 px tall).
    rows = page.locator(".where-table tbody tr")
    tallest = max(
        box["height"]
        for box in rows.evaluate_all(
            "rows => rows.map(row => row.getBoundingClientRect().toJSON())"
        )
    )
    assert tallest < 300, f"a row of the table is {tallest}px tall"
    axe_check_22(page)
    shot(page, f"where-new-york-offshore-{size['width']}")


def test_bad_input_shows_the_error_summary_with_focus(where, page):
    page.set_viewport_size(PHONE)
    page.goto(where + "?start=25:00&cost=9")
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Enter when your working day starts as a time")
    expect(summary).to_contain_text("Give the weight of cost band as a whole number")
    summary.get_by_role("link", name="Give the weight of cost band").click()
    expect(page.get_by_label("Cost band")).to_be_focused()
    axe_check_22(page)
    shot(page, "where-errors-390")


def test_csv_and_json_downloads_parse(where, page):
    page.goto(where + "?band=nearshore")
    csv_link = page.get_by_role("link", name="CSV")
    response = page.request.get(
        csv_link.get_attribute("href").replace("?", where + "?", 1)
    )
    rows = list(csv.DictReader(io.StringIO(response.text())))
    assert len(rows) >= 5
    assert {row["band"] for row in rows} == {"nearshore"}
    assert rows[0]["position"] == "1"
    json_href = page.get_by_role("link", name="JSON").get_attribute("href")
    data = json.loads(page.request.get(json_href.replace("?", where + "?", 1)).text())
    assert data["home"] == "London"
    assert [row["city"] for row in data["locations"]] == [row["city"] for row in rows]


def test_the_advisor_link_opens_the_shortlist_with_its_answers(where, page):
    constraints = {"data_residency": "region", "hours_overlap": "full"}
    url = shortlist_url("nearshore_outsourcing", constraints)
    page.goto(where.removesuffix("/where/") + url)
    expect(page.get_by_label("Sourcing model")).to_have_value("nearshore")
    expect(page.get_by_label("Where must the data stay?")).to_have_value("region")
    expect(page.get_by_label("Working-hours overlap")).to_have_value("5")
    expect(page.locator("#result-heading")).to_contain_text("Shortlist from London")
    # Under UK law "the region" is the UK and its data bridges: India is out.
    expect(page.locator(".where-table")).not_to_contain_text("Bangalore")
