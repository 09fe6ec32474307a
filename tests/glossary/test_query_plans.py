"""No page sorts its rows in a temporary B-tree: an index serves every ORDER BY.

A sort without an index is invisible at 60 terms and is most of a page's
database time at 5,000; SQLite says so in its query plan. (On PostgreSQL the
planner rightly sorts small tables in memory, so its plans are checked by
`make bench` at 5,000 terms instead.)
"""

import re

import pytest
from django.db import connection

from .test_queries import PAGES, build_terms

pytestmark = pytest.mark.django_db

TEMP_SORT = "USE TEMP B-TREE FOR ORDER BY"


@pytest.fixture(autouse=True)
def sqlite_only(settings):
    if connection.vendor != "sqlite":
        print("Skipped: the query plan check reads SQLite's EXPLAIN QUERY PLAN")
        pytest.skip("SQLite's plans only (PostgreSQL's are checked by make bench)")
    settings.PAGE_CACHE_ENABLED = False


def selects_of(client, url):
    """Every SELECT (with its parameters) a page runs."""
    seen = []

    def record(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        client.get(url)
    return seen


# Sorting the open-data table by its number of sources orders by a computed
# count: no index can serve that, and the page is still one query.
COMPUTED_SORTS = {"/data/glossary/?sort=-source_count&page=1"}


@pytest.mark.parametrize("url", [page for page in PAGES if page not in COMPUTED_SORTS])
def test_no_page_sorts_in_a_temporary_b_tree(client, category, dimensions, url):
    build_terms(category, dimensions, 0, 500)
    sorted_in_temp = []
    with connection.cursor() as cursor:
        for sql, params in selects_of(client, url):
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = " / ".join(str(row[-1]) for row in cursor.fetchall())
            if TEMP_SORT in plan:
                sorted_in_temp.append(f"{sql}\n    {plan}")
    assert sorted_in_temp == [], "\n".join(sorted_in_temp)


# Pages that read every published term by design: SQLite's search ranks them
# all (PostgreSQL's does not), the sitemap and the export list them all, and
# the open-data table counts them for its page numbers (from an index).
READ_EVERY_TERM = {
    "/data/glossary/",
    "/data/glossary/?sort=-source_count&page=1",
    "/glossary/?q=term+00",
    "/glossary/?q=trem+0002",
    "/glossary/suggest.json?q=term",
    "/glossary/suggest.json?q=tewm",
    "/data/glossary/?_export=json",
    "/sitemap.xml",
}
STATUS_WALK = re.compile(r"USING (?:COVERING )?INDEX \w+ \(status=\?\)")


@pytest.mark.parametrize("url", [page for page in PAGES if page not in READ_EVERY_TERM])
def test_no_page_walks_every_published_term(client, category, dimensions, url):
    """Asked for a few terms and their status, SQLite without statistics may
    walk the status index through every published term: fine at 60 terms,
    most of the page at 5,000. A walk is allowed only to a LIMIT."""
    build_terms(category, dimensions, 0, 500)
    walks = []
    with connection.cursor() as cursor:
        for sql, params in selects_of(client, url):
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = " / ".join(str(row[-1]) for row in cursor.fetchall())
            if STATUS_WALK.search(plan) and " LIMIT " not in sql:
                walks.append(f"{sql}\n    {plan}")
    assert walks == [], "\n".join(walks)
