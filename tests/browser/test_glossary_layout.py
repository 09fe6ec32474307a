"""How the teaching term page and the open-data table sit on a laptop and a phone."""

import re

from playwright.sync_api import expect


def box(page, selector):
    return page.locator(selector).bounding_box()


def test_term_page_has_a_sidebar_on_a_laptop(site, page):
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(site + "/glossary/outsourcing/")

    main, side = box(page, ".term-main"), box(page, ".term-side")
    assert side["x"] >= main["x"] + main["width"], "the sidebar sits beside the text"
    assert side["y"] < main["y"] + 200, "and starts near the top"
    expect(
        page.get_by_role("complementary").get_by_role("link", name="Start the advisor")
    ).to_be_visible()


def test_on_a_phone_the_sidebar_follows_the_text_and_precedes_the_sources(site, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site + "/glossary/outsourcing/")

    main, side, sources = (
        box(page, sel) for sel in (".term-main", ".term-side", ".term-sources")
    )
    assert main["y"] + main["height"] <= side["y"] <= sources["y"]
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"


def test_the_open_data_table_sorts_by_clicking_a_heading(site, page):
    page.goto(site + "/data/glossary/")
    table = page.get_by_role("table")

    table.get_by_role("link", name=re.compile(r"^Sources\W+sort ascending")).click()

    # One address per view: the first page is the default, left out.
    expect(page).to_have_url(site + "/data/glossary/?sort=source_count")
    sources = page.get_by_role("columnheader", name="Sources")
    expect(sources).to_have_attribute("aria-sort", "ascending")


def test_the_home_grid_is_readable_on_a_phone(site, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site + "/")

    sizes = page.evaluate(
        """() => [...document.querySelectorAll('.sourcing-grid :is(th, td)')]
            .filter(el => el.textContent.trim())
            .map(el => [el.textContent.trim(),
                        parseFloat(getComputedStyle(el).fontSize),
                        el.scrollWidth <= el.clientWidth])"""
    )
    assert len(sizes) == 11
    for label, size, fits in sizes:
        assert size >= 12, f"{label} is {size}px"
        assert fits, f"{label} overflows its cell"
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    expect(page.get_by_role("table", name="The sourcing grid")).to_be_visible()
    expect(
        page.get_by_role("cell", name="In-house").get_by_role("link")
    ).to_have_attribute("href", "/glossary/in-house/")
