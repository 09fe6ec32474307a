"""The one place that turns glossary rows into what views need.

Every function here costs a fixed number of queries whatever the glossary's
size (checked by tests with django_assert_max_num_queries).
"""

from dataclasses import asdict, dataclass
from string import ascii_uppercase

from django.db.models import Prefetch, Q

from core.markdown import TermLink, link_slugs

from . import search
from .models import (
    COMPARE_SEPARATOR,
    Category,
    Comparison,
    Dimension,
    DimensionValue,
    Term,
)

MAX_COMPARED_TERMS = 3


@dataclass(frozen=True)
class ComparisonCell:
    label: str  # the term's name, shown before the value on narrow screens
    value: str


@dataclass(frozen=True)
class ComparisonRow:
    name: str
    help_text: str
    cells: list[ComparisonCell]


@dataclass(frozen=True)
class ComparisonColumn:
    name: str
    url: str


@dataclass(frozen=True)
class ComparisonTable:
    """Terms side by side on every dimension; plain data, so the advisor can
    store it in a saved result and show it unchanged later."""

    columns: list[ComparisonColumn]
    rows: list[ComparisonRow]

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class LetterGroup:
    letter: str
    terms: list[Term]


def published_terms() -> list[Term]:
    return list(Term.objects.published().select_related("category").order_by("name"))


def categories() -> list[Category]:
    return list(Category.objects.all())


def search_terms(query: str, terms: list[Term]) -> tuple[list[Term], Term | None]:
    """Terms matching the query, best first, and the lone exact hit if there is one."""
    by_id: dict[object, Term] = {term.pk: term for term in terms}
    candidates = [
        search.Candidate(
            term.pk,
            term.name,
            tuple(term.alias_list),
            term.definition,
            tuple(term.misspelling_list),
        )
        for term in terms
    ]
    ranked = search.rank(query, candidates)
    exact = search.lone_exact_hit(ranked)
    return [by_id[c.key] for _, c in ranked], (by_id[exact.key] if exact else None)


def group_by_letter(terms: list[Term]) -> list[LetterGroup]:
    groups: dict[str, list[Term]] = {}
    for term in sorted(terms, key=lambda t: t.name.lower()):
        first = term.name[:1].upper()
        groups.setdefault(first if first in ascii_uppercase else "#", []).append(term)
    return [LetterGroup(letter, groups[letter]) for letter in sorted(groups)]


def alphabet_with(groups: list[LetterGroup]) -> list[tuple[str, bool]]:
    """A to Z (and "#" when used), each with whether any term starts with it."""
    present = {group.letter for group in groups}
    letters = list(ascii_uppercase) + (["#"] if "#" in present else [])
    return [(letter, letter in present) for letter in letters]


def published_term(slug: str) -> Term | None:
    """A published term with its category, sources and published related terms."""
    return _term_page(Term.objects.published(), slug)


def term_for_preview(slug: str) -> Term | None:
    """Any term, draft or not, for an editor's preview at its real address."""
    return _term_page(Term.objects.all(), slug)


def _term_page(terms, slug: str) -> Term | None:
    related = Term.objects.published().order_by("name")
    return (
        terms.select_related("category")
        .prefetch_related("sources", Prefetch("related_terms", queryset=related))
        .filter(slug=slug)
        .first()
    )


def term_or_none(slug: str | None) -> Term | None:
    """The term with this slug whatever its status (the advisor links models to
    terms before editors publish them), or None."""
    if not slug:
        return None
    return Term.objects.filter(slug=slug).first()


def published_terms_by_slug(slugs: list[str]) -> dict[str, Term]:
    terms = Term.objects.published().select_related("category").filter(slug__in=slugs)
    return {term.slug: term for term in terms}


def curated_comparisons() -> list[Comparison]:
    """Curated comparisons whose two terms are both published."""
    published = Term.Status.PUBLISHED
    return list(
        Comparison.objects.select_related("term_a", "term_b").filter(
            term_a__status=published, term_b__status=published
        )
    )


def featured_comparisons(limit: int = 6) -> list[Comparison]:
    """The first curated comparisons editors added: the classic questions."""
    return sorted(curated_comparisons(), key=lambda c: c.pk)[:limit]


def curated_comparison(slug_a: str, slug_b: str) -> Comparison | None:
    pair = Q(term_a__slug=slug_a, term_b__slug=slug_b) | Q(
        term_a__slug=slug_b, term_b__slug=slug_a
    )
    return Comparison.objects.select_related("term_a", "term_b").filter(pair).first()


def curated_orders_for(term: Term) -> set[tuple[str, str]]:
    """The title order of every curated pair that includes this term."""
    pairs = Comparison.objects.filter(Q(term_a=term) | Q(term_b=term)).values_list(
        "term_a__slug", "term_b__slug"
    )
    return set(pairs)


def canonical_slugs(slugs: list[str], curated: Comparison | None) -> list[str]:
    """The order of a comparison's permanent URL: the curated title order for a
    curated pair, alphabetical otherwise."""
    if curated is not None and len(slugs) == 2:
        return list(curated.slugs)
    return sorted(slugs)


def compare_path_part(slugs: list[str]) -> str:
    return COMPARE_SEPARATOR.join(slugs)


def pair_url_part(
    slug_a: str, slug_b: str, curated_orders: set[tuple[str, str]]
) -> str:
    if (slug_b, slug_a) in curated_orders:
        return compare_path_part([slug_b, slug_a])
    if (slug_a, slug_b) in curated_orders:
        return compare_path_part([slug_a, slug_b])
    return compare_path_part(sorted([slug_a, slug_b]))


def comparison_table(terms: list[Term]) -> ComparisonTable:
    """Every dimension, with each term's value in the order of `terms` ("" if none)."""
    dimensions = list(Dimension.objects.all())
    values = DimensionValue.objects.filter(term__in=terms).values_list(
        "term_id", "dimension_id", "value"
    )
    lookup = {(term_id, dim_id): value for term_id, dim_id, value in values}
    rows = [
        ComparisonRow(
            dim.name,
            dim.help_text,
            [
                ComparisonCell(term.name, lookup.get((term.pk, dim.pk), ""))
                for term in terms
            ],
        )
        for dim in dimensions
    ]
    columns = [ComparisonColumn(term.name, term.get_absolute_url()) for term in terms]
    return ComparisonTable(columns, rows)


def term_links(*texts: str) -> dict[str, TermLink]:
    """The published terms that [[slug]] links in these texts point to: one
    query for a whole page, none when no text has a link."""
    slugs = link_slugs(*texts)
    if not slugs:
        return {}
    terms = Term.objects.published().filter(slug__in=slugs).only("slug", "name")
    return {term.slug: TermLink(term.get_absolute_url(), term.name) for term in terms}


def unknown_link_slugs(*texts: str) -> list[str]:
    """Slugs linked as [[slug]] that visitors would see as plain text."""
    slugs = link_slugs(*texts)
    return sorted(slugs - set(term_links(*texts)))
