"""Loading the advisor's default sourcing models and rules, once each.

Like the glossary's starter content, each item is created only the first time
(remembered by a StarterItem row): editors' changes and deletions stick.
"""

from collections import Counter

from django.db import transaction

from core.starter import first_time
from glossary import selectors as glossary_selectors

from . import engine
from .models import Rule, SourcingModel


@transaction.atomic
def load_defaults(option_content: dict, default_rules: list[dict]) -> Counter:
    created = Counter()
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
    models = {m.key: m for m in SourcingModel.objects.all()}
    for data in default_rules:
        key = f"rule:{data['question']}:{data['answer']}:{data['option']}"
        if data["option"] in models and first_time(key):
            _, new = Rule.objects.get_or_create(
                question=data["question"],
                answer=data["answer"],
                option=models[data["option"]],
                defaults={
                    field: data[field]
                    for field in ("weight", "rules_out", "explanation", "source")
                },
            )
            created["rules"] += new
    return created
