"""The cost picture in a real browser: keyboard only, at a phone's and a
laptop's width, axe-core clean, and printed on at most two A4 pages."""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect
from pypdf import PdfReader

from .conftest import axe_check, tab_to

pytestmark = pytest.mark.browser

QUOTED = (
    "/cost/?size=25&in_house=80000&horizon=5"
    "&quote_1_option=offshore_outsourcing&quote_1_rate=35000"
    "&quote_2_option=domestic_outsourcing&quote_2_rate=70000"
    "&quote_3_option=captive_offshore&quote_3_rate=30000"
)


@pytest.fixture
def cost_site(site):
    call_command("load_cost_factors", verbosity=0)
    return site


@pytest.mark.parametrize("width", [390, 1366])
def test_a_manager_types_the_figures_by_keyboard_and_reads_the_picture(
    cost_site, page, width
):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(cost_site + "/cost/")
    size = page.get_by_label("How many people (FTEs) does the work take?")
    tab_to(page, size)
    page.keyboard.type("25")
    page.keyboard.press("Tab")
    page.keyboard.type("80,000")
    tab_to(page, page.get_by_label("Quote 1: for which option?"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # Offshore outsourcing
    page.keyboard.press("Tab")
    page.keyboard.type("35000")
    page.keyboard.press("Enter")

    expect(page).to_have_url(
        re.compile(r"size=25.*quote_1_option=offshore_outsourcing")
    )
    # 25 FTEs at 35,000 for 5 years: 4,375,000 quoted; in-house 25 x 80,000
    # rising 5.2% a year (the starter escalation): about 11,000,000.
    bar = page.get_by_role("img", name=re.compile(r"^Offshore outsourcing: [\d,]+ to"))
    expect(bar).to_have_count(1)
    expect(page.get_by_role("img", name="In-house: about 11,000,000")).to_be_visible()
    expect(
        page.get_by_role(
            "img",
            name=re.compile(r"^Offshore outsourcing must cost at least \d+–\d+% less"),
        )
    ).to_be_visible()
    expect(
        page.get_by_role(
            "img",
            name=re.compile(r"^Optimism uplift moves the likely total by [\d,]+$"),
        )
    ).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=f"var/cost-{width}.png", full_page=True)
    axe_check(page)


def test_bad_figures_are_named_in_the_error_summary_and_lead_to_the_field(
    cost_site, page
):
    page.goto(cost_site + "/cost/?size=0&horizon=100")
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Enter at least 1 FTE")
    expect(summary).to_contain_text("Enter a horizon of at most 15 years")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(
        page.get_by_label("How many people (FTEs) does the work take?")
    ).to_be_focused()
    axe_check(page)


def test_the_picture_prints_on_at_most_two_a4_pages(cost_site, page):
    page.goto(cost_site + QUOTED)
    pdf = page.pdf(format="A4")
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(p.extract_text() for p in pages)
    print(f"printed cost picture: {len(pages)} A4 pages")
    assert len(pages) <= 2
    assert "indicative, not a business case" in text
    assert "Break-even gaps" in text
