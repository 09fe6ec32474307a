"""Search candidates found by PostgreSQL, on two indexed columns.

The ranking itself stays in glossary/search.py (pure Python, tested
exhaustively): the database only narrows thousands of terms down to the few
dozen that can match, best first. It reads one stored column per purpose,
each with its GIN index (Term.search_labels and Term.search_document,
migrations 0007 and 0010):

- every word of the query in a name, alias, misspelling or keyword (LIKE on
  search_labels, trigram index);
- the query's words, in any form, anywhere in the term (full text on
  search_document);
- a typo of a label (trigram word similarity on search_labels, the `%>`
  operator the same index serves);
- one typo in the start of a word, as a visitor types "ofsh" for offshoring
  (a regular expression on search_labels, which the same index serves).

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
SEARCHED = (
    "name",
    "slug",
    "aliases",
    "misspellings",
    "keywords",
    "definition",
    "category",
)
# Must stay the configuration of Term.search_document.
FULL_TEXT_CONFIG = "english"


def candidates(raw_query: str, category_id: int | None = None) -> list[Term]:
    """The published terms (without their long texts) that can match the
    query, likeliest first; of one category when `category_id` is given."""
    text = search.normalise(search.clean_query(raw_query))
    if not text:
        return []
    # A term both typo tiers found comes twice: once is enough.
    unique: dict[int, Term] = {}
    for term in candidates_query(text, category_id):
        unique.setdefault(term.pk, term)
    return list(unique.values())


def candidates_query(text: str, category_id: int | None) -> QuerySet[Term]:
    """Terms that can match a normalised query, likeliest first.

    Four tiers, each found through an index and ranked among its own rows:
    every word in a name, alias, misspelling or keyword (likeliness 50 to
    100, as glossary.search ranks them: a whole line, the start of the name,
    of a line, of a word, anywhere); the words anywhere, in any form (20 or
    30); one typo in the start of a word, what a visitor is still typing (15,
    or 17 in the name's); a typo of a label (below 10). A tier is read only
    while the tiers above it found fewer than CANDIDATES rows, since none of
    its rows could make the cut otherwise: a common word costs no typo
    search, and a typo's similarity is computed only for the rows its index
    found."""
    terms = Term.objects.published().only(*SEARCHED)
    if category_id is not None:
        terms = terms.filter(category_id=category_id)
    # search_labels is written as a normalised query is (models.SearchLabels):
    # plain LIKE, a line between "\n " and " \n", a word after a space.
    every_word = reduce(
        and_, (Q(search_labels__contains=word) for word in text.split())
    )
    full_text = Q(search_document=SearchQuery(text, config=FULL_TEXT_CONFIG))
    typo = Q(search_labels__trigram_word_similar=text)
    in_labels = terms.filter(every_word).annotate(
        likeliness=Case(
            When(search_labels__startswith=f"\n {text} \n", then=Value(100.0)),
            When(search_labels__contains=f"\n {text} \n", then=Value(90.0)),
            When(search_labels__startswith=f"\n {text}", then=Value(70.0)),
            When(search_labels__contains=f"\n {text}", then=Value(66.0)),
            When(search_labels__contains=f" {text}", then=Value(63.0)),
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
    found = every_word | full_text
    typos = terms.filter(typo, ~_enough(terms.filter(found))).exclude(found)
    tiers = [in_labels, elsewhere]
    parts = search.prefix_typo_parts(text)
    if parts is not None:
        # Likelier than a trigram typo: the visitor is still typing what they
        # mean. Not excluded from the trigram typos (a regular expression for
        # every row they found costs more than the few rows both find, which
        # candidates() lists once).
        starts = _typo_at_a_word_start(parts)
        at_start = terms.filter(starts, ~_enough(terms.filter(found))).exclude(found)
        tiers.append(_likeliest_start(at_start, search.prefix_typo_pattern(text)))
    tiers.append(
        typos.annotate(
            likeliness=TrigramWordSimilarity(text, "search_labels") * 10,
            full_text_hit=Value(False),
        )
    )
    best_first = ("-likeliness", "name")
    first, *others = [tier.order_by(*best_first)[:CANDIDATES] for tier in tiers]
    return first.union(*others, all=True).order_by(*best_first)[:CANDIDATES]


def _typo_at_a_word_start(parts: search.PrefixTypoParts) -> Q:
    """Labels with a word that starts with the query but for one typo (see
    search.prefix_typo_pattern). The pattern is too intricate for the trigram
    index, so it is checked in two parts, each on the rows a plain LIKE the
    index serves found first: a word that starts with the query's first
    characters, then has the typo; or the query's last characters, after it."""
    head = Q(search_labels__contains=f" {parts.head}") & Q(
        search_labels__regex=f" {parts.head}(?:{parts.after_head})"
    )
    tail = Q(search_labels__contains=parts.tail) & Q(
        search_labels__regex=f" (?:{parts.before_tail}){parts.tail}"
    )
    return head | tail


def _likeliest_start(terms: QuerySet[Term], pattern: str | None) -> QuerySet[Term]:
    """The start of the name first (anchored: cheap to check on every row)."""
    return terms.annotate(
        likeliness=Case(
            When(search_labels__regex=f"^\n (?:{pattern})", then=Value(17.0)),
            default=Value(15.0),
        ),
        full_text_hit=Value(False),
    )


def _enough(found: QuerySet[Term]) -> Exists:
    """Whether `found` has CANDIDATES rows: one check, run once per search
    (PostgreSQL's one-time filter), that stops reading at that many."""
    return Exists(found[CANDIDATES - 1 : CANDIDATES])
