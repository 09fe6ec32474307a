"""A newcomer's journeys through the glossary and comparisons, in real Chromium."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import axe_check, tab_to

THREE_WAY = "/compare/nearshoring-vs-offshoring-vs-outsourcing/"
# Outsourcing vs Offshoring with Nearshoring added: in the order chosen.
ADDED = "/compare/outsourcing-vs-offshoring-vs-nearshoring/"


def column_headers(page):
    table = page.get_by_role("table", name="The terms compared on each dimension")
    return table.get_by_role("columnheader")


def test_search_a_typo_then_compare_and_add_a_third_term(site, page):
    page.goto(site)
    page.get_by_role("combobox", name="Search the glossary").fill("resoring")
    page.get_by_role("button", name="Search").click()
    # A typo is found but, unlike a real name, does not jump straight to the term.
    page.get_by_role("main").get_by_role("link", name="Reshoring", exact=True).click()

    expect(page).to_have_url(re.compile(r"/glossary/reshoring/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Reshoring")

    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Compare"
    ).click()
    expect(page).to_have_url(re.compile(r"/compare/$"))
    page.get_by_role("region", name="Explained comparisons").get_by_role(
        "link", name="Outsourcing vs Offshoring", exact=True
    ).click()

    expect(page).to_have_url(re.compile(r"/compare/outsourcing-vs-offshoring/$"))
    expect(column_headers(page)).to_have_text(
        ["Dimension", "Outsourcing", "Offshoring"]
    )

    add_term = page.get_by_role("region", name="Add a third term")
    add_term.get_by_label("Third term").select_option(label="Nearshoring")
    add_term.get_by_role("button", name="Add to comparison").click()

    expect(page).to_have_url(re.compile(f"{ADDED}$"))
    expect(column_headers(page)).to_have_text(
        ["Dimension", "Outsourcing", "Offshoring", "Nearshoring"]
    )


def test_the_same_journey_with_the_keyboard_alone(site, page):
    page.goto(site)
    keyboard = page.keyboard

    keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    # Past the skip link, the search box is a few presses away, not the whole
    # menu: only the sourcing grid's links (at most eight) come before it.
    tab_to(page, page.get_by_role("combobox", name="Search the glossary"), 9)
    keyboard.type("resoring")
    keyboard.press("Enter")
    tab_to(
        page, page.get_by_role("main").get_by_role("link", name="Reshoring", exact=True)
    )
    keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Reshoring")

    tab_to(
        page,
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Compare"),
    )
    keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/compare/$"))
    tab_to(page, page.get_by_role("link", name="Outsourcing vs Offshoring", exact=True))
    keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/compare/outsourcing-vs-offshoring/$"))

    third = page.get_by_role("combobox", name="Third term")
    tab_to(page, third, 80)
    keyboard.type("Nearshoring")
    expect(third).to_have_value("nearshoring")
    keyboard.press("Tab")
    expect(page.get_by_role("button", name="Add to comparison")).to_be_focused()
    keyboard.press("Enter")

    expect(page).to_have_url(re.compile(f"{ADDED}$"))
    expect(column_headers(page)).to_have_count(4)


def test_comparison_table_fits_a_phone_and_labels_every_value(site, page):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(site + THREE_WAY)
    expect(column_headers(page)).to_have_count(4)

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    cells = page.evaluate(
        """() => [...document.querySelectorAll('.comparison-table td')].map(td => ({
            label: td.dataset.label,
            shown: getComputedStyle(td, '::before').content,
            right: td.getBoundingClientRect().right,
        }))"""
    )
    assert len(cells) >= 3 * 10
    assert {cell["label"] for cell in cells} == {
        "Nearshoring",
        "Offshoring",
        "Outsourcing",
    }
    for cell in cells:
        assert cell["shown"] == f'"{cell["label"]}"'
        assert cell["right"] <= 375


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/glossary/",
        "/glossary/?q=shoring",
        "/glossary/?category=location",
        "/glossary/outsourcing/",
        "/compare/",
        "/compare/outsourcing-vs-offshoring/",
        THREE_WAY,
        "/glossary/no-such-term/",
        "/advisor/",
        "/glossary/reshoring/",
        "/glossary/?q=resoring",
        "/glossary/?q=ofshoring",
        "/glossary/?q=nearshorring",
        "/data/glossary/",
        "/data/glossary/?sort=-source_count&page=99",
        THREE_WAY + "?replace=nearshoring&by=",
        "/compare/outsourcing-vs-offshoring/?add=",
    ],
)
def test_page_has_no_wcag_aa_violations(site, page, path):
    response = page.goto(site + path)
    expected = 404 if "no-such" in path else 400 if "page=99" in path else 200
    assert response.status == expected
    axe_check(page)
