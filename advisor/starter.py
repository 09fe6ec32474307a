"""Loading the advisor's default sourcing models and rules, once each.

The same shape as every starter loader (docs/architecture.md): `load(content)`
creates each item only the first time its key is seen (core.starter), so
editors' changes and deletions stick.
"""

from collections import Counter
from types import ModuleType

from django.db import transaction

from citations.models import Work
from core.starter import first_time
from glossary import selectors as glossary_selectors

from . import engine
from .models import Rule, SourcingModel

# Default names and glossary links an earlier version loaded, by option. A model
# still carrying one is brought in line with the glossary term of the same name;
# one an editor changed is left alone.
FORMER_NAMES = {"out_staffing": "Out-staffing / staff augmentation"}
FORMER_TERM_SLUGS = {
    "domestic_outsourcing": "onshoring",
    "nearshore_outsourcing": "nearshoring",
    "offshore_outsourcing": "offshoring",
    "captive_offshore": "captive-centre",
}


@transaction.atomic
def load(content: ModuleType) -> Counter[str]:
    """Create what is new in `content` (advisor.default_rules' shape: OPTION_CONTENT
    and DEFAULT_RULES); count what was created or brought in line, by kind."""
    created: Counter[str] = Counter()
    for order, option in enumerate(engine.DEFAULT_OPTIONS):
        _load_model(created, order, option, content.OPTION_CONTENT.get(option.key, {}))
    created["sourcing models brought in line"] += _update_former_defaults(
        content.OPTION_CONTENT
    )
    models = {m.key: m for m in SourcingModel.objects.all()}
    works: dict[str, Work] = {}
    for rule in content.DEFAULT_RULES:
        key = f"rule:{rule.question}:{rule.answer}:{rule.option}"
        if rule.option in models and first_time(key):
            _, new = Rule.objects.get_or_create(
                question=rule.question,
                answer=rule.answer,
                option=models[rule.option],
                defaults={
                    **rule_fields(rule),
                    "work": _work(created, works, rule.cite.work),
                },
            )
            created["rules"] += new
    return +created


def rule_fields(rule) -> dict[str, object]:
    """A default rule's fields as the model stores them (its work apart)."""
    return {
        "weight": rule.weight,
        "rules_out": rule.rules_out,
        "explanation": rule.explanation,
        "locator": rule.cite.locator,
        "passage": rule.cite.passage,
        "verified_in": rule.cite.verified_in,
        "premise": rule.premise_words,
        "excluded_by": "\n".join(f"{k}={v}" for k, v in sorted(rule.excluded_by)),
    }


def _work(created: Counter[str], works: dict[str, Work], cited) -> Work:
    """The work a default cites: the site's record of it, made the first time
    it is cited (the glossary may cite it already: one record per URL)."""
    if cited.url not in works:
        works[cited.url], new = Work.objects.get_or_create(
            url=cited.url,
            defaults={
                "authors": cited.authors,
                "title": cited.title,
                "publisher": cited.publisher,
                "year": cited.year,
                "kind": cited.kind,
            },
        )
        created["cited works"] += new
    return works[cited.url]


def _load_model(
    created: Counter[str], order: int, option: engine.Option, content: dict[str, str]
) -> None:
    if first_time(f"sourcing-model:{option.key}"):
        _, new = SourcingModel.objects.get_or_create(
            key=option.key,
            defaults={
                "name": option.name,
                "order": order,
                "term": glossary_selectors.term_or_none(content.get("term_slug")),
                "summary": content.get("summary", ""),
                "risks": content.get("risks", "").strip(),
                "next_steps": content.get("next_steps", "").strip(),
            },
        )
        created["sourcing models"] += new


def _update_former_defaults(option_content: dict[str, dict[str, str]]) -> int:
    names = {option.key: option.name for option in engine.DEFAULT_OPTIONS}
    updated = 0
    for model in SourcingModel.objects.select_related("term"):
        changed = False
        if model.name == FORMER_NAMES.get(model.key):
            model.name, changed = names[model.key], True
        slug = option_content.get(model.key, {}).get("term_slug")
        unlinked = model.term is None or model.term.slug == FORMER_TERM_SLUGS.get(
            model.key
        )
        term = glossary_selectors.term_or_none(slug) if unlinked else None
        if term is not None and model.term != term:
            model.term, changed = term, True
        if changed:
            model.save(update_fields=["name", "term"])
            updated += 1
    return updated
