"""Search keywords, and search labels written as a query is (issue 17).

- Term.keywords: what people type when they look for a term but is not another
  name for it ("BPO company", "profit sharing"). Terms of the starter glossary
  get the keywords it now ships, unless an editor already gave them some.
- search_labels and search_document take the keywords in. PostgreSQL cannot
  change a generated column's expression, so both are dropped (with their
  indexes) and added again, then indexed as in 0007 (PostgreSQL only, out of
  the model's state). search_labels is now written as glossary.search
  normalises a query ("t&m" is the line "t m"), so "T&M" finds its term there
  as it does in Python.
"""

import django.contrib.postgres.search
from django.contrib.postgres.indexes import GinIndex
from django.db import migrations, models

import glossary.models

# What the starter content ships, by term slug.
KEYWORDS = {
    "bpo": ["BPO company", "BPO provider", "BPO services"],
    "gain-sharing": ["profit sharing"],
    "outsourcing": ["outsourcing company", "outsourcing provider"],
}


def search_indexes():
    return [
        GinIndex(fields=["search_document"], name="term_search_document"),
        GinIndex(
            fields=["search_labels"],
            opclasses=["gin_trgm_ops"],
            name="term_search_labels_trgm",
        ),
    ]


class PostgresOnlyAddIndex(migrations.AddIndex):
    """The index on PostgreSQL, kept out of the model's state (see 0007)."""

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


def index_old_columns(apps, schema_editor):
    """Going back: the columns of 0007 are back, and so are their indexes."""
    if schema_editor.connection.vendor == "postgresql":
        Term = apps.get_model("glossary", "Term")
        for index in search_indexes():
            schema_editor.add_index(Term, index)


def add_shipped_keywords(apps, schema_editor):
    Term = apps.get_model("glossary", "Term")
    for term in Term.objects.filter(slug__in=KEYWORDS, keywords=""):
        term.keywords = "\n".join(KEYWORDS[term.slug])
        term.save(update_fields=["keywords"])


class Migration(migrations.Migration):
    dependencies = [("glossary", "0010_reword_outstaffing_vs_employee_leasing")]

    operations = [
        # Runs last going back, once the old columns are there again.
        migrations.RunPython(migrations.RunPython.noop, index_old_columns),
        migrations.RemoveField(model_name="term", name="search_labels"),
        migrations.RemoveField(model_name="term", name="search_document"),
        migrations.AddField(
            model_name="term",
            name="keywords",
            field=models.TextField(
                blank=True,
                help_text="What people type when they look for this term but is not another name for it, one per line (“BPO company”, “profit sharing”). Search lists the term first for them; never shown on the page.",
                verbose_name="search keywords",
            ),
        ),
        migrations.AddField(
            model_name="term",
            name="search_labels",
            field=models.GeneratedField(
                db_persist=True,
                expression=glossary.models.SearchLabels(
                    "name", "aliases", "misspellings", "keywords"
                ),
                output_field=models.TextField(),
                serialize=False,
            ),
        ),
        migrations.AddField(
            model_name="term",
            name="search_document",
            field=models.GeneratedField(
                db_persist=True,
                expression=glossary.models.FullTextVector(
                    "name", "aliases", "misspellings", "keywords", "definition",
                    config="english",
                ),
                output_field=django.contrib.postgres.search.SearchVectorField(
                    null=True
                ),
                serialize=False,
            ),
        ),
        *(PostgresOnlyAddIndex(model_name="term", index=i) for i in search_indexes()),
        migrations.RunPython(add_shipped_keywords, migrations.RunPython.noop),
    ]
