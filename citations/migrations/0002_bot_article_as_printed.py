"""The build-operate-transfer article: its title as printed and the journal,
issue and pages as its publisher, instead of the portal that lists it.

Changes the starter record only while it still reads as shipped, so an
editor's correction is never overwritten."""

from django.db import migrations

URL = "https://research.cbs.dk/en/publications/build-operate-transfer-outsourcing-contracts-in-services-boon-or-"
TITLE = "Build-operate-transfer outsourcing contracts in services: boon or bane to emerging market vendor firms?"
OLD = {
    "title": TITLE + " (Journal of International Management 19(3))",
    "publisher": "Copenhagen Business School research portal",
}
NEW = {"title": TITLE, "publisher": "Journal of International Management 19(3), 220–231"}


def update(apps, before, after):
    Work = apps.get_model("citations", "Work")
    Work.objects.filter(url=URL, **before).update(**after)


class Migration(migrations.Migration):
    # After the glossary moved its sources into works, so old sites have the record.
    dependencies = [("citations", "0001_work"), ("glossary", "0009_sources_cite_works")]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: update(apps, OLD, NEW),
            lambda apps, schema_editor: update(apps, NEW, OLD),
        )
    ]
