"""Migrations of the advisor's rules: each corrects only rules that still hold
exactly an old default, and keeps what editors wrote."""

import pytest

from advisor.default_rules import DEFAULT_RULES
from advisor.migrations._rules_cite_works_data import NEW_DEFAULTS, OLD_DEFAULTS
from advisor.models import Rule

from ..conftest import migrate

OLD = dict(OLD_DEFAULTS)
NEW = {rule.key: rule for rule in DEFAULT_RULES}


@pytest.mark.django_db(transaction=True)
def test_0003_corrects_old_defaults_and_keeps_editors_rules():
    before = [("advisor", "0002_callable_choices")]
    after = [("advisor", "0003_correct_default_rules")]
    executor = migrate(before)
    old = executor.loader.project_state(before).apps
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

    executor = migrate(after)
    rules = executor.loader.project_state(after).apps.get_model("advisor", "Rule")
    corrected = rules.objects.get(question="foreign_capacity", answer="none")
    weight, _, explanation, _ = OLD[
        ("foreign_capacity", "none", "build_operate_transfer")
    ]
    assert (corrected.weight, corrected.explanation) == (weight, explanation)
    assert corrected.weight < 0
    kept = rules.objects.get(question="foreign_capacity", answer="some")
    assert (kept.weight, kept.explanation) == (5, "Our own view.")
    renamed = rules.objects.get(question="current")
    assert renamed.answer == "offshore_provider"
    assert "hidden costs" not in renamed.explanation
    migrate([("advisor", "0005_rules_cite_works")])


@pytest.mark.django_db(transaction=True)
def test_0005_moves_free_text_sources_into_cited_works_without_loss():
    before = [("advisor", "0004_rules_cite_works_schema")]
    executor = migrate(before)
    state = executor.loader.project_state(before).apps
    model = state.get_model("advisor", "SourcingModel")
    keys = ("build_operate_transfer", "in_house", "nearshore_outsourcing")
    bot, in_house, nearshore = (model.objects.create(key=k, name=k) for k in keys)
    rule = state.get_model("advisor", "Rule").objects

    def old_default(question, answer, option):
        weight, rules_out, explanation, source = OLD[(question, answer, option.key)]
        return rule.create(
            question=question,
            answer=answer,
            option=option,
            weight=weight,
            rules_out=rules_out,
            explanation=explanation,
            source_note=source,
        )

    # Untouched defaults: one rewritten to what its source supports, one the
    # new rules replace (region scored the nearshore band both ways).
    old_default("foreign_capacity", "none", bot)
    old_default("data_residency", "region", nearshore)
    # Editors' rules: one naming a work the site cites, one naming none.
    rule.create(
        question="coreness",
        answer="core",
        option=in_house,
        weight=5,
        explanation="Our own words.",
        source_note=next(
            source for (q, a, o), (*_, source) in OLD_DEFAULTS if q == "coreness"
        ),
    )
    rule.create(
        question="volume",
        answer="large",
        option=in_house,
        weight=1,
        explanation="Our view.",
        source_note="Our consultants' experience",
    )

    migrate([("advisor", "0005_rules_cite_works")])

    rewritten = Rule.objects.select_related("work").get(question="foreign_capacity")
    expected = NEW[("foreign_capacity", "none", "build_operate_transfer")]
    assert rewritten.rules_out and rewritten.explanation == expected.explanation
    assert rewritten.work.url == expected.cite.work.url
    assert rewritten.locator == expected.cite.locator
    assert rewritten.passage and rewritten.premise and not rewritten.source_note
    assert not Rule.objects.filter(question="data_residency").exists()
    editors = Rule.objects.select_related("work").get(question="coreness")
    assert (editors.weight, editors.explanation) == (5, "Our own words.")
    assert editors.work.title == "Strategic Outsourcing" and editors.locator
    unmatched = Rule.objects.get(question="volume")
    assert unmatched.work is None
    assert unmatched.source_note == "Our consultants' experience"
    assert dict(NEW_DEFAULTS)  # the frozen data the migration read


@pytest.mark.django_db(transaction=True)
def test_0005_reverses_to_free_text():
    migrate([("advisor", "0005_rules_cite_works")])
    from citations.models import Work

    work = Work.objects.create(title="A study", url="https://example.org/study")
    option = Rule._meta.get_field("option").related_model.objects.create(
        key="in_house", name="In-house"
    )
    Rule.objects.create(
        question="volume",
        answer="large",
        option=option,
        weight=1,
        explanation="Because.",
        work=work,
        locator="p. 3",
    )
    executor = migrate([("advisor", "0003_correct_default_rules")])
    state = executor.loader.project_state([("advisor", "0003_correct_default_rules")])
    back = state.apps.get_model("advisor", "Rule").objects.get()
    assert back.source == "A study (p. 3)"
    migrate([("advisor", "0005_rules_cite_works")])
