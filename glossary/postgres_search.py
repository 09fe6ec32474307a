"""Search candidates found by PostgreSQL: full text and trigram, GIN-indexed.

The ranking itself stays in glossary/search.py (pure Python, tested
exhaustively): the database only narrows thousands of terms down to the few
dozen that can match, best first, so a search costs the same one query and
about the same time at 60 terms as at 5,000. The GIN indexes behind every
condition here are declared on Term (migration 0006, PostgreSQL only).
"""

from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import (
    SearchQuery,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    FloatField,
    Q,
    Value,
    When,
)
from django.db.models.functions import Greatest

from . import search

# Every term Python ranks per search at most; the best of them are shown.
CANDIDATES = 60
LABELS = ("name", "aliases", "misspellings")
# Must stay the expression of the index term_full_text (see Term.Meta).
FULL_TEXT_CONFIG = "english"


def full_text_vector() -> SearchVector:
    return SearchVector(*LABELS, "definition", config=FULL_TEXT_CONFIG)


def _any_label(lookup: str, value: str) -> Q:
    return reduce(or_, (Q(**{f"{field}__{lookup}": value}) for field in LABELS))


def candidates(terms, raw_query: str):
    """`terms` narrowed to those that can match the query, likeliest first."""
    text = search.normalise(search.clean_query(raw_query))
    if not text:
        return terms.none()
    every_word = reduce(and_, (_any_label("icontains", word) for word in text.split()))
    in_definition = Q(definition__icontains=text)
    full_text = Q(full_text=SearchQuery(text, config=FULL_TEXT_CONFIG))
    typo = _any_label("trigram_word_similar", text)
    likeliness = Case(
        When(name__iexact=text, then=Value(100.0)),
        When(name__istartswith=text, then=Value(70.0)),
        When(_any_label("icontains", text), then=Value(60.0)),
        When(every_word, then=Value(50.0)),
        When(in_definition, then=Value(30.0)),
        # Typo-like and full-text-only matches last. Full text is left out of
        # this sort key on purpose: to_tsvector() on every match is what a
        # search would spend its time on.
        default=Greatest(*(TrigramWordSimilarity(text, f) for f in LABELS)) * 10,
        output_field=FloatField(),
    )
    return (
        terms.alias(full_text=full_text_vector())
        .filter(every_word | in_definition | full_text | typo)
        .annotate(
            likeliness=likeliness,
            # Computed for the few rows kept only (after the sort and limit).
            full_text_hit=ExpressionWrapper(full_text, output_field=BooleanField()),
        )
        .order_by("-likeliness", "name")[:CANDIDATES]
    )
