"""Lost-update protection: a second editor's save never silently replaces a
first editor's.

The change form carries a fingerprint of the entry as it was when the form was
opened (its fields and the rows edited inline with it). On save the entry is
read again, locked, and fingerprinted: if it differs, someone else saved in
between, and the form is refused with the editor's own text kept in it.
"""

import hashlib
import json
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from reversion.models import Version

from .history import followed_relations

EDIT_TOKEN = "_edit_token"


def _row(obj: models.Model) -> list:
    row: list[tuple[str, object]] = [
        (f.attname, f.value_to_string(obj))
        for f in obj._meta.concrete_fields
        # Timestamps move on every save, even a save of the same text.
        if not getattr(f, "auto_now", False) and not getattr(f, "auto_now_add", False)
    ]
    for m2m in obj._meta.many_to_many:
        row.append((m2m.attname, sorted(getattr(obj, m2m.name).values_list("pk"))))
    return row


def fingerprint(obj: models.Model) -> str:
    """A digest of the entry and the rows saved along with it."""
    rows = [_row(obj)]
    for related_model, fk in followed_relations(type(obj)):
        related = related_model._default_manager.filter(**{fk: obj.pk}).order_by("pk")
        rows.extend(_row(other) for other in related)
    encoded = json.dumps(rows, sort_keys=True, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()


def current_fingerprint(model, pk) -> str | None:
    """The fingerprint as stored now, with the row locked until the save ends
    (admin saves in a transaction), so two saves at once are taken in turn."""
    obj = model._default_manager.select_for_update().filter(pk=pk).first()
    return fingerprint(obj) if obj is not None else None


def conflict_message(obj: models.Model) -> str:
    opts = obj._meta
    latest = (
        Version.objects.get_for_object(obj)
        .select_related("revision__user")
        .order_by("-pk")
        .first()
    )
    who = "Another editor"
    when = ""
    if latest is not None:
        if latest.revision.user is not None:
            who = latest.revision.user.get_username()
        local = timezone.localtime(latest.revision.date_created)
        when = f" at {local:%H:%M} UTC on {local:%d %b %Y}"
    change_url = reverse(
        f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]
    )
    history_url = reverse(
        f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk]
    )
    return format_html(
        "{who} saved this {name}{when}, after you opened it. Your changes were "
        "<strong>not saved</strong>, and theirs are kept. Your text is still in "
        'the form below: <a href="{change}" target="_blank" rel="noopener">open '
        "the newer version</a> (in a new tab), copy in what you still need and "
        'save there. <a href="{history}">See what they changed</a>.',
        who=who,
        name=opts.verbose_name,
        when=when,
        change=change_url,
        history=history_url,
    )


class EditConflictFormMixin:
    """For a ModelAdmin's form: refuses a save based on an outdated copy."""

    # Provided by the ModelForm this mixes into.
    is_bound: bool
    data: Any
    instance: Any

    @property
    def edit_token(self) -> str:
        if self.is_bound:
            return self.data.get(EDIT_TOKEN, "")
        return fingerprint(self.instance) if self.instance.pk else ""

    def clean(self):
        cleaned_data = super().clean()
        posted = self.data.get(EDIT_TOKEN)
        # No token: not the change form (reverting to an old version is a
        # deliberate replacement, and reversion's revert form has none).
        if self.instance.pk and posted is not None:
            current = current_fingerprint(type(self.instance), self.instance.pk)
            if current is not None and posted != current:
                raise ValidationError(
                    conflict_message(self.instance), code="edit_conflict"
                )
        return cleaned_data
