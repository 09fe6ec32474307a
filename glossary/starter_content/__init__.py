"""Starter content for the Sourcing Guide glossary and comparisons.

Plain Python (no Django imports) holding the initial categories, comparison
dimensions, terms and curated comparisons, written in our own words and split by
topic into the modules of this package. The schema is the one in the project's
working agreement: every term has a one-sentence definition, three takeaways, an
explanation, an example, when it fits and when it does not, related terms, a
value for every dimension, aliases (real synonyms and abbreviations only) kept
apart from misspellings, and sources described in ``sources.py``. A term may
also list ``keywords``: what people type when they look for it that is not
another name for it ("BPO company"), which search finds but never shows.

Markdown fields may link terms with ``[[slug]]`` or ``[[slug|label]]``.

It is loaded by ``manage.py load_starter_content``. Loading only creates entries
that do not exist yet and never overwrites changes editors have made in the
admin: once an entry exists in the database, the database copy is the one that
counts.

Spelling is British throughout (centre, organisation); American spellings are
given as aliases where readers are likely to search for them.
"""

from . import (
    terms_buying,
    terms_contracts,
    terms_engagement,
    terms_location,
    terms_ownership,
    terms_rules,
)
from .comparisons import COMPARISONS

LAST_REVIEWED = "2026-11-30"

CATEGORIES = [
    {
        "slug": "ownership",
        "name": "Who does the work",
        "description": "Terms about whether a process is run by your own employees, by a third party, or by a mix of the two.",
    },
    {
        "slug": "location",
        "name": "Where the work is done",
        "description": "Terms about the country the work is performed in: at home, nearby, far away, in an allied country, or back home again.",
    },
    {
        "slug": "engagement-models",
        "name": "Engagement models",
        "description": "Common ways of packaging a sourcing arrangement, from process outsourcing to staffing and build-and-transfer deals.",
    },
    {
        "slug": "contracts-and-platforms",
        "name": "Contracts and platforms",
        "description": "How the commercial relationship is priced and organised, including outcome-linked contracts and online work platforms.",
    },
    {
        "slug": "governance",
        "name": "Running a sourcing deal",
        "description": "What it takes to set up, measure, cost and, one day, leave a sourcing arrangement: service levels, total cost, the retained team, transition and lock-in.",
    },
]

DIMENSIONS = [
    {
        "slug": "basic-definition",
        "name": "Basic definition",
        "help_text": "A short, neutral statement of what the term means.",
        "order": 10,
    },
    {
        "slug": "meaning",
        "name": "What it means in practice",
        "help_text": "What the arrangement looks like day to day for the organisation that uses it.",
        "order": 20,
    },
    {
        "slug": "who-does-the-work",
        "name": "Who does the work",
        "help_text": "Whose employees actually perform the work: your own, a provider's, or a mix.",
        "order": 30,
    },
    {
        "slug": "location",
        "name": "Location",
        "help_text": "Where the work is physically performed relative to the organisation's home country.",
        "order": 40,
    },
    {
        "slug": "drivers",
        "name": "Typical drivers",
        "help_text": "The usual reasons and preconditions that lead organisations to choose this option.",
        "order": 50,
    },
    {
        "slug": "benefits",
        "name": "Benefits",
        "help_text": "The advantages organisations usually hope to gain when the arrangement is well run.",
        "order": 60,
    },
    {
        "slug": "primary-goal",
        "name": "Primary goal",
        "help_text": "The main objective the option is usually chosen to achieve.",
        "order": 70,
    },
    {
        "slug": "risks",
        "name": "Risks",
        "help_text": "The things that commonly go wrong or need active management.",
        "order": 80,
    },
    {
        "slug": "control",
        "name": "Control",
        "help_text": "How much day-to-day control over the work the client organisation keeps.",
        "order": 90,
    },
    {
        "slug": "cost-profile",
        "name": "Cost profile",
        "help_text": "How costs typically arise: up-front investment, fixed or variable running costs, fees and hidden costs.",
        "order": 100,
    },
    {
        "slug": "time-to-set-up",
        "name": "Time to set up",
        "help_text": "Roughly how long it usually takes before the arrangement is running; an indication, not a promise.",
        "order": 110,
    },
]

TERMS = [
    *terms_ownership.TERMS,
    *terms_location.TERMS,
    *terms_engagement.TERMS,
    *terms_contracts.TERMS,
    *terms_buying.TERMS,
    *terms_rules.TERMS,
]

__all__ = ["CATEGORIES", "COMPARISONS", "DIMENSIONS", "LAST_REVIEWED", "TERMS"]
