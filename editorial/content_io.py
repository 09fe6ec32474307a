"""All editorial content as one JSON file, with natural keys instead of ids.

Terms are named by slug, dimensions by slug, sourcing models by key, rules by
(question, answer, model) and so on, so a file moves between databases whose
ids differ. Every field of every model is written (Django's serializer), so
new fields travel without changes here. Import checks each record and saves
in one transaction: a bad file changes nothing.

Into a database with content, a record replaces the row with the same key
(sources, which have none, match a row identical in every field), keeping its
id and so its history. Rows the file does not name are kept unless the caller
asks for them to be deleted: an incomplete file must not empty the site.
"""

import datetime
import json
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction

from . import registry

FORMAT = "sourcing-guide-content"
# 2: a term's sources cite works (citations.Work) instead of describing them.
# 3: the advisor's rules cite works too, with a premise (issue 16).
VERSION = 3


@cache
def natural_keys() -> dict[str, list[str] | None]:
    """{model label: its natural key's fields}, parents before children (the
    registry's order). None: nothing refers to the model's rows, so they need
    no key (they are sorted by content for a stable file)."""
    return {
        entry.label.lower(): list(entry.natural_key) if entry.natural_key else None
        for entry in registry.content_models()
    }


class ImportRefused(Exception):
    """The file cannot be imported; the message names the record and why."""


def content_models():
    return [apps.get_model(label) for label in natural_keys()]


def natural_key(obj) -> list:
    fields = natural_keys()[obj._meta.label_lower]
    assert fields is not None, f"{obj._meta.label} has no natural key"
    key = []
    for name in fields:
        field = obj._meta.get_field(name)
        if field.is_relation:
            key.append(natural_key(getattr(obj, name)))
        else:
            key.append(field.value_from_object(obj))
    return key


def _as_record(obj) -> dict:
    """Django's own serialisation of the fields, with relations as keys."""
    (data,) = serializers.serialize("python", [obj])
    fields = data["fields"]
    for field in obj._meta.get_fields():
        if field.name not in fields or not field.is_relation:
            continue
        if field.many_to_many:
            related = getattr(obj, field.name).all()
            fields[field.name] = sorted(natural_key(other) for other in related)
        else:
            target = getattr(obj, field.name)
            fields[field.name] = natural_key(target) if target is not None else None
    return {"model": obj._meta.label_lower, "fields": fields}


def export_content() -> dict:
    records = []
    for model in content_models():
        label = model._meta.label_lower
        rows = [_as_record(obj) for obj in model._default_manager.all()]
        if key_fields := natural_keys()[label]:
            rows.sort(key=lambda r: dumps([r["fields"][f] for f in key_fields]))
        else:
            rows.sort(key=lambda r: dumps(r["fields"]))
        records.extend(rows)
    return {"format": FORMAT, "version": VERSION, "records": records}


class ContentEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder with every digit of a time. Django's keeps milliseconds
    only (as JavaScript does), so 14:10:37.000123 was written "14:10:37.000Z",
    read back as a whole second and exported again as "14:10:37Z": an export,
    import and export differed. Always six digits, so every time reads alike."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            text = o.isoformat(timespec="microseconds")
            # UTC as "Z", as Django writes it.
            if text.endswith("+00:00"):
                text = text.removesuffix("+00:00") + "Z"
            return text
        return super().default(o)


def dumps(document) -> str:
    return json.dumps(
        document, indent=2, ensure_ascii=False, sort_keys=True, cls=ContentEncoder
    )


@dataclass
class Imported:
    saved: int  # records of the file, created or updated
    kept: int  # rows the file does not name, left as they were
    deleted: int  # rows the file does not name, deleted (delete_missing)


