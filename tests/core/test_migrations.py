"""StarterItem moved from glossary to core: a database created before the move
must keep remembering what was loaded, or the next load would bring back what
editors deleted."""

import pytest

from core.models import StarterItem
from core.starter import first_time

from ..conftest import migrate

BEFORE_THE_MOVE = [("glossary", "0001_initial")]


@pytest.mark.django_db(transaction=True)
def test_an_existing_database_keeps_its_starter_items_through_the_move():
    executor = migrate([("core", None)])
    old_apps = executor.loader.project_state(BEFORE_THE_MOVE).apps
    old_apps.get_model("glossary", "StarterItem").objects.create(key="term:bpo")

    migrate(executor.loader.graph.leaf_nodes())

    assert list(StarterItem.objects.values_list("key", flat=True)) == ["term:bpo"]
    assert not first_time("term:bpo")
