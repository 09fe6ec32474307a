"""Search candidates found by PostgreSQL, on two indexed columns.

The ranking itself stays in glossary/search.py (pure Python, tested
exhaustively): the database only narrows thousands of terms down to the few
dozen that can match, best first. It reads one stored column per purpose,
each with its GIN index (Term.search_labels and Term.search_document,
migration 0007):

- every word of the query in a name, alias or misspelling (LIKE on
  search_labels, trigram index);
- the query's words, in any form, anywhere in the term (full text on
  search_document);
- a typo of a name, alias or misspelling (trigram word similarity on
  search_labels, the `%>` operator the same index serves).

Each condition is on an indexed column, so the planner combines the index
scans (a BitmapOr) and ranks only the rows they find: no row's text vector or
similarity is computed unless the row can match.
"""

from functools import reduce
from operator import and_

from django.contrib.postgres.search import SearchQuery, TrigramWordSimilarity
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    ExpressionWrapper,
    Q,
    QuerySet,
    Value,
    When,
)

from . import search
from .models import Term

# Every term Python ranks per search at most: three pages of results. A word
# in hundreds of terms shows the likeliest, and the page says there are more.
CANDIDATES = 30
# What ranking and a result read: a search fetches these only (the dates a
# row would bring cost more to decode than the rest of it).
SEARCHED = ("name", "slug", "aliases", "misspellings", "definition", "category")
# Must stay the configuration of Term.search_document.
FULL_TEXT_CONFIG = "english"


def candidates(raw_query: str, category_id: int | None = None) -> list[Term]:
    """The published terms (without their long texts) that can match the
    query, likeliest first; of one category when `category_id` is given."""
    cleaned = search.clean_query(raw_query)
    text = search.normalise(cleaned)
    if not text:
        return []
    return list(candidates_query(text, category_id, as_typed=cleaned.lower()))


def candidates_query(
    text: str, category_id: int | None, as_typed: str = ""
) -> QuerySet[Term]:
    """Terms that can match a normalised query, likeliest first.

    Three tiers, each found through an index and ranked among its own rows:
    every word in a name, alias or misspelling (likeliness 50 to 100); the
    words anywhere, in any form (20 or 30); a typo of a name (below 10). A
    tier is read only while the tiers above it found fewer than CANDIDATES
    rows, since none of its rows could make the cut otherwise: a common word
    costs no typo search, and a typo's similarity is computed only for the
    rows its index found."""
    terms = Term.objects.published().only(*SEARCHED)
    if category_id is not None:
        terms = terms.filter(category_id=category_id)
    # search_labels is lower-cased, as a normalised query is: plain LIKE.
    every_word = reduce(
        and_, (Q(search_labels__contains=word) for word in text.split())
    )
    if as_typed and as_typed != text:
        # A label as typed, punctuation and all ("t&m"): its words alone
        # ("t", "m") are in nearly every term.
        every_word |= Q(search_labels__contains=as_typed)
    full_text = Q(search_document=SearchQuery(text, config=FULL_TEXT_CONFIG))
    typo = Q(search_labels__trigram_word_similar=text)
    in_labels = terms.filter(every_word).annotate(
        likeliness=Case(
            When(name__iexact=text, then=Value(100.0)),
            When(name__istartswith=text, then=Value(70.0)),
            When(search_labels__contains=as_typed or text, then=Value(60.0)),
            When(search_labels__contains=text, then=Value(60.0)),
            default=Value(50.0),
        ),
        full_text_hit=ExpressionWrapper(full_text, output_field=BooleanField()),
    )
    # The query's words anywhere in the term, in any form ("outsourced").
    elsewhere = (
        terms.filter(full_text, ~_enough(terms.filter(every_word)))
        .exclude(every_word)
        .annotate(
            likeliness=Case(
                When(definition__icontains=text, then=Value(30.0)),
                default=Value(20.0),
            ),
            full_text_hit=Value(True),
        )
    )
    typos = (
        terms.filter(typo, ~_enough(terms.filter(every_word | full_text)))
        .exclude(every_word)
        .exclude(full_text)
        .annotate(
            likeliness=TrigramWordSimilarity(text, "search_labels") * 10,
            full_text_hit=Value(False),
        )
    )
    best_first = ("-likeliness", "name")
    tiers = [
        tier.order_by(*best_first)[:CANDIDATES]
        for tier in (in_labels, elsewhere, typos)
    ]
    return tiers[0].union(*tiers[1:], all=True).order_by(*best_first)[:CANDIDATES]


def _enough(found: QuerySet[Term]) -> Exists:
    """Whether `found` has CANDIDATES rows: one check, run once per search
    (PostgreSQL's one-time filter), that stops reading at that many."""
    return Exists(found[CANDIDATES - 1 : CANDIDATES])
