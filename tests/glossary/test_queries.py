"""Every public page costs the same number of queries for 20 terms as for 500.

A page that runs one query per term is fast in development and slow in
production; these tests catch it before visitors do.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from citations.models import Work
from glossary.models import Comparison, DimensionValue, Source, Term

# Each page's budget: the queries it needs, whatever the glossary's size (on
# PostgreSQL, search runs in the database in the same one query).
BUDGETS = {
    "/": 2,  # the grid's terms, the featured comparisons
    "/glossary/": 2,  # categories, one page of terms
    "/glossary/?category=ownership": 2,
    "/glossary/?q=term+00": 2,  # categories, the candidates
    "/glossary/?q=trem+0002": 2,
    "/glossary/suggest.json?q=term": 2,  # 1 on SQLite; PostgreSQL adds categories
    "/glossary/suggest.json?q=tewm": 2,  # a typo in what is typed so far
    "/glossary/term-0002/": 4,  # the term, its sources, related terms, comparisons
    "/compare/": 2,  # the picker's terms, the curated comparisons
    "/compare/?a=term-0002&b=term-0005": 4,
    "/compare/term-0002-vs-term-0005/": 5,
    "/compare/term-0001-vs-term-0000/": 5,
    "/compare/term-0002-vs-term-0005-vs-term-0007/": 5,
    "/compare/term-0007-vs-term-0002-vs-term-0005/": 5,  # the visitor's order
    "/data/glossary/": 2,
    "/data/glossary/?sort=-source_count&page=1": 2,
    "/data/glossary/?_export=json": 3,
    "/sitemap.xml": 3,
}
PAGES = list(BUDGETS)
# No page may come near this: a query per term would exceed it at once.
QUERY_BUDGET = max(BUDGETS.values())


def build_terms(category, dimensions, start, count):
    """`count` terms numbered from `start`: every tenth a draft, each related to
    its neighbours, with two sources, a value per dimension, and a curated
    comparison for every other pair (entered in reverse alphabetical order)."""
    numbers = range(start, start + count)
    Term.objects.bulk_create(
        Term(
            name=f"Term {n:04d}",
            slug=f"term-{n:04d}",
            aliases=f"alias {n}\nalso {n}",
            category=category,
            definition=f"Definition of term {n}.",
            explanation=f"Explanation of **term {n}**.",
            last_reviewed=datetime.date(2026, 11, 1),
            status=Term.Status.DRAFT if n % 10 == 9 else Term.Status.PUBLISHED,
        )
        for n in numbers
    )
    terms = {
        int(term.slug[5:]): term
        for term in Term.objects.filter(slug__in=[f"term-{n:04d}" for n in numbers])
    }
    everyone = {int(t.slug[5:]): t for t in Term.objects.all()}
    Through = Term.related_terms.through
    Through.objects.bulk_create(
        Through(from_term=a, to_term=b)
        for n, term in terms.items()
        if n > 0
        for a, b in ((term, everyone[n - 1]), (everyone[n - 1], term))
    )
    works = Work.objects.bulk_create(
        Work(title=f"Source {n}/{i}", url=f"https://example.com/{n}/{i}")
        for n in terms
        for i in range(2)
    )
    Source.objects.bulk_create(
        Source(term=term, work=works[2 * index + i])
        for index, term in enumerate(terms.values())
        for i in range(2)
    )
    DimensionValue.objects.bulk_create(
        DimensionValue(term=term, dimension=dim, value=f"{term.name} {dim.name}")
        for term in terms.values()
        for dim in dimensions
    )
    Comparison.objects.bulk_create(
        Comparison(
            term_a=everyone[n + 1],
            term_b=everyone[n],
            introduction="Intro",
            key_differences="- One",
        )
        for n in terms
        if n % 2 == 0 and n + 1 in everyone
    )


@pytest.fixture(autouse=True)
def rendered_pages(settings):
    """Budgets are for rendering a page: cached pages cost none (test_page_cache)."""
    settings.PAGE_CACHE_ENABLED = False


def queries_for(client, url, assert_max_queries):
    client.get(url)  # warm up: first-request work is not per-term work
    with (
        assert_max_queries(QUERY_BUDGET),
        CaptureQueriesContext(connection) as context,
    ):
        response = client.get(url)
    # The picker answers with a redirect; every other page with content.
    assert response.status_code == (302 if "?a=" in url else 200), url
    return len(context.captured_queries)


@pytest.mark.parametrize("url", PAGES)
def test_page_costs_the_same_queries_for_20_and_500_terms(
    client, category, dimensions, url, django_assert_max_num_queries
):
    build_terms(category, dimensions, 0, 20)
    small = queries_for(client, url, django_assert_max_num_queries)

    build_terms(category, dimensions, 20, 480)
    assert Term.objects.published().count() == 450
    large = queries_for(client, url, django_assert_max_num_queries)

    assert large == small <= BUDGETS[url]
