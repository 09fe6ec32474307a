"""StarterItem now lives in core (see core/migrations/0001_initial.py): the
glossary forgets the model without dropping its table, which core renamed."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("glossary", "0003_move_misspellings_out_of_aliases"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="StarterItem")],
            database_operations=[],
        ),
    ]
