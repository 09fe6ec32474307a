"""Browser tests: Playwright driving Debian's Chromium against pytest-django's
live server, with the real starter content loaded for every test."""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import expect

# Playwright's sync API keeps an event loop running in the main thread, and
# Django then refuses synchronous database work (the fixtures and live server).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BROWSER_DIR = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if BROWSER_DIR in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not os.path.exists(CHROMIUM_PATH):
        reason = (
            f"No Chromium at {CHROMIUM_PATH}: install it with `make chromium` "
            "or set CHROMIUM_PATH."
        )
        print(reason)
        pytest.skip(reason)
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM_PATH,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def base_url(live_server):
    """Relative `page.goto("/compare/")` URLs resolve against the live server.

    This also replaces pytest-playwright's fallback `base_url`, a session fixture
    defined on a plugin instance, which pytest 9.2 refuses with a
    PytestRemovedIn10Warning when pytest-base-url is not installed."""
    return live_server.url


@pytest.fixture(scope="session", autouse=True)
def close_connections_after_each_request(django_db_setup, django_db_blocker):
    """The live server answers each request in a thread of its own; their
    database sessions must not outlive the tests, or PostgreSQL refuses to drop
    the test database at the end."""
    for alias in connections:
        connections.settings[alias]["CONN_MAX_AGE"] = 0
    yield
    # A request thread cut short (the browser moved on) can leave its session
    # open; end any such stragglers before the test database is dropped.
    with django_db_blocker.unblock():
        for connection in connections.all():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )


@pytest.fixture
def site(live_server, transactional_db):
    """The live site's base URL, with the shipped glossary and advisor defaults.

    Loaded per test: `transactional_db` empties every table after each test."""
    call_command("load_starter_content", verbosity=0)
    call_command("load_advisor_defaults", verbosity=0)
    return live_server.url


_axe = Axe()


def axe_check(page):
    """Fail with axe's report if the page has any WCAG 2.1 A/AA violation."""
    results = _axe.run(
        page, options={"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}}
    )
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def tab_to(page, target, max_presses=40):
    """Press Tab until `target` has focus, as a keyboard user would."""
    for _ in range(max_presses):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{target} not reached with {max_presses} Tab presses")


EDITOR, PASSWORD = "editor", "a-long-editor-password"


@pytest.fixture
def editor_page(site, page, monkeypatch):
    """The browser logged in to admin as an editor made by setup_editors."""
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", PASSWORD)
    call_command("setup_editors", user=EDITOR, verbosity=0)
    page.goto(site + "/admin/login/")
    page.get_by_label("Username").fill(EDITOR)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Content")).to_be_visible()
    return page
