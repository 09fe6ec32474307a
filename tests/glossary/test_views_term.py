"""A term's page teaches: takeaways first, then explanation, example, when it
fits and not; related terms, comparisons and the advisor beside; sources last."""

import re

import pytest

from citations.models import Work
from glossary.models import Comparison

from ..conftest import add_source

pytestmark = pytest.mark.django_db


def html(response):
    return response.content.decode()


def headings(page):
    return [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page)]


@pytest.fixture
def taught(glossary):
    """Reshoring with every teaching field filled in, and two kinds of source."""
    term = glossary["reshoring"]
    term.key_takeaways = "It brings work home.\nIt costs more.\nAutomation helps."
    term.example = "A **toy maker** moved assembly back.<script>x()</script>"
    term.fits_when = "- Lead times matter"
    term.not_fits_when = "- Labour is scarce at home"
    term.explanation = "Reshoring reverses offshoring."
    term.save()
    term.related_terms.add(glossary["nearshoring"], glossary["outsourcing"])
    add_source(
        term,
        title="Reshoring data",
        publisher="Reshoring Initiative",
        year=2024,
        url="https://reshorenow.org/data/",
        kind=Work.Kind.PRIMARY,
        order=0,
    )
    add_source(
        term,
        title="Reshoring",
        publisher="Wikipedia",
        url="https://en.wikipedia.org/wiki/Reshoring",
        kind=Work.Kind.TERTIARY,
        order=1,
    )
    Comparison.objects.create(
        term_a=glossary["offshoring"],
        term_b=term,
        introduction="Opposite moves.",
        key_differences="- Direction",
    )
    return term


def test_the_page_teaches_in_order_with_the_sidebar_before_the_sources(client, taught):
    page = html(client.get("/glossary/reshoring/"))

    assert headings(page) == [
        "Key takeaways",
        "What it means",
        "Example",
        "When it fits",
        "When it does not fit",
        "Related terms",
        "Compare with",
        "Is it right for your process?",
        "Sources",
    ]


def test_takeaways_are_a_list_and_markdown_fields_are_rendered_safely(client, taught):
    page = html(client.get("/glossary/reshoring/"))

    assert re.findall(r'class="key-takeaways".*?<ul>(.*?)</ul>', page, re.S) == [
        "<li>It brings work home.</li><li>It costs more.</li><li>Automation helps.</li>"
    ]
    assert "A <strong>toy maker</strong> moved assembly back." in page
    assert "x()" not in page
    assert "<li>Lead times matter</li>" in page
    assert "<li>Labour is scarce at home</li>" in page


def test_sources_show_publisher_and_year_and_mark_primary_ones(client, taught):
    page = html(client.get("/glossary/reshoring/"))
    sources = re.search(r'<ol class="term-source-list">(.*?)</ol>', page, re.S)[1]
    items = [
        " ".join(re.sub(r"<[^>]+>", "", li).split())
        for li in re.findall(r"<li>(.*?)</li>", sources, re.S)
    ]

    assert items == [
        "Reshoring data, Reshoring Initiative, 2024 Primary source",
        "Reshoring, Wikipedia",
    ]


def test_compare_with_lists_explained_comparisons_first(client, taught):
    page = html(client.get("/glossary/reshoring/"))
    block = re.search(r'<ul class="compare-with[^"]*">(.*?)</ul>', page, re.S)[1]

    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', block)
    # Outsourcing is related but about another decision (who, not where).
    assert links == [
        ("/compare/offshoring-vs-reshoring/", "Reshoring vs Offshoring"),
        ("/compare/nearshoring-vs-reshoring/", "Reshoring vs Nearshoring"),
    ]
    assert block.count("explained") == 1


def test_compare_with_offers_only_pairs_about_the_same_decision(
    client, glossary, make_term
):
    """Curated comparisons, then related terms of the term's own category: a
    related term about another decision (Reshoring: where, not who) is a
    link under "Related terms", never a comparison nobody asks for."""
    in_house = make_term("In-house")  # the fixture's category: who does the work
    make_term("Insourcing")  # same category, but not related to outsourcing
    glossary["outsourcing"].related_terms.add(in_house)

    page = html(client.get("/glossary/outsourcing/"))
    block = re.search(r'<ul class="compare-with[^"]*">(.*?)</ul>', page, re.S)[1]

    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', block) == [
        ("/compare/outsourcing-vs-offshoring/", "Outsourcing vs Offshoring"),
        ("/compare/in-house-vs-outsourcing/", "Outsourcing vs In-house"),
    ]
    assert '<a href="/glossary/reshoring/">Reshoring</a>' in page  # still related


def test_a_term_with_nothing_to_compare_shows_no_compare_block(client, glossary):
    page = html(client.get("/glossary/nearshoring/"))

    assert "Compare with" not in page


def test_the_sidebar_links_the_advisor(client, taught):
    page = html(client.get("/glossary/reshoring/"))

    assert re.search(
        r'<aside class="term-side"[^>]*>.*<a class="btn btn-primary" '
        r'href="/advisor/">Start the advisor</a>.*</aside>',
        page,
        re.S,
    )


def test_a_term_without_teaching_fields_shows_no_empty_sections(client, glossary):
    page = html(client.get("/glossary/nearshoring/"))

    for heading in ("Key takeaways", "Example", "When it fits", "Sources"):
        assert heading not in headings(page)
    assert "Is it right for your process?" in headings(page)


def test_also_called_never_lists_misspellings(client, taught):
    taught.misspellings = "reshorring\nresoring"
    taught.save()

    page = html(client.get("/glossary/reshoring/"))

    assert "Also called:</span> backshoring</p>" in page
    assert "reshorring" not in page


def test_the_term_page_keeps_its_query_budget(
    client, taught, django_assert_max_num_queries
):
    with django_assert_max_num_queries(5):
        response = client.get("/glossary/reshoring/")

    assert "Primary source" in html(response)
