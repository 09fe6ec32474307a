"""Loading the advisor's default sourcing models and rules, once each.

Like the glossary's starter content, each item is created only the first time
(remembered by a StarterItem row): editors' changes and deletions stick.
"""

from collections import Counter
from collections.abc import Iterable, Mapping

from django.db import transaction

from core.starter import first_time
from glossary import selectors as glossary_selectors

from . import engine
from .default_rules import DefaultRule
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
def load_defaults(
    option_content: Mapping[str, Mapping[str, str]],
    default_rules: Iterable[DefaultRule],
) -> Counter:
    created: Counter = Counter()
    for order, option in enumerate(engine.DEFAULT_OPTIONS):
        if first_time(f"sourcing-model:{option.key}"):
            content = option_content.get(option.key, {})
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
    created["sourcing models updated"] += _update_former_defaults(option_content)
    models = {m.key: m for m in SourcingModel.objects.all()}
    for rule in default_rules:
        key = f"rule:{rule.question}:{rule.answer}:{rule.option}"
        if rule.option in models and first_time(key):
            _, new = Rule.objects.get_or_create(
                question=rule.question,
                answer=rule.answer,
                option=models[rule.option],
                defaults={
                    "weight": rule.weight,
                    "rules_out": rule.rules_out,
                    "explanation": rule.explanation,
                    "source": rule.source,
                },
            )
            created["rules"] += new
    return +created


def _update_former_defaults(option_content: Mapping[str, Mapping[str, str]]) -> int:
    names = {option.key: option.name for option in engine.DEFAULT_OPTIONS}
    slugs = {key: content["term_slug"] for key, content in option_content.items()}
    terms = {t.slug: t for t in Term.objects.filter(slug__in=slugs.values())}
    updated = 0
    for model in SourcingModel.objects.select_related("term"):
        changed = False
        if model.name == FORMER_NAMES.get(model.key):
            model.name, changed = names[model.key], True
        term = terms.get(slugs.get(model.key, ""))
        former = FORMER_TERM_SLUGS.get(model.key)
        unlinked = model.term is None or model.term.slug == former
        if term is not None and unlinked and model.term != term:
            model.term, changed = term, True
        if changed:
            model.save(update_fields=["name", "term"])
            updated += 1
    return updated
