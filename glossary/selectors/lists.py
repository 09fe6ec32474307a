"""The A-Z list and its pages, the home page's grid, the open-data table's rows."""

from dataclasses import dataclass
from string import ascii_uppercase

from django.db.models import (
    Count,
    OuterRef,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.urls import reverse

from .. import postgres_search
from ..models import (
    Category,
    Source,
    Term,
)
from .terms import only_published, with_categories


@dataclass(frozen=True)
class LetterGroup:
    letter: str
    terms: list[Term]


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
        # What the table and its downloads show: not the long texts.
        .only(*TABLE_FIELDS)
        .annotate(source_count=Coalesce(Subquery(sources), 0))
        .order_by("name")
    )


TABLE_FIELDS = ("name", "slug", "definition", "last_reviewed", "category__name")


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
