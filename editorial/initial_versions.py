"""A first history entry for content that did not come through admin."""

import reversion
from django.contrib import admin
from reversion.models import Version

from . import registry


def entries_with_history():
    """Content models with an admin page and a history (parents first: a
    term's first version already holds its values and sources, which are
    recorded with it, not on their own)."""
    return [
        entry.model
        for entry in registry.content_models()
        if admin.site.is_registered(entry.model)
        and reversion.is_registered(entry.model)
    ]


def record_initial_versions(comment: str) -> int:
    """One revision per entry that has no history yet (so each can be reverted
    to alone); returns how many were recorded. Safe to run again."""
    recorded = 0
    for model in entries_with_history():
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
