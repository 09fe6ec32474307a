"""An editor keeps the glossary current in Django admin, under the strict CSP."""

import re

from playwright.sync_api import expect


def test_editor_finds_and_edits_a_term_and_the_public_page_shows_it(site, editor_page):
    page = editor_page
    page.get_by_role("link", name="Terms").first.click()
    page.get_by_role("searchbox").fill("reshoring")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Reshoring", exact=True).click()
    definition = page.get_by_label("Definition:")
    new_text = "Bringing work that was moved abroad back to the home country."
    definition.fill(new_text)
    # Save is at the top and the bottom (save_on_top): either will do.
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    page.goto(site + "/glossary/reshoring/")
    expect(page.locator(".term-definition")).to_have_text(new_text)


def test_admin_scripts_run_under_the_content_security_policy(site, editor_page):
    page = editor_page
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(site + "/admin/glossary/term/add/")
    # The slug is filled in from the name by admin's JavaScript.
    # Typed key by key: admin's prepopulate script listens for keyup.
    page.get_by_label("Name:").press_sequentially("Cloud sourcing")
    expect(page.get_by_label("Slug:")).to_have_value("cloud-sourcing")
    # One comparison-value row per dimension is ready to fill.
    rows = page.locator("select[name$='-dimension']:not([name*='__prefix__'])")
    expect(rows).to_have_count(11)
    expect(rows.first.locator("option:checked")).to_have_text("Basic definition")
    expect(rows.last.locator("option:checked")).to_have_text("Time to set up")
    assert not [e for e in errors if re.search("Content Security Policy", e)], errors
