"""One term and the terms it links to: lookups by slug, related terms, [[links]]."""

from collections.abc import Iterable

from django.db.models import (
    QuerySet,
    prefetch_related_objects,
)
from django.urls import Resolver404, resolve

from core.markdown import TermLink, link_slugs

from ..models import (
    Category,
    Source,
    Term,
)


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


def categories() -> list[Category]:
    return list(Category.objects.all())


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
    return list(term.sources.select_related("work"))


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
TEXTS = (*Term.PAGE_TEXTS, "definition", "aliases", "misspellings", "keywords")


def term_links(*texts: str, slugs: Iterable[str] = ()) -> dict[str, TermLink]:
    """The published terms that [[slug]] links in these texts point to, and
    those `slugs` names: one query for a whole page, none when there is
    nothing to look up."""
    slugs = link_slugs(*texts) | set(slugs)
    if not slugs:
        return {}
    terms = only_published(
        Term.objects.filter(slug__in=slugs).only("slug", "name", "status")
    )
    return {term.slug: TermLink(term.get_absolute_url(), term.name) for term in terms}


def term_slug_of(path: str) -> str | None:
    """The slug in a term page's address ("/glossary/outsourcing/"), else None."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return (
        match.kwargs.get("slug") if match.view_name == "glossary:term-detail" else None
    )


def unknown_link_slugs(*texts: str) -> list[str]:
    """Slugs linked as [[slug]] that visitors would see as plain text."""
    slugs = link_slugs(*texts)
    return sorted(slugs - set(term_links(*texts)))
