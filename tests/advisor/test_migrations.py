"""A database loaded with the first default rules is corrected by migration 0003,
but only where a rule still holds exactly the old default."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from advisor.default_rules import DEFAULT_RULES
from advisor.models import Rule

BEFORE = [("advisor", "0002_callable_choices")]
AFTER = [("advisor", "0003_correct_default_rules")]
NEW = {rule.key: rule for rule in DEFAULT_RULES}


@pytest.mark.django_db(transaction=True)
def test_old_defaults_are_corrected_and_editors_rules_kept():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    model = old.get_model("advisor", "SourcingModel")
    bot = model.objects.create(key="build_operate_transfer", name="BOT")
    offshore = model.objects.create(key="offshore_outsourcing", name="Offshore")
    rule = old.get_model("advisor", "Rule").objects
    # The inverted default, untouched since it was loaded.
    rule.create(
        question="foreign_capacity",
        answer="none",
        option=bot,
        weight=2,
        explanation="A partner builds and runs the centre until you are ready to "
        "take it over.",
        source="Gartner and industry descriptions of build-operate-transfer "
        "engagements",
    )
    # The same default an editor already changed: theirs.
    rule.create(
        question="foreign_capacity",
        answer="some",
        option=bot,
        weight=5,
        explanation="Our own view.",
        source="Editor",
    )
    # An answer that no longer exists.
    rule.create(
        question="current",
        answer="offshored",
        option=offshore,
        weight=1,
        explanation="Experience of working offshore lowers the hidden costs of "
        "carrying on.",
        source="Larsen, Manning & Pedersen (2013), 'Uncovering the hidden costs of "
        "offshoring', Strategic Management Journal",
    )

    executor.loader.build_graph()
    executor.migrate(AFTER)

    corrected = Rule.objects.get(question="foreign_capacity", answer="none")
    expected = NEW[("foreign_capacity", "none", "build_operate_transfer")]
    assert (corrected.weight, corrected.explanation) == (
        expected.weight,
        expected.explanation,
    )
    assert corrected.weight < 0
    kept = Rule.objects.get(question="foreign_capacity", answer="some")
    assert (kept.weight, kept.explanation) == (5, "Our own view.")
    renamed = Rule.objects.get(question="current")
    assert renamed.answer == "offshore_provider"
    expected = NEW[("current", "offshore_provider", "offshore_outsourcing")]
    assert renamed.explanation == expected.explanation
    assert "hidden costs" not in renamed.explanation
    renamed.to_engine_rule()  # a valid answer for today's engine
