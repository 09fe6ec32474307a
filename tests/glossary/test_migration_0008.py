"""Migration 0008 corrects the shipped starter text in a database that loaded
it, and leaves alone whatever an editor has changed since."""

import datetime
import importlib

import pytest

from ..conftest import migrate

pytestmark = pytest.mark.django_db(transaction=True)

migration = importlib.import_module("glossary.migrations.0008_correct_starter_content")
OLD_DATE = migration.OLD_REVIEWED
AT_0008 = [("glossary", "0008_correct_starter_content")]
# The models as they were when 0008 ran (sources then described their works).
Category = Dimension = DimensionValue = Source = Term = old_apps = None


@pytest.fixture(autouse=True)
def database_at_0008():
    global Category, Dimension, DimensionValue, Source, Term, old_apps
    executor = migrate(AT_0008)
    old_apps = executor.loader.project_state(AT_0008).apps
    Category, Dimension, DimensionValue, Source, Term = (
        old_apps.get_model("glossary", name)
        for name in ("Category", "Dimension", "DimensionValue", "Source", "Term")
    )
    yield
    migrate(executor.loader.graph.leaf_nodes())


def shipped_term(slug, **changes):
    """A term as the old starter content stored it, with `changes` made by an editor."""
    category, _ = Category.objects.get_or_create(slug="ownership", name="Who")
    old = {field: pair[0] for field, pair in migration.TERM_FIELDS[slug].items()}
    return Term.objects.create(
        slug=slug,
        name=slug,
        category=category,
        last_reviewed=OLD_DATE,
        status="published",
        **{"definition": "Shipped.", **old, **changes},
    )


def shipped_source(term, operation_index, order=0):
    action, old, _new = migration.SOURCES[term.slug][operation_index]
    return Source.objects.create(
        term=term, order=order, **dict(zip(migration.SOURCE_FIELDS, old, strict=True))
    )


def run():
    migration.forwards(old_apps, None)


def test_shipped_text_is_corrected():
    term = shipped_term("transfer-of-undertakings")

    run()

    term.refresh_from_db()
    new = migration.TERM_FIELDS["transfer-of-undertakings"]
    assert term.definition == new["definition"][1]
    assert "Süzen" in term.explanation
    assert term.last_reviewed == datetime.date(2026, 12, 6)


def test_a_field_an_editor_changed_is_left_alone_and_the_rest_corrected():
    term = shipped_term("outsourcing", explanation="An editor's own explanation.")

    run()

    term.refresh_from_db()
    assert term.explanation == "An editor's own explanation."


def test_a_term_an_editor_reviewed_keeps_the_editor_date():
    term = shipped_term("offshoring")
    term.last_reviewed = datetime.date(2026, 12, 1)
    term.save()

    run()

    term.refresh_from_db()
    assert "most EU enterprises" in term.explanation
    assert term.last_reviewed == datetime.date(2026, 12, 1)


def test_shipped_sources_are_corrected_and_edited_ones_kept():
    outsourcing = shipped_term("outsourcing")
    deloitte_2012 = next(
        i
        for i, (_, old, _) in enumerate(migration.SOURCES["outsourcing"])
        if old and "capitalhblog" in old[3]
    )
    blog = shipped_source(outsourcing, deloitte_2012)
    tco = shipped_term("total-cost-of-ownership")
    gartner = shipped_source(tco, 0)
    Source.objects.filter(pk=gartner.pk).update(title="Renamed by an editor")

    run()

    blog.refresh_from_db()
    assert blog.year == 2012
    assert "scribd" in blog.url and "today and tomorrow" in blog.title
    gartner.refresh_from_db()
    assert gartner.title == "Renamed by an editor"
    assert gartner.year is None
    assert tco.sources.filter(url="https://doi.org/10.1002/smj.2023").exists()


def test_a_source_no_longer_cited_is_removed_only_if_unchanged():
    leasing = shipped_term("employee-leasing")
    ops = migration.SOURCES["employee-leasing"]
    removed = [i for i, (action, _, _) in enumerate(ops) if action == "delete"]
    shipped_source(leasing, removed[0])

    run()

    assert not leasing.sources.filter(url__contains="wikipedia").exists()


def test_dimension_values_are_corrected_only_where_unchanged():
    term = shipped_term("employee-leasing")
    values = migration.VALUES["employee-leasing"]
    rows = {}
    for order, (slug, (old, _new)) in enumerate(values.items()):
        dimension = Dimension.objects.create(slug=slug, name=slug, order=order)
        rows[slug] = DimensionValue.objects.create(
            term=term, dimension=dimension, value=old
        )
    edited = DimensionValue.objects.get(pk=rows["risks"].pk)
    edited.value = "An editor's risks."
    edited.save()

    run()

    assert DimensionValue.objects.get(pk=rows["risks"].pk).value == (
        "An editor's risks."
    )
    meaning = DimensionValue.objects.get(pk=rows["meaning"].pk)
    assert meaning.value == values["meaning"][1]


def test_running_twice_changes_nothing_more():
    term = shipped_term("managed-services")
    run()
    term.refresh_from_db()
    before = term.updated_at

    run()

    term.refresh_from_db()
    assert term.updated_at == before
