"""Turning advisor rows into what the engine and the result page need."""

from typing import TYPE_CHECKING

from . import engine
from .models import Rule, SourcingModel

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
        "source",
    )
    return [engine.Rule(*row) for row in rows]


def published_term_or_none(model: SourcingModel) -> "Term | None":
    term = model.term
    return term if term is not None and term.is_published else None
