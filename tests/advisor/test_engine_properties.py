"""Property-based tests of the engine: no database, any answers, any rules."""

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor import engine

OPTION_KEYS = [option.key for option in engine.DEFAULT_OPTIONS]
GOALS = engine.QUESTIONS["goal"].values
LEVELS = [level for level, _ in engine.GOAL_LEVELS]


def choice(question):
    return st.sampled_from(engine.QUESTIONS[question].values)


answers_strategy = st.builds(
    engine.Answers,
    process=st.builds(
        engine.ProcessAnswers,
        function=choice("function"),
        coreness=choice("coreness"),
        work_type=choice("work_type"),
        volume=choice("volume"),
        duration=choice("duration"),
    ),
    goals=st.builds(engine.GoalAnswers, **{g: st.sampled_from(LEVELS) for g in GOALS}),
    constraints=st.builds(
        engine.ConstraintAnswers,
        **{
            q: choice(q)
            for q in (
                "data_residency",
                "ip_sensitivity",
                "hours_overlap",
                "culture_closeness",
                "control",
                "foreign_capacity",
                "cost_gap",
            )
        },
    ),
    situation=st.builds(
        engine.SituationAnswers,
        current=choice("current"),
        problems=st.frozensets(choice("problem")),
    ),
)


@st.composite
def rule_strategy(draw):
    question = draw(st.sampled_from(list(engine.QUESTIONS)))
    scaled = engine.QUESTIONS[question].scaled
    return engine.Rule(
        question=question,
        answer=draw(choice(question)),
        option=draw(st.sampled_from(OPTION_KEYS)),
        weight=draw(st.integers(-10, 10)),
        explanation="Because.",
        rules_out=False
        if scaled
        else draw(st.booleans().map(lambda b: b and draw(st.booleans()))),
    )


rules_strategy = st.lists(rule_strategy(), max_size=60)


@given(answers_strategy, rules_strategy)
def test_every_option_is_ranked_exactly_once(answers, rules):
    ranked = engine.rank_options(answers, rules)
    assert sorted(o.key for o in ranked) == sorted(OPTION_KEYS)
    assert [o.rank for o in ranked] == list(range(1, len(OPTION_KEYS) + 1))


@given(answers_strategy, rules_strategy)
def test_a_ruled_out_option_never_ranks_above_an_open_one(answers, rules):
    ranked = engine.rank_options(answers, rules)
    flags = [o.ruled_out for o in ranked]
    assert flags == sorted(flags)  # all False first, then all True


@given(answers_strategy, rules_strategy)
def test_scores_fall_or_tie_down_the_ranking_within_open_and_ruled_out(answers, rules):
    ranked = engine.rank_options(answers, rules)
    for group in (True, False):
        scores = [o.score for o in ranked if o.ruled_out is group]
        assert scores == sorted(scores, reverse=True)


@given(answers_strategy, rules_strategy)
def test_ranking_is_deterministic(answers, rules):
    assert engine.rank_options(answers, rules) == engine.rank_options(
        answers, list(rules)
    )


@given(answers_strategy, rules_strategy)
def test_every_reason_names_an_answer_that_was_given(answers, rules):
    labels = {fact.label for fact in engine.facts_from(answers)}
    for option in engine.rank_options(answers, rules):
        for reason in option.reasons:
            assert reason.answer in labels
            assert reason.text.startswith(f"{reason.answer}: ")
        assert option.score == sum(reason.points for reason in option.reasons)
        assert option.ruled_out == any(reason.rules_out for reason in option.reasons)


@settings(max_examples=200)
@given(answers_strategy, rules_strategy, st.sampled_from(GOALS), st.data())
def test_raising_a_goal_never_lowers_the_options_that_serve_it(
    answers, rules, goal, data
):
    level = getattr(answers.goals, goal)
    higher = data.draw(st.sampled_from([lv for lv in LEVELS if lv >= level]))
    raised = replace(answers, goals=replace(answers.goals, **{goal: higher}))
    before = {o.key: o for o in engine.rank_options(answers, rules)}
    after = {o.key: o for o in engine.rank_options(raised, rules)}
    serving = {
        key
        for key in OPTION_KEYS
        if sum(
            r.weight
            for r in rules
            if (r.question, r.answer, r.option) == ("goal", goal, key)
        )
        > 0
    }
    for key in serving:
        assert after[key].score >= before[key].score
        assert after[key].ruled_out == before[key].ruled_out
        # It never falls behind an option that does not serve the goal and that
        # it was ahead of before.
        for other in set(OPTION_KEYS) - serving:
            if before[key].rank < before[other].rank:
                assert after[key].rank < after[other].rank


def test_a_goal_rule_cannot_rule_out():
    with pytest.raises(ValueError, match="goal cannot rule"):
        engine.Rule("goal", "cost", "in_house", 1, "x", rules_out=True)


def test_a_rule_for_an_unknown_answer_is_refused():
    with pytest.raises(ValueError, match="coreness=very"):
        engine.Rule("coreness", "very", "in_house", 1, "x")


def test_goals_that_are_not_goals_give_no_reasons():
    answers = engine.Answers(
        engine.ProcessAnswers("other", "supporting", "mixed", "medium", "medium"),
        engine.GoalAnswers(cost=0),
        engine.ConstraintAnswers(
            "none", "low", "low", "low", "low", "some", "moderate"
        ),
        engine.SituationAnswers("in_house", frozenset({"quality"})),
    )
    rules = [
        engine.Rule("goal", "cost", "offshore_outsourcing", 3, "Cheaper."),
        engine.Rule("problem", "quality", "reshoring", 3, "Better at home."),
    ]
    ranked = {o.key: o for o in engine.rank_options(answers, rules)}
    # Level 0 is "not a goal"; problems count only when the work is offshored.
    assert ranked["offshore_outsourcing"].reasons == ()
    assert ranked["reshoring"].reasons == ()
