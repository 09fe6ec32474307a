"""Search: the candidates a query could mean, ranked by glossary.search."""

from dataclasses import dataclass
from functools import partial

from django.db import connection

from core.page_cache import kept_until_next_edit

from .. import postgres_search, search
from ..models import (
    Category,
    Term,
)
from .terms import with_categories


def searchable_terms(category: Category | None = None) -> list[Term]:
    """Every published term, with what search ranks and shows (SQLite's
    search). Kept until the next content edit: reading and building every
    term was a third of a search's time."""
    terms = (
        Term.objects.published()
        .select_related("category")
        .only(*postgres_search.SEARCHED, "category__name", "category__slug")
        .order_by("name")
    )
    if category is not None:
        terms = terms.filter(category=category)
    return kept_until_next_edit(
        f"searchable-terms:{category.pk if category else 'all'}", partial(list, terms)
    )


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


def search_was_cut(candidates: list[Term]) -> bool:
    """Whether the database found more candidates than a search ranks (on
    PostgreSQL only: on SQLite every term is a candidate)."""
    return (
        connection.vendor == "postgresql"
        and len(candidates) >= postgres_search.CANDIDATES
    )


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
            tuple(term.keyword_list),
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
