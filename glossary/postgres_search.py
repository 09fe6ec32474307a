"""Search candidates found by PostgreSQL: full text and trigram, GIN-indexed.

The ranking itself stays in glossary/search.py (pure Python, tested
exhaustively): the database only narrows thousands of terms down to the few
dozen that can match, best first, so a search costs the same one query and
about the same time at 60 terms as at 5,000. The GIN indexes behind every
condition here are declared on Term (migration 0006, PostgreSQL only).
"""

from functools import lru_cache, reduce
from operator import and_, or_

from django.contrib.postgres.search import (
    SearchQuery,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    FloatField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Greatest

from . import search
from .models import Term

# Every term Python ranks per search at most: three pages of results. A word
# in hundreds of terms shows the likeliest, and the page says there are more.
CANDIDATES = 30
LABELS = ("name", "aliases", "misspellings")
# What ranking and a result read: a search fetches these only (the dates a
# row would bring cost more to decode than the rest of it).
SEARCHED = ("name", "slug", "aliases", "misspellings", "definition", "category")
# Must stay the expression of the index term_full_text (see Term.Meta).
FULL_TEXT_CONFIG = "english"


def full_text_vector() -> SearchVector:
    return SearchVector(*LABELS, "definition", config=FULL_TEXT_CONFIG)


def _any_label(lookup: str, value: str) -> Q:
    return reduce(or_, (Q(**{f"{field}__{lookup}": value}) for field in LABELS))


def candidates(raw_query: str, category_id: int | None = None) -> list:
    """The published terms (without their long texts) that can match the
    query, likeliest first; of one category when `category_id` is given."""
    text = search.normalise(search.clean_query(raw_query))
    if not text:
        return []
    sql, params = candidates_sql(text, category_id)
    return list(Term.objects.raw(sql, params))


def candidates_sql(text: str, category_id: int | None) -> tuple[str, tuple]:
    """The SQL and parameters of `candidates_query(text, category_id)`.

    Django's compiler took most of a search's CPU to write this SQL, whose
    shape depends only on the number of words and whether a category is
    chosen: each shape is compiled once per process, from stand-in words,
    and each search fills in its own words (tests/glossary/
    test_postgres_search.py checks the result is the SQL the ORM writes)."""
    words = text.split()
    shape, makers = _compiled(len(words), category_id is not None)
    return shape, tuple(make(text, words, category_id) for make in makers)


def candidates_query(text: str, category_id: int | None) -> QuerySet:
    """Terms that can match a normalised query, likeliest first."""
    terms = Term.objects.published().only(*SEARCHED)
    if category_id is not None:
        terms = terms.filter(category_id=category_id)
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


# Stand-ins no normalised query contains (normalise() lower-cases).
_WORD = "QWORD{}Q"
_CATEGORY = -7_000_001


@lru_cache(maxsize=32)
def _compiled(word_count: int, in_category: bool):
    words = [_WORD.format(n) for n in range(word_count)]
    stand_in = " ".join(words)
    query = candidates_query(stand_in, _CATEGORY if in_category else None)
    sql, params = query.query.sql_with_params()
    return sql, [_maker(param, stand_in, words) for param in params]


def _maker(param, stand_in: str, words: list[str]):
    """How a search's own parameter is made from its text, words and category,
    where the compiled query had `param`."""
    if param == _CATEGORY:
        return lambda text, own_words, category_id: category_id
    if not isinstance(param, str) or "QWORD" not in param:
        return lambda text, own_words, category_id: param  # "published", "english"
    if param == stand_in:
        return lambda text, own_words, category_id: text
    if param in words:
        n = words.index(param)
        return lambda text, own_words, category_id: own_words[n]
    # A LIKE pattern around the text or one word: escaped as the ORM does.
    places: list[tuple[int | None, str]] = [(None, stand_in), *enumerate(words)]
    for place, word in places:
        if word in param:
            before, after = param.split(word)

            def make(
                text, own_words, category_id, at=place, before=before, after=after
            ):
                value = text if at is None else own_words[at]
                return before + connection.ops.prep_for_like_query(value) + after

            return make
    raise ValueError(f"Unexpected parameter in the search query: {param!r}")
