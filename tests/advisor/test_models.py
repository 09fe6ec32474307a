"""Rules and sourcing models take their choices from the engine, when asked."""

import dataclasses

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from advisor import engine
from advisor.models import Rule

pytestmark = pytest.mark.django_db


@pytest.fixture
def reworded(monkeypatch):
    """The engine with one answer reworded, as an editor of the code would."""
    question = engine.QUESTIONS["coreness"]
    answers = tuple(
        dataclasses.replace(a, label="Central to why customers choose you")
        if a.value == "core"
        else a
        for a in question.answers
    )
    monkeypatch.setitem(
        engine.QUESTIONS, "coreness", dataclasses.replace(question, answers=answers)
    )


def test_rewording_an_answer_needs_no_migration(reworded):
    # Exits with status 1 (SystemExit) if a migration were missing.
    call_command("makemigrations", "advisor", check=True, dry_run=True, verbosity=0)


def test_admin_shows_the_answers_current_wording(admin_client, reworded, rules):
    page = admin_client.get("/admin/advisor/rule/add/").content.decode()
    assert "Central to why customers choose you" in page
    assert "Core to your competitive advantage" not in page
    field = Rule._meta.get_field("answer")
    assert ("core", "Central to why customers choose you") in field.flatchoices


# --- Editors tune the rules within what the engine promises (issue 16) ---------


@pytest.fixture
def defaults():
    call_command("load_advisor_defaults", verbosity=0)
    return Rule.objects.select_related("option", "work")


def rule(defaults, question, answer, option):
    return defaults.get(question=question, answer=answer, option__key=option)


def test_loaded_rules_cite_works_with_a_locator_a_link_and_a_premise(defaults):
    assert defaults.count() > 150
    for row in defaults:
        assert row.work.url.startswith("https://") and row.locator, row
        assert row.passage and row.verified_in.startswith("http"), row
        assert row.premise.startswith("Assumes "), row
    cost = rule(defaults, "goal", "cost", "out_staffing")
    assert cost.excluded_by == "cost_gap=small\ndata_residency=country"


def test_an_essential_constraint_weaker_than_a_goal_is_refused(defaults):
    overlap = rule(defaults, "hours_overlap", "full", "offshore_outsourcing")
    overlap.weight = -1
    with pytest.raises(ValidationError) as refused:
        overlap.full_clean()
    assert "an essential constraint must weigh more than any goal" in str(refused.value)
    overlap.weight = -5
    overlap.full_clean()  # heavier than any goal: accepted


def test_one_answer_moving_a_band_both_ways_is_refused(defaults):
    nearshore = rule(defaults, "hours_overlap", "full", "nearshore_outsourcing")
    nearshore.weight = -1
    with pytest.raises(ValidationError, match="one answer about distance"):
        nearshore.full_clean()


def test_a_rule_out_the_set_needs_cannot_be_weakened_or_deleted(defaults):
    centre = rule(defaults, "foreign_capacity", "none", "captive_offshore")
    assert centre.problems_if_deleted() == [
        "With no capacity to run an entity abroad, captive_offshore must be "
        "ruled out: it needs one."
    ]
    centre.rules_out, centre.weight = False, -4
    with pytest.raises(ValidationError, match="must be ruled out"):
        centre.full_clean()


@pytest.mark.parametrize(
    ("excluded_by", "message"),
    [
        ("control=high", "may only name a constraint or the current situation"),
        ("cost_gap=huge", "Unknown answer cost_gap=huge"),
        ("cost_gap=unsure", "Unknown answer cost_gap=unsure"),
        ("goal=cost", "may only name a constraint"),
    ],
)
def test_a_premise_naming_what_the_what_if_changes_is_refused(
    defaults, excluded_by, message
):
    cost = rule(defaults, "goal", "cost", "out_staffing")
    cost.excluded_by = excluded_by
    with pytest.raises(ValidationError, match=message):
        cost.full_clean()


def test_a_rule_on_not_sure_is_refused(defaults):
    unsure = rule(defaults, "cost_gap", "small", "offshore_outsourcing")
    unsure.answer = "unsure"
    with pytest.raises(ValidationError, match="moves no option"):
        unsure.full_clean()


def test_admin_refuses_to_delete_a_needed_rule_out(admin_client, defaults):
    centre = rule(defaults, "foreign_capacity", "none", "build_operate_transfer")
    url = f"/admin/advisor/rule/{centre.pk}/delete/"
    page = admin_client.get(url).content.decode()
    assert "build_operate_transfer must be ruled out" in page
    admin_client.post(url, {"post": "yes"})
    assert Rule.objects.filter(pk=centre.pk).exists()


def test_rules_read_from_the_database_keep_premise_and_cited_work(defaults):
    from advisor import selectors
    from advisor.default_rules import default_engine_rules

    # The engine sees exactly the defaults it was loaded from.
    assert sorted(selectors.rules_in_database(), key=repr) == sorted(
        default_engine_rules(), key=repr
    )
    cost = next(
        r
        for r in selectors.rules_in_database()
        if (r.question, r.answer, r.option) == ("goal", "cost", "out_staffing")
    )
    assert cost.excluded_by == {("data_residency", "country"), ("cost_gap", "small")}
    assert cost.source.url.startswith("https://") and cost.source.locator
