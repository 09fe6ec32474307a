"""Migration 0002 gives the build-operate-transfer article its printed title
and journal on a site that loaded the old starter record, and leaves an
editor's correction alone."""

import importlib

import pytest

from ..conftest import migrate

pytestmark = pytest.mark.django_db(transaction=True)

migration = importlib.import_module("citations.migrations.0002_bot_article_as_printed")
BEFORE = [("citations", "0001_work"), ("glossary", "0011_term_keywords")]
AFTER = [("citations", "0002_bot_article_as_printed")]


@pytest.fixture
def old_work():
    executor = migrate(BEFORE)
    Work = executor.loader.project_state(BEFORE).apps.get_model("citations", "Work")
    yield Work
    migrate(executor.loader.graph.leaf_nodes())


def test_the_shipped_record_gets_its_journal_and_title(old_work):
    old_work.objects.create(url=migration.URL, year=2013, **migration.OLD)
    migrate(AFTER)
    work = old_work.objects.get(url=migration.URL)
    assert work.title.endswith("emerging market vendor firms?")
    assert work.publisher == "Journal of International Management 19(3), 220–231"


def test_an_editors_correction_is_kept(old_work):
    old_work.objects.create(
        url=migration.URL, year=2013, title="Edited by an editor", publisher="CBS"
    )
    migrate(AFTER)
    assert old_work.objects.get(url=migration.URL).title == "Edited by an editor"
