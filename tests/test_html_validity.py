"""Every page type is valid HTML: the W3C Nu HTML checker (vnu.jar) reports
no error on any of them.

The pages are rendered once, with the shipped content, by the test client,
and checked in one run of the checker (it takes seconds to start); each page
is then a test of its own. `make vnu` (a dependency of `make test`) installs
the checker; CI runs these tests once, in the SQLite pass (marker "html").
"""

import json
import os
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings

from .advisor.conftest import (
    CONSTRAINTS,
    GOALS,
    PROCESS,
    SITUATION_OFFSHORED,
    post_step,
)

# django_db: the module's fixture needs the test database set up.
pytestmark = [pytest.mark.html, pytest.mark.django_db]

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = Path(
    os.environ.get("VNU_JAR", ROOT / "var/vnu/node_modules/vnu-jar/build/dist/vnu.jar")
)

# Errors known and waiting for a fix elsewhere: {page: [(template, part of the
# checker's message)]}. A page whose errors are all known is an expected
# failure (pytest -ra prints the messages); any other error still fails.
# None at present: every page type validates.
KNOWN_ERRORS: dict[str, list[tuple[str, str]]] = {}


@dataclass
class Page:
    name: str
    status: int
    html: str


def _wizard_pages(client):
    """The wizard from its start to a saved result, as a manager goes."""
    pages = {}
    client.post("/advisor/begin/")
    pages["wizard-process"] = client.get("/advisor/step/process/")
    pages["wizard-process-with-errors"] = post_step(client, "process", {})
    post_step(client, "process", PROCESS)
    pages["wizard-goals"] = client.get("/advisor/step/goals/")
    pages["wizard-goals-with-errors"] = post_step(
        client, "goals", {"first": "cost", "second": "cost"}
    )
    post_step(client, "goals", GOALS)
    pages["wizard-constraints"] = client.get("/advisor/step/constraints/")
    post_step(client, "constraints", CONSTRAINTS)
    pages["wizard-situation"] = client.get("/advisor/step/situation/")
    post_step(client, "situation", {**SITUATION_OFFSHORED, "problems": ["quality"]})
    pages["wizard-review"] = client.get("/advisor/step/review/")
    finished = post_step(client, "review")
    assert finished.status_code == 302, "the wizard did not finish"
    result = finished["Location"]
    pages["result"] = client.get(result)
    pages["change-answers"] = client.get(result + "change/")
    return pages


def _search_page(client, queries, says):
    """The first of `queries` whose results page says `says`."""
    for query in queries:
        response = client.get("/glossary/", {"q": query})
        if response.status_code == 200 and says in response.content.decode():
            return response
    raise AssertionError(f"None of {queries} gives a page saying {says!r}")


def _render_every_page_type():
    client = Client()
    pages = {
        "home": client.get("/"),
        "a-z": client.get("/glossary/"),
        "a-z-category": client.get("/glossary/", {"category": "location"}),
        "search-results": client.get("/glossary/", {"q": "shoring"}),
        "search-no-result": client.get("/glossary/", {"q": "qwxz"}),
        "search-did-you-mean": _search_page(
            client, ["outsourcng", "contrct", "ofshore", "shorring"], "Did you mean"
        ),
        "search-corrected": _search_page(
            client, ["resoring", "ofshoring", "outsorcing"], "Showing results for"
        ),
        "term": client.get("/glossary/outsourcing/"),
        "compare-2-way": client.get("/compare/nearshoring-vs-reshoring/"),
        "compare-2-way-curated": client.get("/compare/outsourcing-vs-offshoring/"),
        "compare-3-way": client.get("/compare/nearshoring-vs-offshoring-vs-reshoring/"),
        "compare-add-with-errors": client.get(
            "/compare/outsourcing-vs-offshoring/", {"add": ""}
        ),
        "picker": client.get("/compare/"),
        "picker-with-errors": client.get("/compare/", {"a": "", "b": "offshoring"}),
        "picker-same-term": client.get(
            "/compare/", {"a": "offshoring", "b": "offshoring"}
        ),
        "open-data-table": client.get("/data/glossary/"),
        "open-data-table-sorted": client.get(
            "/data/glossary/", {"sort": "-category", "page": "2"}
        ),
        "open-data-table-with-errors": client.get("/data/glossary/", {"page": "99"}),
        "advisor-start": client.get("/advisor/"),
        "cost-picture": client.get("/cost/"),
        "cost-picture-quoted": client.get(
            "/cost/",
            {
                "options": "offshore_outsourcing,captive_offshore",
                "quote_1_option": "offshore_outsourcing",
                "quote_1_rate": "40000",
                "quote_2_option": "captive_offshore",
                "quote_2_rate": "30000",
            },
        ),
        "cost-picture-with-errors": client.get(
            "/cost/", {"size": "0", "horizon": "99"}
        ),
        "where": client.get("/where/"),
        "where-offshore-region": client.get(
            "/where/", {"band": "offshore", "residency": "region"}
        ),
        "where-with-errors": client.get("/where/", {"start": "25:00", "cost": "9"}),
        **_wizard_pages(client),
        "404": client.get("/glossary/no-such-term/"),
        # A NUL character in a form: the friendly 400 page.
        "400": Client().post("/advisor/begin/", {"x": "a\x00b"}),
        "405": Client().put("/"),
    }
    return {
        name: Page(name, response.status_code, response.content.decode())
        for name, response in pages.items()
    }


