"""Migration 0010 rewords the shipped out-staffing vs employee leasing
comparison in a database that loaded it, and leaves alone any field an editor
has changed since."""

import datetime
import importlib

import pytest

from ..conftest import migrate

pytestmark = pytest.mark.django_db(transaction=True)

migration = importlib.import_module(
    "glossary.migrations.0010_reword_outstaffing_vs_employee_leasing"
)
BEFORE = [("glossary", "0009_sources_cite_works")]
AFTER = [("glossary", "0010_reword_outstaffing_vs_employee_leasing")]
OLD = {field: pair[0] for field, pair in migration.FIELDS.items()}
NEW = {field: pair[1] for field, pair in migration.FIELDS.items()}


@pytest.fixture
def old_apps():
    """The models as they were before 0010, in a database migrated to 0009."""
    executor = migrate(BEFORE)
    yield executor.loader.project_state(BEFORE).apps
    migrate(executor.loader.graph.leaf_nodes())


def shipped_comparison(apps, **changes):
    Category = apps.get_model("glossary", "Category")
    Term = apps.get_model("glossary", "Term")
    Comparison = apps.get_model("glossary", "Comparison")
    category, _ = Category.objects.get_or_create(slug="engagement-models", name="E")
    a, b = (
        Term.objects.create(
            slug=slug,
            name=slug,
            category=category,
            definition=f"{slug}.",
            last_reviewed=datetime.date(2026, 11, 30),
            status="published",
        )
        for slug in migration.PAIR
    )
    return Comparison.objects.create(term_a=a, term_b=b, **{**OLD, **changes})


def reloaded(apps, comparison):
    # After the migration has run, read the row through the models as of 0010.
    Comparison = apps.get_model("glossary", "Comparison")
    return Comparison.objects.get(pk=comparison.pk)


def test_the_shipped_text_is_reworded(old_apps):
    comparison = shipped_comparison(old_apps)

    executor = migrate(AFTER)

    row = reloaded(executor.loader.project_state(AFTER).apps, comparison)
    assert row.introduction == NEW["introduction"]
    assert row.key_differences == NEW["key_differences"]
    assert row.verdict == NEW["verdict"]
    assert "[[temporary-agency-work]]" in row.verdict
    assert "[[professional-employer-organisation]]" in row.verdict


def test_a_field_an_editor_changed_is_left_alone(old_apps):
    comparison = shipped_comparison(old_apps, verdict="An editor's own verdict.")

    executor = migrate(AFTER)

    row = reloaded(executor.loader.project_state(AFTER).apps, comparison)
    assert row.verdict == "An editor's own verdict."
    assert row.introduction == NEW["introduction"]
    assert row.key_differences == NEW["key_differences"]


def test_the_new_text_is_the_shipped_starter_text():
    from glossary.starter_content.comparisons import COMPARISONS

    shipped = next(
        c
        for c in COMPARISONS
        if (c["a"], c["b"]) == ("out-staffing", "employee-leasing")
    )
    assert {field: shipped[field] for field in NEW} == NEW
