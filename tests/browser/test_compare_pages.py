"""Comparison pages lead with the answer, on a phone and on a laptop, and their
forms use the site's one error summary."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from glossary.models import Comparison

from .conftest import WCAG_AA_TAGS

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 900}
CURATED = "/compare/outsourcing-vs-offshoring/"
THREE_WAY = "/compare/reshoring-vs-outsourcing-vs-offshoring/"
WCAG_22_AA_TAGS = [*WCAG_AA_TAGS, "wcag22aa"]

_axe = Axe()


def axe_check_22(page):
    """No violation of WCAG 2.0, 2.1 or 2.2 A/AA that axe-core can find."""
    results = _axe.run(
        page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA_TAGS}}
    )
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def top(page, selector):
    """Distance from the top of the page (not of the window) to `selector`."""
    return page.evaluate(
        "s => document.querySelector(s).getBoundingClientRect().top + window.scrollY",
        selector,
    )


def sections_in_reading_order(page):
    """Each section of main's top: its heading and where it starts on screen."""
    return page.evaluate(
        """() => [...document.querySelectorAll('main section')].map(s => [
            s.querySelector('h2').textContent.trim(),
            s.getBoundingClientRect().top + window.scrollY])"""
    )


def test_on_a_phone_every_curated_verdict_starts_within_two_screens(site, page):
    page.set_viewport_size(PHONE)
    paths = [c.get_absolute_url() for c in Comparison.objects.all()]
    assert len(paths) >= 25

    for path in paths:
        page.goto(site + path)
        verdict = top(page, "#verdict-heading")
        assert verdict <= 2 * PHONE["height"], f"{path}: verdict at {verdict:.0f}px"
        assert verdict < top(page, ".comparison-table"), path
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["phone", "laptop"])
def test_what_is_read_first_is_what_is_seen_first(site, page, viewport):
    page.set_viewport_size(viewport)
    page.goto(site + CURATED)

    sections = sections_in_reading_order(page)
    assert [name for name, _ in sections] == [
        "In short",
        "When to choose which",
        "Key differences",
        "Side by side, in detail",
        "Which one fits your process?",
        "Add a third term",
    ]
    tops = [y for _, y in sections]
    assert tops == sorted(tops), "the source order is the order on screen"
    if viewport is LAPTOP:
        assert top(page, "#verdict-heading") < LAPTOP["height"], "on the first screen"


def test_a_three_way_comparison_shows_the_chosen_order_and_its_summary_first(
    site, page
):
    page.set_viewport_size(PHONE)
    page.goto(site + THREE_WAY)

    table = page.get_by_role("table", name="The terms compared on each dimension")
    expect(table.get_by_role("columnheader")).to_have_text(
        ["Dimension", "Reshoring", "Outsourcing", "Offshoring"]
    )
    summary = page.get_by_role("region", name="Where they differ")
    expect(summary).to_contain_text("What each is usually chosen for")
    assert top(page, "#summary-heading") < PHONE["height"]
    assert top(page, "#summary-heading") < top(page, ".comparison-table")
    canonical = page.locator("link[rel=canonical]").get_attribute("href")
    assert canonical.endswith("/compare/offshoring-vs-outsourcing-vs-reshoring/")


def test_a_refused_swap_takes_focus_to_the_summary_and_links_to_the_list(site, page):
    page.goto(site + THREE_WAY)
    change = page.get_by_role("region", name="Change the comparison")
    change.get_by_role("button", name="Swap").first.click()

    expect(page).to_have_title(re.compile(r"^Error: "))
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    summary.get_by_role("link", name="Choose the term to swap in.").click()

    field = page.get_by_role("combobox", name="Swap Reshoring for")
    expect(field).to_be_focused()
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(field).to_have_accessible_description("Error: Choose the term to swap in.")
    axe_check_22(page)


@pytest.mark.parametrize(
    ("path", "viewport"),
    [
        (CURATED, PHONE),
        (CURATED, LAPTOP),
        (THREE_WAY, PHONE),
        (THREE_WAY, LAPTOP),
        ("/compare/nearshoring-vs-reshoring/", PHONE),
        (CURATED + "?add=", PHONE),  # with the error summary
    ],
    ids=[
        "curated-phone",
        "curated-laptop",
        "three-phone",
        "three-laptop",
        "pair",
        "error",
    ],
)
def test_comparison_pages_have_no_wcag_22_aa_violations(site, page, path, viewport):
    page.set_viewport_size(viewport)
    response = page.goto(site + path)

    assert response.status == 200
    axe_check_22(page)
