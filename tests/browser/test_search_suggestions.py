"""Suggestions as you type, in real Chromium: a keyboard user picks a term."""

import re

from playwright.sync_api import expect

from .conftest import axe_check


def search_box(page):
    return page.get_by_role("combobox", name="Search names, abbreviations")


def test_typing_offers_offshoring_chosen_with_the_keyboard(site, page):
    page.goto(site + "/glossary/")
    box = search_box(page)
    box.focus()
    page.keyboard.type("offsh")

    suggestions = page.get_by_role("listbox", name="Suggested terms")
    offshoring = suggestions.get_by_role("option", name=re.compile(r"^Offshoring\b"))
    expect(offshoring).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#q-suggest-status")).to_contain_text("suggestion")

    for _ in range(suggestions.get_by_role("option").count()):
        page.keyboard.press("ArrowDown")
        if offshoring.get_attribute("aria-selected") == "true":
            break
    expect(box).to_have_attribute(
        "aria-activedescendant", offshoring.get_attribute("id")
    )
    expect(box).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/glossary/offshoring/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Offshoring")


def test_escape_closes_the_list_and_enter_still_searches(site, page):
    page.goto(site + "/glossary/")
    box = search_box(page)
    box.fill("shoring")
    suggestions = page.get_by_role("listbox", name="Suggested terms")
    expect(suggestions).to_be_visible()

    page.keyboard.press("Escape")
    expect(suggestions).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/glossary/\?q=shoring$"))
    expect(page.get_by_role("status").filter(has_text="results for")).to_be_visible()


def test_open_suggestions_have_no_wcag_aa_violations(site, page):
    page.goto(site + "/")
    page.get_by_role("combobox", name="Search the glossary").fill("near")
    expect(page.get_by_role("listbox", name="Suggested terms")).to_be_visible()

    axe_check(page)


def test_without_javascript_the_search_box_is_a_plain_form(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/glossary/")

    page.get_by_role("searchbox", name="Search names, abbreviations").fill("offsh")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"\?q=offsh$"))
    expect(page.get_by_role("link", name="Offshoring", exact=True)).to_be_visible()
    context.close()