@dataclass
class _Importer:
    keys: dict  # (label, json of natural key) -> saved object
    pending_m2m: list
    saved_pks: dict  # label -> ids of the rows the file's records saved

    def describe(self, index: int, record: dict) -> str:
        label = record.get("model", "?") if isinstance(record, dict) else "?"
        fields = record.get("fields", {}) if isinstance(record, dict) else {}
        key_fields = natural_keys().get(label) or []
        key = ", ".join(str(fields.get(name)) for name in key_fields)
        return f"Record {index} ({label}{f' {key}' if key else ''})"

    def build(self, record: dict):
        if not isinstance(record, dict) or set(record) != {"model", "fields"}:
            raise ValueError('each record needs exactly "model" and "fields"')
        label = record["model"]
        if label not in natural_keys():
            raise ValueError(f'"{label}" is not content this site imports')
        model = apps.get_model(label)
        fields = dict(record["fields"])
        known = {f.name for f in (*model._meta.fields, *model._meta.many_to_many)}
        unknown = set(fields) - known
        if unknown:
            raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
        m2m = {}
        for field in model._meta.get_fields():
            if field.name not in fields or not field.is_relation:
                continue
            if field.many_to_many:
                # Resolved once every record is in: terms relate both ways.
                m2m[field] = fields.pop(field.name)
            elif fields[field.name] is not None:
                fields[field.attname] = self.find(field, fields.pop(field.name)).pk
            else:
                fields[field.attname] = fields.pop(field.name)
        instance = model(
            **{
                name: model._meta.get_field(name).to_python(value)
                if not model._meta.get_field(name).is_relation
                else value
                for name, value in fields.items()
            }
        )
        return instance, m2m

    def find(self, field, key):
        label = field.related_model._meta.label_lower
        found = self.keys.get((label, json.dumps(key)))
        if found is None:
            raise ValueError(
                f"{field.name}: no {field.related_model._meta.verbose_name} "
                f"{key} in the file"
            )
        return found

    def match_existing(self, instance) -> None:
        """Points instance at the row its record replaces, if there is one."""
        opts = instance._meta
        saved = self.saved_pks.setdefault(opts.label_lower, set())
        names = natural_keys()[opts.label_lower] or [
            f.name for f in opts.concrete_fields if not f.primary_key
        ]
        attnames = [opts.get_field(name).attname for name in names]
        lookup = {attname: getattr(instance, attname) for attname in attnames}
        # Excluding rows already matched: two identical sources stay two.
        rows = opts.model._default_manager.filter(**lookup).exclude(pk__in=saved)
        pk = rows.values_list("pk", flat=True).order_by("pk").first()
        if pk is not None:
            instance.pk = pk
            instance._state.adding = False  # so the unique checks skip its own row

    def save(self, name: str, instance, m2m) -> None:
        self.match_existing(instance)
        instance.full_clean(validate_unique=True, validate_constraints=True)
        # raw: keep the timestamps from the file, as Django's loaddata does.
        instance.save_base(raw=True)
        label = instance._meta.label_lower
        self.saved_pks[label].add(instance.pk)
        if natural_keys()[label]:
            self.keys[(label, json.dumps(natural_key(instance)))] = instance
        self.pending_m2m.extend(
            (name, instance, field, keys) for field, keys in m2m.items()
        )


def checked_records(document) -> list:
    """The records of a file from export_content, or ImportRefused."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused(f'Not a content file: "format" must be "{FORMAT}".')
    version = document.get("version")
    if not isinstance(version, int) or not 1 <= version <= VERSION:
        raise ImportRefused(f"Unknown version {version!r}.")
    records = document.get("records")
    if not isinstance(records, list):
        raise ImportRefused('"records" must be a list.')
    # An older file is read as it was written, then brought up to date by the
    # apps whose models changed since (each registers its step).
    for older in range(version, VERSION):
        for upgrade in registry.upgrades_from(older):
            records = upgrade(records)
    if not records:
        # A valid file of nothing is a failed or filtered export, never a wish
        # to empty the site.
        raise ImportRefused("The file has no records.")
    return records


def has_content() -> bool:
    return any(m._default_manager.exists() for m in content_models())


def import_content(
    document, replace: bool = False, delete_missing: bool = False
) -> Imported:
    """Load a file from export_content. With replace, its records replace those
    with the same key; with delete_missing too, rows it does not name are
    deleted. Raises ImportRefused, with nothing changed, if any record is bad."""
    records = checked_records(document)
    if delete_missing and not replace:
        raise ImportRefused("Deleting what the file lacks needs --replace too.")
    with transaction.atomic():
        existing = [m for m in content_models() if m._default_manager.exists()]
        if existing and not replace:
            names = ", ".join(str(m._meta.verbose_name_plural) for m in existing)
            raise ImportRefused(
                f"The database already has content ({names}). Use --replace to "
                "replace the records the file names."
            )
        importer = _Importer({}, [], {})
        for index, record in enumerate(records, start=1):
            name = importer.describe(index, record)
            with _naming(name):
                importer.save(name, *importer.build(record))
        for name, instance, field, keys in importer.pending_m2m:
            with _naming(name):
                targets = [importer.find(field, key) for key in keys]
                getattr(instance, field.name).set(targets)
        missing = _missing(importer.saved_pks)
        kept = sum(rows.count() for rows in missing)
        if not delete_missing or not kept:
            return Imported(saved=len(records), kept=kept, deleted=0)
        with _naming("Deleting what the file lacks"):
            # Children first (the reverse of natural_keys()), so no row is
            # protected by one that is about to go.
            for rows in reversed(missing):
                rows.delete()
    return Imported(saved=len(records), kept=0, deleted=kept)


def _missing(saved_pks: dict) -> list:
    """Per content model, the rows no record of the file saved."""
    return [
        model._default_manager.exclude(pk__in=saved_pks.get(label, set()))
        for label, model in zip(natural_keys(), content_models(), strict=True)
    ]


@contextmanager
def _naming(record: str):
    """Turns any problem with one record into a refusal that names it."""
    try:
        yield
    except ValidationError as error:
        raise ImportRefused(f"{record}: {_messages(error)}") from error
    except (
        ValueError,
        TypeError,
        KeyError,
        LookupError,
        IntegrityError,
        ObjectDoesNotExist,
    ) as error:
        raise ImportRefused(f"{record}: {error}") from error


def _messages(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(
            f"{field}: {' '.join(messages)}"
            for field, messages in error.message_dict.items()
        )
    return " ".join(error.messages)
