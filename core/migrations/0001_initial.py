"""StarterItem moves here from the glossary, keeping every row.

The model's state moves from glossary to core without touching the table
(SeparateDatabaseAndState); then the table is renamed to core's name, so an
existing database keeps which starter items were already loaded. The content
type follows, so permissions that name it stay valid.
"""

from django.db import migrations, models


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.using(schema_editor.connection.alias).filter(
        app_label="glossary", model="starteritem"
    ).update(app_label="core")


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.using(schema_editor.connection.alias).filter(
        app_label="core", model="starteritem"
    ).update(app_label="glossary")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("glossary", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="StarterItem",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("key", models.CharField(max_length=200, unique=True)),
                        ("loaded_at", models.DateTimeField(auto_now_add=True)),
                    ],
                    options={"db_table": "glossary_starteritem"},
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name="starteritem", table=None),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
