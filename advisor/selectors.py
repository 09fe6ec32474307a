"""Turning advisor rows into what the engine and the result page need."""

from typing import TYPE_CHECKING

from . import engine
from .models import Rule, SourcingModel, premise_pairs

if TYPE_CHECKING:  # only for the annotation: the advisor reads glossary.selectors
    from glossary.models import Term


def sourcing_models() -> list[SourcingModel]:
    return list(SourcingModel.objects.select_related("term"))


def rules_in_database() -> list[engine.Rule]:
    """The rules as editors keep them (not the defaults they started from).

    Read as plain values, in the engine rule's field order: every finished
    wizard run reads all the rules, and building each as a model instance with
    its option took three times as long as the query.
    """
    rows = Rule.objects.values_list(
        "question",
        "answer",
        "option__key",
        "weight",
        "explanation",
        "rules_out",
        "premise",
        "excluded_by",
        "work__title",
        "work__url",
        "work__authors",
        "work__year",
        "work__publisher",
        "locator",
    )
    return [
        engine.Rule(
            *row[:6],
            premise=row[6],
            excluded_by=premise_pairs(row[7]),
            # title, url, authors, year, publisher, locator: a work has a URL.
            source=engine.Source(*row[8:]) if row[9] else None,
        )
        for row in rows
    ]


def published_term_or_none(model: SourcingModel) -> "Term | None":
    term = model.term
    return term if term is not None and term.is_published else None
