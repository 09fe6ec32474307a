"""One indexed column per purpose for search in PostgreSQL (issue 15).

The seven trigram indexes and the full-text expression index of 0006 are
replaced by two stored generated columns (search_labels, search_document) and
one GIN index on each. The indexes exist on PostgreSQL only and are not in the
model's state: SQLite has no GIN, and it rebuilds a table, with every index in
its state, whenever a migration changes the table (adding these columns does).
"""

import django.contrib.postgres.search
import django.db.models.functions.text
from django.contrib.postgres.indexes import GinIndex
from django.db import migrations, models

import glossary.models


class OnPostgresOnly:
    """The operation's schema change runs on PostgreSQL only; its state
    change (if any) everywhere."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class PostgresOnlyRemoveIndex(OnPostgresOnly, migrations.RemoveIndex):
    pass


class PostgresOnlyAddIndex(OnPostgresOnly, migrations.AddIndex):
    pass


def postgres_index_only(index):
    """The index on PostgreSQL, kept out of the model's state (see above)."""
    return migrations.SeparateDatabaseAndState(
        database_operations=[PostgresOnlyAddIndex(model_name="term", index=index)],
    )


OLD_SEARCH_INDEXES = [
    *(
        f"term_{field}_upper_trgm"
        for field in ("name", "aliases", "misspellings", "definition")
    ),
    *(f"term_{field}_trgm" for field in ("name", "aliases", "misspellings")),
    "term_full_text",
]


class Migration(migrations.Migration):

    dependencies = [
        ("glossary", "0006_indexes_for_search_and_ordering"),
    ]

    operations = [
        *(
            PostgresOnlyRemoveIndex(model_name="term", name=name)
            for name in OLD_SEARCH_INDEXES
        ),
        migrations.AddField(
            model_name="term",
            name="search_document",
            field=models.GeneratedField(db_persist=True, expression=glossary.models.FullTextVector("name", "aliases", "misspellings", "definition", config="english"), output_field=django.contrib.postgres.search.SearchVectorField(null=True), serialize=False),
        ),
        migrations.AddField(
            model_name="term",
            name="search_labels",
            field=models.GeneratedField(db_persist=True, expression=django.db.models.functions.text.Lower(django.db.models.functions.text.Concat("name", models.Value("\n"), "aliases", models.Value("\n"), "misspellings", output_field=models.TextField())), output_field=models.TextField(), serialize=False),
        ),
        postgres_index_only(
            GinIndex(fields=["search_document"], name="term_search_document")
        ),
        postgres_index_only(
            GinIndex(
                fields=["search_labels"],
                opclasses=["gin_trgm_ops"],
                name="term_search_labels_trgm",
            )
        ),
    ]