EXPECTED_STATUS = {
    "open-data-table-with-errors": 400,
    "where-with-errors": 400,
    "404": 404,
    "400": 400,
    "405": 405,
}


def _vnu(pages, directory):
    """The checker's messages for each page, by page name."""
    for page in pages.values():
        (directory / f"{page.name}.html").write_text(page.html, encoding="utf-8")
    files = sorted(str(path) for path in directory.glob("*.html"))
    run = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--stdout", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(run.stdout)
    messages = {name: [] for name in pages}
    for message in report["messages"]:
        name = Path(message.get("url", "").removeprefix("file:")).stem
        messages.setdefault(name, []).append(message)
    return messages


@pytest.fixture(scope="module")
def checked(django_db_setup, django_db_blocker, tmp_path_factory):
    """Every page type, rendered with the shipped content (in a transaction
    rolled back afterwards, so no other test sees it), and what vnu says."""
    if not VNU_JAR.exists() or shutil.which("java") is None:
        reason = (
            f"No W3C Nu HTML checker at {VNU_JAR} or no java: install them "
            "with `make vnu` (or set VNU_JAR)."
        )
        print(reason)
        pytest.skip(reason)
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"pages-{uuid.uuid4().hex}",
        },
    }
    with (
        django_db_blocker.unblock(),
        override_settings(CACHES=caches),
        transaction.atomic(),
    ):
        call_command("load_starter_content", verbosity=0)
        call_command("load_advisor_defaults", verbosity=0)
        call_command("load_cost_factors", verbosity=0)
        call_command("load_locations", verbosity=0)
        pages = _render_every_page_type()
        transaction.set_rollback(True)
    return pages, _vnu(pages, tmp_path_factory.mktemp("vnu"))


PAGE_NAMES = [
    "home",
    "a-z",
    "a-z-category",
    "search-results",
    "search-no-result",
    "search-did-you-mean",
    "search-corrected",
    "term",
    "compare-2-way",
    "compare-2-way-curated",
    "compare-3-way",
    "compare-add-with-errors",
    "picker",
    "picker-with-errors",
    "picker-same-term",
    "open-data-table",
    "open-data-table-sorted",
    "open-data-table-with-errors",
    "advisor-start",
    "cost-picture",
    "cost-picture-quoted",
    "cost-picture-with-errors",
    "where",
    "where-offshore-region",
    "where-with-errors",
    "wizard-process",
    "wizard-process-with-errors",
    "wizard-goals",
    "wizard-constraints",
    "wizard-situation",
    "wizard-goals-with-errors",
    "wizard-review",
    "result",
    "change-answers",
    "404",
    "400",
    "405",
]


def _describe(message):
    return f"line {message.get('lastLine')}: {message['message']}"


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_the_page_is_valid_html(checked, name):
    pages, messages = checked
    page = pages[name]
    assert page.status == EXPECTED_STATUS.get(name, 200), page.html[:500]
    errors = [m for m in messages[name] if m["type"] in ("error", "non-document-error")]
    known = KNOWN_ERRORS.get(name, [])
    unknown = [m for m in errors if not any(part in m["message"] for _, part in known)]
    for message in messages[name]:
        if message not in errors:
            print(f"{name}: {message['type']} {_describe(message)}")
    assert unknown == [], "\n".join(_describe(m) for m in unknown)
    if errors:
        owners = sorted(
            {owner for owner, part in known for m in errors if part in m["message"]}
        )
        pytest.xfail(
            f"{', '.join(owners)} (fixed on another branch): "
            + " | ".join(_describe(m) for m in errors)
        )


def test_every_page_type_is_checked(checked):
    pages, messages = checked
    assert sorted(pages) == sorted(PAGE_NAMES)
    # The checker read every page (a page it could not read would say so here).
    assert set(messages) == set(PAGE_NAMES)
