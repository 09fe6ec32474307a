"""A first history entry for content that did not come through admin."""

import reversion
from django.apps import apps
from reversion.models import Version

# Parents first: a term's first version already holds its values and sources.
CONTENT_MODELS = [
    "glossary.Category",
    "glossary.Dimension",
    "glossary.Term",
    "glossary.Comparison",
    "advisor.SourcingModel",
    "advisor.Rule",
]


def record_initial_versions(comment: str) -> int:
    """One revision per entry that has no history yet (so each can be reverted
    to alone); returns how many were recorded. Safe to run again."""
    recorded = 0
    for label in CONTENT_MODELS:
        model = apps.get_model(label)
        versioned = set(
            Version.objects.get_for_model(model).values_list("object_id", flat=True)
        )
        for obj in model._default_manager.all():
            if str(obj.pk) in versioned:
                continue
            with reversion.create_revision():
                reversion.set_comment(comment)
                reversion.add_to_revision(obj)
            recorded += 1
    return recorded
