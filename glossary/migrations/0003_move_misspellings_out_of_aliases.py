"""Aliases used to hold misspellings too, and the term page showed them as
"also called" (issue 10). Existing terms keep every word searchable: spelling
variants of the name and known typos move from aliases to misspellings."""

import re

from django.db import migrations

# Typos the first starter content listed among the aliases.
KNOWN_TYPOS = {"resoring"}


def letters(text):
    return re.sub(r"[\W_]+", "", text.lower())


def split_aliases(name, aliases):
    """(kept aliases, misspellings): "out-sourcing" is the name spelled
    differently, not another name for it."""
    kept, moved = [], []
    for alias in (line.strip() for line in aliases.splitlines()):
        if not alias:
            continue
        is_variant = letters(alias) == letters(name) or alias.lower() in KNOWN_TYPOS
        (moved if is_variant else kept).append(alias)
    return kept, moved


def move_misspellings(apps, schema_editor):
    Term = apps.get_model("glossary", "Term")
    for term in Term.objects.exclude(aliases=""):
        kept, moved = split_aliases(term.name, term.aliases)
        if moved:
            term.aliases = "\n".join(kept)
            term.misspellings = "\n".join([*term.misspellings.splitlines(), *moved])
            term.save(update_fields=["aliases", "misspellings"])


def merge_back(apps, schema_editor):
    Term = apps.get_model("glossary", "Term")
    for term in Term.objects.exclude(misspellings=""):
        term.aliases = "\n".join([*term.aliases.splitlines(), *term.misspellings.splitlines()])
        term.misspellings = ""
        term.save(update_fields=["aliases", "misspellings"])


class Migration(migrations.Migration):
    dependencies = [("glossary", "0002_teaching_fields_and_source_details")]

    operations = [migrations.RunPython(move_misspellings, merge_back)]
