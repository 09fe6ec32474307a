"""The one place that turns glossary rows into what views need.

Every function here costs a fixed number of queries whatever the glossary's
size (checked by tests with django_assert_max_num_queries).
"""

from dataclasses import asdict, dataclass
from string import ascii_uppercase
from typing import Any, NamedTuple

from django.db import connection
from django.db.models import (
    Count,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce
from django.urls import reverse

from core.markdown import TermLink, link_slugs

from . import postgres_search, search
from .models import (
    COMPARE_SEPARATOR,
    Category,
    Comparison,
    Dimension,
    DimensionValue,
    Source,
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


def searchable_terms(category: Category | None = None) -> list[Term]:
    """Every published term, with what search ranks and shows (SQLite's search)."""
    terms = (
        Term.objects.published()
        .select_related("category")
        .only(*postgres_search.SEARCHED, "category__name", "category__slug")
        .order_by("name")
    )
    if category is not None:
        terms = terms.filter(category=category)
    return list(terms)


# The A–Z list shows this many terms a page: all of them on a small glossary,
# and the same cost per page on a large one.
TERMS_PER_PAGE = 50


@dataclass(frozen=True)
class TermPage:
    """One page of the A–Z list: terms from `start` on (a name or its first
    letters; "" for the beginning), and where the next page starts."""

    terms: list[Term]
    start: str = ""
    next_start: str = ""

    @property
    def is_partial(self) -> bool:
        return bool(self.start or self.next_start)


def term_page(
    start: str = "",
    category: Category | None = None,
    categories: list[Category] | None = None,
) -> TermPage:
    """Keyset pagination by name: one indexed query whatever the page or the
    glossary's size (no COUNT, no OFFSET that grows with the page number).
    The terms' categories come from `categories` (the page has them already)
    or from a join."""
    terms = Term.objects.published().only(*postgres_search.SEARCHED).order_by("name")
    if not categories:
        terms = terms.select_related("category")
    if category is not None:
        terms = terms.filter(category=category)
    if start:
        terms = terms.filter(name__gte=start)
    found = list(terms[: TERMS_PER_PAGE + 1])
    if categories:
        with_categories(found, categories)
    following = found[TERMS_PER_PAGE:]
    return TermPage(
        found[:TERMS_PER_PAGE], start, following[0].name if following else ""
    )


# Above this many published terms, pickers are text boxes rather than lists.
PICKER_LIMIT = 200


def picker_terms() -> list[Any] | None:
    """Every published term (its pk, slug and name), for a picker's list, or
    None when there are too many to list (one query either way)."""
    names = Term.objects.published().order_by("name")
    terms = list(
        names.values_list("pk", "slug", "name", named=True)[: PICKER_LIMIT + 1]
    )
    return None if len(terms) > PICKER_LIMIT else terms


def search_candidates(
    query: str,
    category: Category | None = None,
    categories: list[Category] | None = None,
) -> list[Term]:
    """The published terms a search ranks: on PostgreSQL only the few dozen the
    database finds likeliest (full text and trigrams, GIN-indexed), so a search
    costs the same at 5,000 terms as at 60. On SQLite every term is ranked in
    Python: correct at any size, fast up to about 500 terms (see README)."""
    if connection.vendor != "postgresql":
        return searchable_terms(category)
    terms = postgres_search.candidates(query, category.pk if category else None)
    return with_categories(terms, categories or [])


def with_categories(terms: list[Term], categories: list[Category]) -> list[Term]:
    """`terms` with their categories from the list the page has already, or
    (when one is missing) all fetched in one query."""
    known = {c.pk: c for c in categories}
    if all(term.category_id in known for term in terms):
        for term in terms:
            term.category = known[term.category_id]
    else:
        prefetch_related_objects(terms, "category")
    return terms


def search_was_cut(candidates: list[Term]) -> bool:
    """Whether the database found more candidates than a search ranks (on
    PostgreSQL only: on SQLite every term is a candidate)."""
    return (
        connection.vendor == "postgresql"
        and len(candidates) >= postgres_search.CANDIDATES
    )


@dataclass(frozen=True)
class GridCell:
    label: str
    url: str | None  # None until its term is written and published


@dataclass(frozen=True)
class GridRow:
    label: str
    cells: list[GridCell]


# The home page's picture: who does the work (rows) by where (columns). The
# slugs are the advisor's models' terms (PROTOCOL.md), so the grid, the glossary
# and the advisor use the same names.
GRID_COLUMNS = ("Onshore (home)", "Nearshore", "Offshore (distant)")
GRID_ROWS = (
    (
        "Own staff",
        (
            ("In-house", "in-house"),
            ("Nearshore captive centre", "nearshore-captive-centre"),
            ("Captive offshore centre", "captive-offshore-centre"),
        ),
    ),
    (
        "Third party",
        (
            ("Domestic outsourcing", "domestic-outsourcing"),
            ("Nearshore outsourcing", "nearshore-outsourcing"),
            ("Offshore outsourcing", "offshore-outsourcing"),
        ),
    ),
)
GRID_EXTRAS = {"reshoring": "reshoring", "out_staffing": "out-staffing"}


def sourcing_grid() -> tuple[list[GridRow], dict[str, GridCell]]:
    """The grid's rows, and the two moves outside it (reshoring, out-staffing),
    each linking its term when that term is published; one query."""
    slugs = [slug for _, cells in GRID_ROWS for _, slug in cells]
    slugs += GRID_EXTRAS.values()
    published = {
        term.slug
        for term in only_published(
            Term.objects.filter(slug__in=slugs).only("slug", "status")
        )
    }

    def cell(label: str, slug: str) -> GridCell:
        if slug not in published:
            return GridCell(label, None)
        return GridCell(label, reverse("glossary:term-detail", args=[slug]))

    rows = [GridRow(label, [cell(*c) for c in cells]) for label, cells in GRID_ROWS]
    extras = {key: cell(slug, slug) for key, slug in GRID_EXTRAS.items()}
    return rows, extras


def term_table_rows() -> QuerySet[Term]:
    """Published terms for the open-data table: category joined and sources
    counted in the same query, so a page (or a download) costs one query.

    The count is a correlated subquery rather than a JOIN with GROUP BY, so the
    default order follows the (status, name) index instead of sorting the
    grouped rows in a temporary B-tree."""
    sources = (
        Source.objects.filter(term=OuterRef("pk"))
        .order_by()
        .values("term")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        Term.objects.published()
        .select_related("category")
        .annotate(source_count=Coalesce(Subquery(sources), 0))
        .order_by("name")
    )


def categories() -> list[Category]:
    return list(Category.objects.all())


@dataclass(frozen=True)
class TermSearch:
    """Search results and what search tells the visitor (see search.Outcome)."""

    terms: list[Term]
    exact: Term | None = None
    corrected: Term | None = None
    suggestion: Term | None = None


def search_terms(query: str, terms: list[Term]) -> TermSearch:
    """Terms matching the query, best first, with the exact hit, the correction
    or the "did you mean" suggestion when there is one."""
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
    outcome = search.search(query, candidates)
    found = [by_id[c.key] for c in outcome.matches]
    # PostgreSQL's full text also finds other forms of a word ("outsourced"
    # finds outsourcing), which the Python ranking does not: those come last.
    listed = {term.pk for term in found}
    found += [
        term
        for term in terms
        if getattr(term, "full_text_hit", False) and term.pk not in listed
    ]

    def term_for(candidate):
        return by_id[candidate.key] if candidate else None

    return TermSearch(
        found,
        exact=term_for(outcome.exact),
        corrected=term_for(outcome.corrected),
        suggestion=term_for(outcome.suggestion),
    )


def suggest_terms(query: str, limit: int = 8) -> list[Term]:
    """The first few matches for what a visitor is still typing."""
    if not query:
        return []
    return search_terms(query, search_candidates(query)).terms[:limit]


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
    """A published term with its category (its sources and related terms:
    see term_sources and related_terms)."""
    return _term_page(Term.objects.published(), slug)


def term_for_preview(slug: str) -> Term | None:
    """Any term, draft or not, for an editor's preview at its real address."""
    return _term_page(Term.objects.all(), slug)


def _term_page(terms, slug: str) -> Term | None:
    found = terms.select_related("category").filter(slug=slug).order_by()[:1]
    return next(iter(found), None)


def term_sources(term: Term) -> list[Source]:
    return list(term.sources.all())


def related_terms(term: Term) -> list[Term]:
    """A term's published related terms, by name. Asked for directly (one
    query each, like a prefetch, without its machinery: a term's page is one
    term). No ORDER BY on the join (the database would sort in a temporary
    B-tree: tests/glossary/test_query_plans.py), and the status is checked
    in Python (see only_published)."""
    return by_name(only_published(Term.objects.summaries().filter(related_terms=term)))


def by_name(terms) -> list[Term]:
    return sorted(terms, key=lambda term: term.name.lower())


def term_or_none(slug: str | None) -> Term | None:
    """The term with this slug whatever its status (the advisor links models to
    terms before editors publish them), or None."""
    if not slug:
        return None
    return Term.objects.filter(slug=slug).first()


def published_terms_by_slug(slugs: list[str]) -> dict[str, Term]:
    terms = Term.objects.select_related("category").filter(slug__in=slugs)
    return {term.slug: term for term in only_published(terms)}


def only_published(terms: QuerySet[Term]) -> list[Term]:
    """The published ones of a few terms picked by slug or relation.

    Status is checked here rather than in SQL: asked for both a handful of
    slugs and a status, SQLite without statistics may walk the status index
    through every published term (thousands) instead of looking up the
    handful by their unique slugs."""
    published = Term.Status.PUBLISHED
    return [term for term in terms.order_by() if term.status == published]


# A term's texts a comparison's link does not show.
TEXTS = (*Term.PAGE_TEXTS, "definition", "aliases", "misspellings")


def curated_comparisons() -> list[Comparison]:
    """Curated comparisons whose two terms are both published, by name.

    Every comparison is read and the drafts' left out here: filtered on both
    terms' status in SQL, SQLite walks every published term to find them."""
    comparisons = (
        Comparison.objects.select_related("term_a", "term_b")
        .defer(*(f"{side}__{text}" for side in ("term_a", "term_b") for text in TEXTS))
        .order_by()  # sorted here: the names are in another table than the rows
    )
    shown = [c for c in comparisons if c.term_a.is_published and c.term_b.is_published]
    return sorted(shown, key=lambda c: (c.term_a.name, c.term_b.name))


def featured_comparisons(limit: int = 6) -> list[Comparison]:
    """The first curated comparisons editors added (the classic questions)
    whose terms are both published.

    Read in primary-key order a few at a time, the status checked here: asked
    to filter on both terms' status in SQL, SQLite walks every published term
    and sorts, which grows with the glossary."""
    comparisons = Comparison.objects.select_related("term_a", "term_b").order_by("pk")
    featured: list[Comparison] = []
    after = 0
    while len(featured) < limit:
        batch = list(comparisons.filter(pk__gt=after)[: limit * 2])
        featured += [
            c for c in batch if c.term_a.is_published and c.term_b.is_published
        ]
        if len(batch) < limit * 2:
            break
        after = batch[-1].pk
    return featured[:limit]


def curated_comparison(slug_a: str, slug_b: str) -> Comparison | None:
    pair = Q(term_a__slug=slug_a, term_b__slug=slug_b) | Q(
        term_a__slug=slug_b, term_b__slug=slug_a
    )
    found = Comparison.objects.select_related("term_a", "term_b").filter(pair)
    return next(iter(found.order_by()[:1]), None)


def curated_comparison_of(a: Term, b: Term) -> Comparison | None:
    """The curated comparison of two terms the page has already fetched: no
    join to fetch them again."""
    pair = Q(term_a=a, term_b=b) | Q(term_a=b, term_b=a)
    comparison = next(iter(Comparison.objects.filter(pair).order_by()[:1]), None)
    if comparison is not None:
        by_pk = {a.pk: a, b.pk: b}
        comparison.term_a = by_pk[comparison.term_a_id]
        comparison.term_b = by_pk[comparison.term_b_id]
    return comparison


def canonical_slugs(slugs: list[str], curated: Comparison | None) -> list[str]:
    """The order of a comparison's permanent URL: the curated title order for a
    curated pair, alphabetical otherwise."""
    if curated is not None and len(slugs) == 2:
        return list(curated.slugs)
    return sorted(slugs)


def compare_path_part(slugs: list[str]) -> str:
    return COMPARE_SEPARATOR.join(slugs)


@dataclass(frozen=True)
class CompareLink:
    """A "compare with" link on a term's page."""

    other: "Term | TermName"
    path_part: str  # "<a>-vs-<b>" in the comparison's canonical order
    curated: bool  # an explained comparison, not just the table


class TermName(NamedTuple):
    pk: int
    slug: str
    name: str


def compare_links_for(term: Term, related: list[Term]) -> list[CompareLink]:
    """The explained comparisons that include this term, then its other
    published related terms (`related`, by name)."""
    published = Term.Status.PUBLISHED
    # Slugs and names as rows: building terms for a link each cost more than
    # the rest of the query.
    pairs = (
        Comparison.objects.filter(
            Q(term_a=term) | Q(term_b=term),
            term_a__status=published,
            term_b__status=published,
        )
        .values_list(
            "term_a_id",
            "term_a__slug",
            "term_a__name",
            "term_b_id",
            "term_b__slug",
            "term_b__name",
        )  # fmt: skip
        .order_by()
    )  # sorted by name below: no temporary B-tree in the database
    links = []
    for a_id, a_slug, a_name, b_id, b_slug, b_name in pairs:
        other = TermName(b_id, b_slug, b_name)
        if b_id == term.pk:
            other = TermName(a_id, a_slug, a_name)
        links.append(CompareLink(other, compare_path_part([a_slug, b_slug]), True))
    links.sort(key=lambda link: link.other.name.lower())
    seen = {link.other.pk for link in links}
    links += [
        CompareLink(other, compare_path_part(sorted([term.slug, other.slug])), False)
        for other in related
        if other.pk not in seen
    ]
    return links


@dataclass(frozen=True)
class ThreeWaySummary:
    """What a three-term comparison says before the details."""

    by_category: list[tuple[Category, list[Term]]]  # which decision each term is about
    explained: list[Comparison]  # curated pairs among the three, with verdicts
    removals: list[tuple[Term, str]]  # each term, and the comparison without it


def three_way_summary(terms: list[Term]) -> ThreeWaySummary:
    """Terms from `published_terms_by_slug` (category joined); one query."""
    # No ORDER BY: the pairs are matched below, never listed in database order
    # (sorting the joined names would need a temporary B-tree).
    curated = list(
        Comparison.objects.filter(term_a__in=terms, term_b__in=terms).order_by()
    )
    by_pk = {term.pk: term for term in terms}
    for comparison in curated:  # the page has these terms already: no join
        comparison.term_a = by_pk[comparison.term_a_id]
        comparison.term_b = by_pk[comparison.term_b_id]
    by_category: dict[int, tuple[Category, list[Term]]] = {}
    for term in sorted(terms, key=lambda t: (t.category.order, t.category.name)):
        by_category.setdefault(term.category_id, (term.category, []))[1].append(term)
    removals = []
    for term in terms:
        rest = [t.slug for t in terms if t != term]
        pair = next((c for c in curated if set(c.slugs) == set(rest)), None)
        removals.append((term, compare_path_part(canonical_slugs(rest, pair))))
    return ThreeWaySummary(list(by_category.values()), curated, removals)


def comparison_table(terms: list[Term]) -> ComparisonTable:
    """Every dimension some of the terms have a value for, with each term's
    value in the order of `terms` ("" if none)."""
    dimensions = list(Dimension.objects.all())
    values = (
        DimensionValue.objects.filter(term__in=terms)
        .values_list("term_id", "dimension_id", "value")
        .order_by()
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
        # A row where none of these terms has a value would only say "—".
        if any((term.pk, dim.pk) in lookup for term in terms)
    ]
    columns = [ComparisonColumn(term.name, term.get_absolute_url()) for term in terms]
    return ComparisonTable(columns, rows)


def term_links(*texts: str) -> dict[str, TermLink]:
    """The published terms that [[slug]] links in these texts point to: one
    query for a whole page, none when no text has a link."""
    slugs = link_slugs(*texts)
    if not slugs:
        return {}
    terms = only_published(
        Term.objects.filter(slug__in=slugs).only("slug", "name", "status")
    )
    return {term.slug: TermLink(term.get_absolute_url(), term.name) for term in terms}


def unknown_link_slugs(*texts: str) -> list[str]:
    """Slugs linked as [[slug]] that visitors would see as plain text."""
    slugs = link_slugs(*texts)
    return sorted(slugs - set(term_links(*texts)))
