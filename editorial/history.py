"""What changed between two saved versions of an entry, field by field.

django-reversion stores each save as a revision: the entry and the rows it
follows (a term's comparison values and sources, a sourcing model's rules).
Here consecutive revisions are compared so the history page can say, in
words, which field went from what to what.
"""

import difflib
import re
from dataclasses import dataclass, field

from django.db import models
from reversion.models import Version
from reversion.revisions import _get_options

WORDS = re.compile(r"(\s+)")
EMPTY = "(empty)"


@dataclass(frozen=True)
class Segment:
    kind: str  # "same", "removed" or "added"
    text: str


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str

    @property
    def segments(self) -> list[Segment]:
        """Word by word, so a changed comma in a paragraph is easy to spot."""
        old, new = WORDS.split(self.old), WORDS.split(self.new)
        segments = []
        for op, a1, a2, b1, b2 in _word_opcodes(old, new):
            if op == "equal":
                segments.append(Segment("same", _shorten("".join(old[a1:a2]))))
                continue
            if a2 > a1:
                segments.append(Segment("removed", "".join(old[a1:a2])))
            if b2 > b1:
                segments.append(Segment("added", "".join(new[b1:b2])))
        return segments


def _shorten(text: str, keep: int = 120) -> str:
    """Long unchanged stretches are cut to their ends: the change is the news."""
    if len(text) <= 3 * keep:
        return text
    return f"{text[:keep]} … {text[-keep:]}"


def _word_opcodes(old: list[str], new: list[str]) -> list[tuple]:
    """difflib's opcodes, with a lone space between two changed words taken
    into the change: "far country" -> "distant land" reads as one change."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    merged: list[tuple] = []
    for op in matcher.get_opcodes():
        if (
            len(merged) >= 2
            and op[0] != "equal"
            and merged[-1][0] == "equal"
            and not "".join(old[merged[-1][1] : merged[-1][2]]).strip()
            and merged[-2][0] != "equal"
        ):
            merged.pop()
            start = merged.pop()
            op = ("replace", start[1], op[2], start[3], op[4])
        merged.append(op)
    return merged


@dataclass
class HistoryEntry:
    version: Version
    url: str
    changes: list[FieldChange] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    first: bool = False


def followed_relations(model) -> list[tuple[type[models.Model], str]]:
    """(related model, its foreign key column) for each relation reversion
    saves along with an entry of `model`."""
    relations = []
    for name in _get_options(model).follow:
        relation = model._meta.get_field(name)
        if relation.one_to_many:
            relations.append((relation.related_model, relation.field.attname))
    return relations


def history(model, versions: list[Version], urls: list[str]) -> list[HistoryEntry]:
    """Each version of one entry with what changed since the one before it,
    newest first. `versions` come oldest first, with revision__version_set
    prefetched."""
    labels = ValueLabels()
    snapshots = [_snapshot(model, version) for version in versions]
    for snapshot in snapshots:
        labels.collect(snapshot)
    labels.load()
    entries = []
    previous = None
    for version, url, snapshot in zip(versions, urls, snapshots, strict=True):
        entry = HistoryEntry(version, url, first=previous is None)
        if previous is not None:
            _compare(entry, previous, snapshot, labels)
        entries.append(entry)
        previous = snapshot
    return entries[::-1]


def _snapshot(model, version: Version) -> dict:
    """{(model, object id): (label, field values)} for the entry and its rows."""
    rows = {(model, version.object_id): ("", version.field_dict)}
    relations = followed_relations(model)
    for other in version.revision.version_set.all():
        other_model = other._model
        for related_model, fk in relations:
            if other_model is not related_model:
                continue
            values = other.field_dict
            if str(values.get(fk)) == str(version.object_id):
                del values[fk]
                rows[(other_model, other.object_id)] = (other.object_repr, values)
    return rows


def _compare(entry: HistoryEntry, before: dict, after: dict, labels) -> None:
    for key, (label, values) in after.items():
        if key not in before:
            entry.added.append(f"{key[0]._meta.verbose_name}: {label}")
            continue
        old_values = before[key][1]
        for name, new in values.items():
            old = old_values.get(name)
            if _same(old, new) or _is_bookkeeping(key[0], name):
                continue
            field_label = _field_label(key[0], name)
            entry.changes.append(
                FieldChange(
                    f"{label}: {field_label}" if label else field_label,
                    labels.show(key[0], name, old),
                    labels.show(key[0], name, new),
                )
            )
    for key, (label, _values) in before.items():
        if key not in after:
            entry.removed.append(f"{key[0]._meta.verbose_name}: {label}")


def _same(old, new) -> bool:
    """Browsers send text areas with CRLF line ends: not a change to show."""
    if isinstance(old, str) and isinstance(new, str):
        return old.replace("\r\n", "\n") == new.replace("\r\n", "\n")
    return old == new


def _model_field(model, attname):
    for model_field in model._meta.get_fields():
        if getattr(model_field, "attname", None) == attname:
            return model_field
    return None


def _is_bookkeeping(model, attname) -> bool:
    model_field = _model_field(model, attname)
    return bool(
        model_field is None
        or getattr(model_field, "auto_now", False)
        or getattr(model_field, "auto_now_add", False)
    )


def _field_label(model, attname) -> str:
    model_field = _model_field(model, attname)
    return str(model_field.verbose_name).capitalize()


class ValueLabels:
    """Shows stored values as editors know them: names for related entries
    (one query per related model), labels for choices, Yes/No for booleans."""

    def __init__(self):
        self.wanted: dict[type[models.Model], set] = {}
        self.names: dict[type[models.Model], dict[str, str]] = {}

    def collect(self, snapshot: dict) -> None:
        for (model, _pk), (_label, values) in snapshot.items():
            for name, value in values.items():
                target = self._target(model, name)
                if target is not None and value not in (None, ""):
                    pks = value if isinstance(value, list) else [value]
                    self.wanted.setdefault(target, set()).update(pks)

    def load(self) -> None:
        for target, pks in self.wanted.items():
            objects = target._default_manager.filter(pk__in=pks)
            self.names[target] = {str(obj.pk): str(obj) for obj in objects}

    def show(self, model, name, value) -> str:
        model_field = _model_field(model, name)
        target = self._target(model, name)
        if value in (None, "", []):
            return EMPTY
        if target is not None:
            pks = value if isinstance(value, list) else [value]
            names = self.names.get(target, {})
            return ", ".join(
                sorted(names.get(str(pk), f"(deleted, #{pk})") for pk in pks)
            )
        if model_field.choices:
            return str(dict(model_field.flatchoices).get(value, value))
        if isinstance(value, bool):
            return "Yes" if value else "No"
        return str(value).replace("\r\n", "\n")

    @staticmethod
    def _target(model, name):
        model_field = _model_field(model, name)
        if model_field is not None and model_field.is_relation:
            return model_field.related_model
        return None
