"""Comparison pages: tables, curated pairs and three-way summaries, the picker."""

from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

from django.db.models import (
    Q,
)

from ..models import (
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
    slug: str = ""  # the dimension's; saved results from before it have none


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


def listed_comparisons():
    """Comparisons as a list of links shows them (the pages, the sitemap):
    the two terms' names, addresses and status, not the texts of either."""
    terms = [
        f"{side}__{field}"
        for side in ("term_a", "term_b")
        for field in ("name", "slug", "status")
    ]
    return Comparison.objects.select_related("term_a", "term_b").only(
        "updated_at", *terms
    )


def curated_comparisons() -> list[Comparison]:
    """Curated comparisons whose two terms are both published, by name.

    Every comparison is read and the drafts' left out here: filtered on both
    terms' status in SQL, SQLite walks every published term to find them."""
    # Sorted here: the names are in another table than the rows.
    comparisons = listed_comparisons().order_by()
    shown = [c for c in comparisons if c.term_a.is_published and c.term_b.is_published]
    return sorted(shown, key=lambda c: (c.term_a.name, c.term_b.name))


def featured_comparisons(limit: int = 6) -> list[Comparison]:
    """The first curated comparisons editors added (the classic questions)
    whose terms are both published.

    Read in primary-key order a few at a time, the status checked here: asked
    to filter on both terms' status in SQL, SQLite walks every published term
    and sorts, which grows with the glossary."""
    comparisons = listed_comparisons().order_by("pk")
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


def served_slugs(slugs: list[str], curated: Comparison | None) -> list[str]:
    """The order a comparison is shown in: a pair in its canonical order (any
    other order redirects there), three terms in the order the visitor chose
    them (the page names the sorted address as canonical)."""
    if len(slugs) == MAX_COMPARED_TERMS:
        return list(slugs)
    return canonical_slugs(slugs, curated)


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
    """The pairs worth comparing with this term: those that share a dimension
    of choice. First the explained comparisons editors wrote for it (by name),
    then its related terms (editors pick them) of its own category, the
    decision it is about ("Offshoring vs Nearshoring", never "Offshoring vs
    Total cost of ownership"). `related`: its published related terms, by name.
    One query, whatever the glossary's size."""
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
        if other.pk not in seen and other.category_id == term.category_id
    ]
    return links


# The row that says what each term is usually chosen for (starter content).
GOAL_DIMENSION = "primary-goal"


@dataclass(frozen=True)
class ThreeWaySummary:
    """What a three-term comparison says before the table: where the terms
    differ, generated from what the page has already read."""

    by_category: list[tuple[Category, list[Term]]]  # which decision each term is about
    one_category: bool  # all three are about the same decision
    goals: list[tuple[Term, str]]  # what each is usually chosen for, if editors say
    explained: list[Comparison]  # curated pairs among the three, with verdicts
    removals: list[tuple[Term, str]]  # each term, and the comparison without it


def three_way_summary(terms: list[Term], table: ComparisonTable) -> ThreeWaySummary:
    """Terms from `published_terms_by_slug` (category joined), in the order the
    page shows them, and the page's `comparison_table` of them; one query."""
    # No ORDER BY: the pairs are matched below, never listed in database order
    # (sorting the joined names would need a temporary B-tree).
    curated = list(
        Comparison.objects.filter(term_a__in=terms, term_b__in=terms).order_by()
    )
    by_pk = {term.pk: term for term in terms}
    for comparison in curated:  # the page has these terms already: no join
        comparison.term_a = by_pk[comparison.term_a_id]
        comparison.term_b = by_pk[comparison.term_b_id]
    # In the page's order: the pair of its first two terms first.
    position = {term.pk: index for index, term in enumerate(terms)}
    curated.sort(key=lambda c: sorted((position[c.term_a_id], position[c.term_b_id])))
    by_category: dict[int, tuple[Category, list[Term]]] = {}
    for term in sorted(terms, key=lambda t: (t.category.order, t.category.name)):
        by_category.setdefault(term.category_id, (term.category, []))[1].append(term)
    goal_row = next((row for row in table.rows if row.slug == GOAL_DIMENSION), None)
    goals = []
    if goal_row is not None:
        goals = [
            (term, cell.value)
            for term, cell in zip(terms, goal_row.cells, strict=True)
            if cell.value
        ]
    removals = []
    for term in terms:
        rest = [t.slug for t in terms if t != term]
        pair = next((c for c in curated if set(c.slugs) == set(rest)), None)
        removals.append((term, compare_path_part(canonical_slugs(rest, pair))))
    return ThreeWaySummary(
        list(by_category.values()), len(by_category) == 1, goals, curated, removals
    )


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
            dim.slug,
        )
        for dim in dimensions
        # A row where none of these terms has a value would only say "—".
        if any((term.pk, dim.pk) in lookup for term in terms)
    ]
    columns = [ComparisonColumn(term.name, term.get_absolute_url()) for term in terms]
    return ComparisonTable(columns, rows)
