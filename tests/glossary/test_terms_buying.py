"""The buying terms: the abbreviations and phrases buyers type lead to one term."""

import pytest

from glossary import search
from glossary import starter_content as content

CANDIDATES = [
    search.Candidate(
        key=term["slug"],
        name=term["name"],
        aliases=tuple(term["aliases"]),
        definition=term["definition"],
        misspellings=tuple(term["misspellings"]),
    )
    for term in content.TERMS
]


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("T&M", "time-and-materials"),
        ("time & materials", "time-and-materials"),
        ("time and materials", "time-and-materials"),
        ("MSA", "master-services-agreement"),
        ("SOW", "statement-of-work"),
        ("KPI", "key-performance-indicator"),
        ("OLA", "operational-level-agreement"),
        ("RFP", "request-for-proposal"),
        ("make or buy", "make-or-buy-decision"),
        ("make-or-buy", "make-or-buy-decision"),
        ("exit strategy", "exit-plan"),
        ("fourth-party risk", "third-and-fourth-party-risk"),
        ("sub-outsourcing", "subcontracting"),
        ("FTE pricing", "fte-based-pricing"),
    ],
)
def test_a_buyer_s_phrase_leads_straight_to_its_term(query, slug):
    hit = search.lone_exact_hit(search.rank(query, CANDIDATES))

    assert hit is not None, query
    assert hit.key == slug


def test_due_diligence_finds_the_provider_term_first():
    ranked = search.rank("due diligence", CANDIDATES)

    assert ranked[0][1].key == "provider-due-diligence"
