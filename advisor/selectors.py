"""Turning advisor rows into what the engine and the result page need."""

from typing import TYPE_CHECKING

from . import engine
from .models import Rule, SourcingModel

if TYPE_CHECKING:  # only for the annotation: the advisor reads glossary.selectors
    from glossary.models import Term


def sourcing_models() -> list[SourcingModel]:
    return list(SourcingModel.objects.select_related("term"))


def rules_in_database() -> list[engine.Rule]:
    """The rules as editors keep them (not the defaults they started from)."""
    return [rule.to_engine_rule() for rule in Rule.objects.select_related("option")]


def published_term_or_none(model: SourcingModel) -> "Term | None":
    term = model.term
    return term if term is not None and term.is_published else None
