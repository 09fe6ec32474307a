"""A term's sources become citations of the site's one model of cited works.

Each source row's work (title, publisher, year, URL, kind) becomes a
citations.Work, one per URL (a work cited by several terms is one record; the
first description found is kept), and the row keeps the term, its order and
now a locator. Reversible: going back writes each work's details into its rows.
"""

import django.db.models.deletion
from django.db import migrations, models

WORK_FIELDS = ("title", "publisher", "year", "kind")


def cite_works(apps, schema_editor):
    Source = apps.get_model("glossary", "Source")
    Work = apps.get_model("citations", "Work")
    works = {work.url: work for work in Work.objects.all()}
    for source in Source.objects.order_by("pk"):
        work = works.get(source.url)
        if work is None:
            work = works[source.url] = Work.objects.create(
                url=source.url, **{name: getattr(source, name) for name in WORK_FIELDS}
            )
        source.work = work
        source.save(update_fields=["work"])


def describe_works(apps, schema_editor):
    Source = apps.get_model("glossary", "Source")
    for source in Source.objects.select_related("work"):
        source.url = source.work.url
        for name in WORK_FIELDS:
            setattr(source, name, getattr(source.work, name))
        source.title = source.title[:200]
        source.save()


class Migration(migrations.Migration):
    dependencies = [
        ("citations", "0001_work"),
        ("glossary", "0008_correct_starter_content"),
    ]

    operations = [
        migrations.AddField(
            model_name="source",
            name="work",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="citations.work",
            ),
        ),
        migrations.AddField(
            model_name="source",
            name="locator",
            field=models.CharField(
                blank=True,
                help_text="Where in the work: “Art. 28(8)”, “section 4.2”, “p. 12”, “Table 3”.",
                max_length=120,
            ),
        ),
        migrations.AddField(
            model_name="source",
            name="passage",
            field=models.TextField(
                blank=True,
                help_text="For editors only: the words of the work that support the claim.",
            ),
        ),
        migrations.AddField(
            model_name="source",
            name="verified_in",
            field=models.URLField(
                blank=True,
                help_text="For editors only: the copy of the work the passage was checked in.",
                max_length=500,
            ),
        ),
        migrations.RunPython(cite_works, describe_works),
        # Defaults for the columns about to go, so that going back can add
        # them to existing rows before describe_works fills them in.
        migrations.AlterField(
            model_name="source",
            name="title",
            field=models.CharField(default="", max_length=200),
        ),
        migrations.AlterField(
            model_name="source",
            name="url",
            field=models.URLField(default="", max_length=500),
        ),
        migrations.RemoveField(model_name="source", name="kind"),
        migrations.RemoveField(model_name="source", name="publisher"),
        migrations.RemoveField(model_name="source", name="title"),
        migrations.RemoveField(model_name="source", name="url"),
        migrations.RemoveField(model_name="source", name="year"),
        migrations.AlterField(
            model_name="source",
            name="work",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="citations.work",
            ),
        ),
    ]
