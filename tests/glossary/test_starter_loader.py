"""The starter loader, on a tiny content module built here (not the shipped one):
every field of the content schema reaches the database."""

from types import SimpleNamespace

import pytest

from citations.models import Work
from glossary.models import Comparison, Source, Term
from glossary.starter import load

pytestmark = pytest.mark.django_db


def term_data(slug, name, **extra):
    data = {
        "slug": slug,
        "name": name,
        "aliases": [],
        "category": "location",
        "definition": f"{name} in one sentence.",
        "explanation": f"{name} explained.",
        "related": [],
        "values": {},
        "sources": [],
        "misspellings": [],
        "takeaways": [],
        "example": "",
        "fits_when": "",
        "not_fits_when": "",
    }
    return {**data, **extra}


def content(terms, comparisons=()):
    return SimpleNamespace(
        LAST_REVIEWED="2026-11-29",
        CATEGORIES=[{"slug": "location", "name": "Where", "description": "Where."}],
        DIMENSIONS=[],
        TERMS=terms,
        COMPARISONS=list(comparisons),
    )


RESHORING = term_data(
    "reshoring",
    "Reshoring",
    aliases=["backshoring"],
    misspellings=["resoring", "reshorring"],
    keywords=["bringing jobs home"],
    takeaways=["It brings work home.", "It is not free.", "Automation helps."],
    example="A toy maker moved assembly from China back to Ohio.",
    fits_when="- Lead times matter more than wages",
    not_fits_when="- The home labour market is empty",
    related=["offshoring"],
    sources=[
        {
            "title": "Reshoring data",
            "publisher": "Reshoring Initiative",
            "year": 2024,
            "url": "https://reshorenow.org/data/",
            "kind": "primary",
        },
        {
            "title": "Reshoring",
            "publisher": "Wikipedia",
            "year": None,
            "url": "https://en.wikipedia.org/wiki/Reshoring",
            "kind": "tertiary",
        },
    ],
)
OFFSHORING = term_data("offshoring", "Offshoring", related=["reshoring"])


def test_every_teaching_field_of_a_term_is_loaded():
    load(content([RESHORING, OFFSHORING]))

    term = Term.objects.get(slug="reshoring")
    assert term.alias_list == ["backshoring"]
    assert term.misspelling_list == ["resoring", "reshorring"]
    assert term.keyword_list == ["bringing jobs home"]
    assert Term.objects.get(slug="offshoring").keywords == ""  # none is optional
    assert term.takeaway_list == RESHORING["takeaways"]
    assert term.example.startswith("A toy maker")
    assert term.fits_when == "- Lead times matter more than wages"
    assert term.not_fits_when == "- The home labour market is empty"
    assert [t.slug for t in term.related_terms.all()] == ["offshoring"]


def test_sources_cite_works_with_publisher_year_kind_in_order():
    load(content([RESHORING]))

    sources = Source.objects.filter(term__slug="reshoring").select_related("work")
    assert [(s.work.publisher, s.work.year, s.work.kind) for s in sources] == [
        ("Reshoring Initiative", 2024, Work.Kind.PRIMARY),
        ("Wikipedia", None, Work.Kind.TERTIARY),
    ]


def test_a_work_cited_by_two_terms_is_one_record_with_each_citation_s_locator():
    cited = {**RESHORING["sources"][0], "locator": "p. 3"}
    load(content([{**OFFSHORING, "sources": [cited]}, RESHORING]))

    citing = Source.objects.filter(work__url=RESHORING["sources"][0]["url"])
    assert citing.count() == 2
    assert Work.objects.filter(url=RESHORING["sources"][0]["url"]).count() == 1
    assert citing.get(term__slug=OFFSHORING["slug"]).locator == "p. 3"


def test_a_comparison_verdict_is_loaded():
    comparison = {
        "a": "offshoring",
        "b": "reshoring",
        "introduction": "Opposite moves.",
        "key_differences": "- Direction",
        "verdict": "Choose offshoring when ...; choose reshoring when ...",
    }

    load(content([OFFSHORING, RESHORING], [comparison]))

    assert Comparison.objects.get().verdict.startswith("Choose offshoring when")
