"""Fragments of rendered pages kept until the next content write (`{% cache %}`
keyed by the content version: core.page_cache.fragment_keys)."""

import pytest

from core import page_cache
from glossary.models import Comparison, Term

from .test_page_cache import BrokenCache

pytestmark = pytest.mark.django_db

TERM_PAGE = "/glossary/outsourcing/"
COMPARISON = "/compare/outsourcing-vs-offshoring/"
# Pages with a query string: never in the page cache, rendered for each request.
SWAP_FORM = "/compare/outsourcing-vs-offshoring/?add="
TABLE_BY_CATEGORY = "/data/glossary/?sort=category"


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Pages rendered for each request, as the benchmark's rendered mode and
    every page with a query string are."""
    settings.PAGE_CACHE_ENABLED = False


@pytest.mark.parametrize(
    ("url", "first", "again"),
    [
        # The term, then its related terms, sources and compare links.
        (TERM_PAGE, 4, 1),
        # The terms and the curated pair, then the picker's terms, the
        # dimensions and the values.
        (COMPARISON, 5, 2),
        (SWAP_FORM, 5, 3),  # the submitted form is checked on every request
        # The picker's terms, then the curated comparisons.
        ("/compare/", 2, 1),
        # The count, then the rows.
        (TABLE_BY_CATEGORY, 2, 1),
    ],
)
def test_a_rendered_page_reads_what_only_its_kept_fragment_shows_once(
    client, glossary, django_assert_num_queries, url, first, again
):
    with django_assert_num_queries(first):
        rendered = client.get(url)
    with django_assert_num_queries(again):
        kept = client.get(url)
    assert kept.text == rendered.text


def test_an_edit_shows_at_once_on_pages_with_kept_fragments(client, glossary):
    pages = [TERM_PAGE, COMPARISON, SWAP_FORM, "/compare/", TABLE_BY_CATEGORY]
    for url in pages:
        assert "Outsourcing" in client.get(url).text, url
    outsourcing = glossary["outsourcing"]
    outsourcing.name = "Contracting out"
    outsourcing.save()
    for url in pages:
        assert "Contracting out" in client.get(url).text, url
    comparison = Comparison.objects.get(pk=glossary["comparison"].pk)
    comparison.introduction = "Two decisions, **rewritten**."
    comparison.save()
    assert "<strong>rewritten</strong>" in client.get(COMPARISON).text


def test_related_terms_and_sources_change_at_once(client, glossary):
    assert "Reshoring" in client.get(TERM_PAGE).text
    glossary["outsourcing"].related_terms.remove(glossary["reshoring"])
    assert "Reshoring" not in client.get(TERM_PAGE).text
    Term.objects.filter(slug="offshoring").update(status=Term.Status.DRAFT)
    page_cache.bump_content_version()  # as the loaders do after a bulk update
    assert "Offshoring" not in client.get("/compare/").text


def test_with_the_cache_down_every_request_renders_the_whole_page(
    client, glossary, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(page_cache, "page_cache", BrokenCache)
    for _ in range(2):
        with django_assert_num_queries(4):
            page = client.get(TERM_PAGE)
        assert page.status_code == 200
        assert "Handing a business process to an outside provider." in page.text


def test_with_fragments_off_every_request_renders_the_whole_page(
    client, glossary, settings, django_assert_num_queries
):
    settings.TEMPLATE_FRAGMENTS = False
    for _ in range(2):
        with django_assert_num_queries(4):
            page = client.get(TERM_PAGE)
        assert "Handing a business process to an outside provider." in page.text
