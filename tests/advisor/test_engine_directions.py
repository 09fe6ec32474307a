"""The default rules point where the outsourcing literature points.

These tests feed the engine whole answer sets and check what a visitor would
see: which model comes first, which are ruled out, and which answer each reason
names. No database: only `advisor.engine` and `advisor.default_rules`.
"""

import itertools
import re
from dataclasses import replace

import pytest

from advisor.default_rules import (
    DEFAULT_RULES,
    OPTION_CONTENT,
    as_engine_rule,
    engine_rules,
)
from advisor.engine import (
    DEFAULT_OPTIONS,
    QUESTIONS,
    Answers,
    ConstraintAnswers,
    GoalAnswers,
    ProcessAnswers,
    RankedOption,
    Rule,
    SituationAnswers,
    rank_options,
)

RULES = engine_rules()
OPTION_KEYS = [option.key for option in DEFAULT_OPTIONS]

ONSHORE = {"in_house", "domestic_outsourcing", "reshoring"}
THIRD_PARTY = {"domestic_outsourcing", "nearshore_outsourcing", "offshore_outsourcing"}
OFFSHORE = {"offshore_outsourcing", "captive_offshore", "build_operate_transfer"}
ABROAD = OFFSHORE | {"nearshore_outsourcing"}

# A case that leans nowhere: every answer in the middle, no goals.
BASELINE = {
    "function": "other",
    "coreness": "supporting",
    "work_type": "mixed",
    "volume": "medium",
    "duration": "medium",
    "data_residency": "none",
    "ip_sensitivity": "medium",
    "hours_overlap": "some",
    "culture_closeness": "medium",
    "control": "medium",
    "foreign_capacity": "some",
    "cost_gap": "moderate",
    "current": "in_house",
    "problems": frozenset(),
}
GOALS = tuple(GoalAnswers.__dataclass_fields__)


def make_answers(**overrides) -> Answers:
    """The neutral baseline, changed by keyword: any question key, `problems`,
    or a goal's name with its importance (`cost=3`)."""
    unknown = set(overrides) - set(BASELINE) - set(GOALS)
    if unknown:
        raise TypeError(f"Unknown answers: {sorted(unknown)}")
    values = {**BASELINE, **{k: v for k, v in overrides.items() if k not in GOALS}}
    return Answers(
        process=ProcessAnswers(
            **{k: values[k] for k in ProcessAnswers.__dataclass_fields__}
        ),
        goals=GoalAnswers(**{k: v for k, v in overrides.items() if k in GOALS}),
        constraints=ConstraintAnswers(
            **{k: values[k] for k in ConstraintAnswers.__dataclass_fields__}
        ),
        situation=SituationAnswers(
            current=values["current"], problems=frozenset(values["problems"])
        ),
    )


def rank(**overrides) -> list[RankedOption]:
    return rank_options(make_answers(**overrides), RULES)


def by_key(**overrides) -> dict[str, RankedOption]:
    return {ranked.key: ranked for ranked in rank(**overrides)}


def scores(**overrides) -> dict[str, int]:
    return {ranked.key: ranked.score for ranked in rank(**overrides)}


def first(**overrides) -> str:
    """The option a visitor sees recommended first (never a ruled-out one)."""
    top = rank(**overrides)[0]
    assert not top.ruled_out, "every option was ruled out"
    return top.key


def position(ranking: list[RankedOption], key: str) -> int:
    return next(ranked.rank for ranked in ranking if ranked.key == key)


# --- The rules themselves ----------------------------------------------------

RULE_KEYS = {
    "question",
    "answer",
    "option",
    "weight",
    "rules_out",
    "explanation",
    "source",
}


@pytest.mark.parametrize(
    "entry", DEFAULT_RULES, ids=lambda r: "{question}={answer}->{option}".format(**r)
)
def test_every_default_rule_is_a_valid_engine_rule(entry):
    assert set(entry) == RULE_KEYS
    rule = as_engine_rule(entry)  # raises for an unknown question or answer
    assert rule.option in OPTION_KEYS
    assert entry["answer"] in QUESTIONS[entry["question"]].values
    assert 0 < len(entry["explanation"]) <= 200
    assert entry["explanation"][0].isupper() and entry["explanation"].endswith(".")
    assert entry["source"].strip()
    assert -5 <= entry["weight"] <= 5
    if entry["question"] == "goal":
        assert -2 <= entry["weight"] <= 3
        assert not entry["rules_out"]
    if entry["rules_out"]:
        assert entry["weight"] == 0, "a rule-out's weight is never used"
    else:
        assert entry["weight"] != 0, "a zero weight shows no reason"


def test_engine_rules_mirror_default_rules():
    assert len(RULES) == len(DEFAULT_RULES)
    assert all(isinstance(rule, Rule) for rule in RULES)


def test_no_two_default_rules_share_an_answer_and_option():
    keys = [(r["question"], r["answer"], r["option"]) for r in DEFAULT_RULES]
    assert len(keys) == len(set(keys))


def test_every_option_has_content():
    assert set(OPTION_CONTENT) == set(OPTION_KEYS)


@pytest.mark.parametrize(
    ("option", "term_slug"),
    [
        ("in_house", "in-house"),
        ("domestic_outsourcing", "onshoring"),
        ("nearshore_outsourcing", "nearshoring"),
        ("offshore_outsourcing", "offshoring"),
        ("captive_offshore", "captive-centre"),
        ("build_operate_transfer", "build-operate-transfer"),
        ("out_staffing", "out-staffing"),
        ("reshoring", "reshoring"),
    ],
)
def test_option_content_links_a_term_and_lists_risks_and_steps(option, term_slug):
    content = OPTION_CONTENT[option]
    assert content["term_slug"] == term_slug
    assert content["summary"].strip().endswith(".")
    risks = content["risks"].strip().splitlines()
    steps = content["next_steps"].strip().splitlines()
    assert 3 <= len(risks) <= 5
    assert all(line.startswith("- ") for line in risks)
    assert 3 <= len(steps) <= 5
    assert [int(re.match(r"(\d+)\. ", line).group(1)) for line in steps] == list(
        range(1, len(steps) + 1)
    )


# --- 1. Core and IP-sensitive work stays inside the firm ---------------------


@pytest.mark.parametrize("function", QUESTIONS["function"].values)
def test_core_work_with_sensitive_ip_stays_in_house_or_captive(function):
    top = first(function=function, coreness="core", ip_sensitivity="high")
    assert top in {"in_house", "captive_offshore"}


@pytest.mark.parametrize("option", sorted(THIRD_PARTY))
@pytest.mark.parametrize(
    ("question", "neutral", "sensitive"),
    [("coreness", "supporting", "core"), ("ip_sensitivity", "medium", "high")],
)
def test_core_or_sensitive_work_counts_against_third_parties(
    option, question, neutral, sensitive
):
    before = scores(**{question: neutral})
    after = scores(**{question: sensitive})
    assert after[option] < before[option]
    assert after["in_house"] > before["in_house"]
    assert after["captive_offshore"] > before["captive_offshore"]


def test_core_work_reason_names_the_answer():
    reasons = by_key(coreness="core")["in_house"].reasons
    assert reasons[0].text.startswith("Core to your competitive advantage: ")


# --- 2. Rule-based work suits third parties, judgement needs governance ------


@pytest.mark.parametrize("option", sorted(THIRD_PARTY))
def test_rule_based_work_favours_outsourcing_more_than_judgement(option):
    mixed = scores(work_type="mixed")[option]
    judgement = scores(work_type="judgement")[option]
    rule_based = scores(work_type="rule_based")[option]
    assert mixed <= judgement < rule_based


@pytest.mark.parametrize("option", ["in_house", "captive_offshore", "out_staffing"])
def test_judgement_work_favours_keeping_direction(option):
    assert (
        scores(work_type="judgement")[option] > scores(work_type="rule_based")[option]
    )


@pytest.mark.parametrize("current", ["in_house", "outsourced", "new"])
def test_commodity_rule_based_work_goes_to_a_third_party(current):
    top = first(
        coreness="commodity", work_type="rule_based", control="low", current=current
    )
    assert top in THIRD_PARTY


# --- 3. Data residency rules out options abroad -----------------------------


@pytest.mark.parametrize(
    ("residency", "label", "expected"),
    [
        ("country", "Data must stay in the country", ABROAD),
        ("region", "Data must stay in your region (for example the EU)", OFFSHORE),
        ("none", None, set()),
    ],
)
def test_data_residency_rules_options_out_visibly(residency, label, expected):
    # Offshored today, so reshoring is not ruled out for another reason.
    ranking = rank(data_residency=residency, current="offshored")
    out = [ranked for ranked in ranking if ranked.ruled_out]
    assert {ranked.key for ranked in out} == expected
    for ranked in out:
        assert ranked.reasons[0].rules_out
        assert ranked.reasons[0].text.startswith(f"{label}: ")
    # Ruled-out options come last, whatever their score.
    assert [ranked.ruled_out for ranked in ranking] == sorted(
        ranked.ruled_out for ranked in ranking
    )


def test_region_residency_counts_against_nearshore_without_ruling_it_out():
    region = by_key(data_residency="region")["nearshore_outsourcing"]
    assert not region.ruled_out
    assert region.score < scores(data_residency="none")["nearshore_outsourcing"]


@pytest.mark.parametrize("cost", [0, 3])
def test_country_residency_wins_over_a_strong_cost_case(cost):
    top = first(data_residency="country", cost_gap="large", cost=cost)
    assert top not in ABROAD


# --- 4. Working-hours overlap and cultural closeness favour staying close ----


@pytest.mark.parametrize(
    "overrides",
    [
        {"hours_overlap": "full"},
        {"culture_closeness": "high"},
        {"hours_overlap": "full", "culture_closeness": "high"},
        {"hours_overlap": "full", "current": "offshored"},
        {"culture_closeness": "high", "cost": 1},
    ],
)
def test_overlap_or_closeness_ranks_onshore_and_nearshore_above_offshore(overrides):
    ranking = rank(**overrides)
    close = ONSHORE | {"nearshore_outsourcing"}
    best_close = min(position(ranking, key) for key in close)
    best_offshore = min(position(ranking, key) for key in OFFSHORE)
    assert best_close < best_offshore
    assert first(**overrides) in close


@pytest.mark.parametrize(
    ("question", "neutral", "strict"),
    [("hours_overlap", "some", "full"), ("culture_closeness", "medium", "high")],
)
def test_overlap_or_closeness_counts_against_each_offshore_option(
    question, neutral, strict
):
    before = scores(**{question: neutral})
    after = scores(**{question: strict})
    for key in OFFSHORE:
        assert after[key] <= before[key]
    assert after["offshore_outsourcing"] < before["offshore_outsourcing"]
    for key in ("in_house", "domestic_outsourcing"):
        assert after[key] > before[key]


# --- 5. A large cost gap favours offshore; a small one is eaten --------------


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"function": "it"},
        {"function": "finance", "coreness": "commodity"},
        {"work_type": "judgement"},
        {"current": "new", "volume": "large"},
    ],
)
def test_large_cost_gap_with_cost_essential_puts_an_offshore_option_first(overrides):
    assert first(cost_gap="large", cost=3, **overrides) in OFFSHORE


def test_small_cost_gap_counts_against_offshore_and_for_home():
    moderate = scores(cost_gap="moderate")
    small = scores(cost_gap="small")
    for key in OFFSHORE:
        assert small[key] < moderate[key]
    for key in ("in_house", "domestic_outsourcing"):
        assert small[key] > moderate[key]


@pytest.mark.parametrize("cost", [0, 1])
def test_small_cost_gap_keeps_work_at_home(cost):
    ranking = rank(cost_gap="small", cost=cost)
    worst_home = max(position(ranking, k) for k in ("in_house", "domestic_outsourcing"))
    best_offshore = min(position(ranking, key) for key in OFFSHORE)
    assert worst_home < best_offshore


# --- 6. Own entities abroad need scale, time and capacity --------------------


def test_large_long_operations_favour_a_captive_centre():
    before = scores()
    after = scores(volume="large", duration="long")
    assert after["captive_offshore"] > before["captive_offshore"]
    assert first(volume="large", duration="long", foreign_capacity="strong") == (
        "captive_offshore"
    )


@pytest.mark.parametrize(
    "overrides", [{"volume": "small"}, {"duration": "short"}], ids=str
)
@pytest.mark.parametrize("option", ["captive_offshore", "build_operate_transfer"])
def test_small_or_short_operations_count_against_own_entities(overrides, option):
    assert scores(**overrides)[option] < scores()[option]


def test_no_foreign_capacity_counts_against_captive_without_ruling_it_out():
    ranking = by_key(foreign_capacity="none")
    captive = ranking["captive_offshore"]
    assert not captive.ruled_out
    assert captive.score < scores()["captive_offshore"]
    assert ranking["build_operate_transfer"].score > captive.score
    assert ranking["offshore_outsourcing"].score > captive.score


def test_no_foreign_capacity_steers_a_large_long_case_away_from_captive():
    ranking = rank(volume="large", duration="long", cost=2, foreign_capacity="none")
    assert position(ranking, "build_operate_transfer") < position(
        ranking, "captive_offshore"
    )
    assert position(ranking, "offshore_outsourcing") < position(
        ranking, "captive_offshore"
    )


def test_strong_foreign_capacity_favours_captive():
    assert (
        scores(foreign_capacity="strong")["captive_offshore"]
        > (scores()["captive_offshore"])
    )
    ranking = rank(foreign_capacity="strong", volume="large", duration="long")
    assert position(ranking, "captive_offshore") < position(
        ranking, "build_operate_transfer"
    )


# --- 7. A fast start with later ownership: build-operate-transfer ------------


@pytest.mark.parametrize("speed", [2, 3])
@pytest.mark.parametrize("foreign_capacity", ["none", "some"])
def test_speed_with_long_horizon_and_little_capacity_favours_bot(
    speed, foreign_capacity
):
    top = first(
        speed=speed,
        duration="long",
        volume="large",
        foreign_capacity=foreign_capacity,
    )
    assert top == "build_operate_transfer"


def test_bot_reason_names_the_speed_goal():
    reasons = by_key(speed=3)["build_operate_transfer"].reasons
    assert any(
        r.text.startswith("Goal: speed and scale (essential): ") for r in reasons
    )


# --- 8. Day-to-day control: out-staffing or in-house -------------------------


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"function": "it"},
        {"coreness": "commodity", "work_type": "rule_based"},
        {"cost_gap": "large"},
        {"skills": 2},
    ],
)
def test_high_control_ranks_out_staffing_above_outsourcing(overrides):
    ranking = rank(control="high", **overrides)
    for key in THIRD_PARTY:
        assert position(ranking, "out_staffing") < position(ranking, key)
    assert first(control="high", **overrides) in {"out_staffing", "in_house"}


def test_low_control_favours_outsourcing_and_not_out_staffing():
    medium = scores(control="medium")
    low = scores(control="low")
    for key in THIRD_PARTY:
        assert low[key] > medium[key]
    assert low["out_staffing"] < medium["out_staffing"]
    assert first(control="low") in THIRD_PARTY


def test_outsourcing_reason_says_the_provider_directs_the_work():
    reasons = by_key(control="high")["offshore_outsourcing"].reasons
    assert reasons[0].text.startswith("You want to direct the people day to day: ")
    assert reasons[0].points < 0


# --- 9. Problems offshore: reshoring and nearshoring -------------------------


@pytest.mark.parametrize(
    "problems",
    [
        {"quality", "lead_times"},
        {"quality"},
        {"hidden_costs"},
        {"lead_times"},
        {"communication"},
        {"risk"},
        {"quality", "hidden_costs", "lead_times", "communication", "risk"},
    ],
    ids=lambda p: "+".join(sorted(p)),
)
@pytest.mark.parametrize(
    "overrides", [{}, {"cost": 2}, {"function": "operations"}], ids=str
)
def test_offshore_problems_rank_reshoring_or_nearshore_above_offshore(
    problems, overrides
):
    ranking = rank(current="offshored", problems=problems, **overrides)
    best_move = min(
        position(ranking, "reshoring"), position(ranking, "nearshore_outsourcing")
    )
    assert best_move < position(ranking, "offshore_outsourcing")
    assert ranking[0].key in {"reshoring", "nearshore_outsourcing"}


def test_communication_problems_favour_nearshore_then_reshoring():
    ranking = rank(current="offshored", problems={"communication"})
    assert ranking[0].key == "nearshore_outsourcing"
    assert position(ranking, "reshoring") < position(ranking, "offshore_outsourcing")


def test_offshored_without_problems_does_not_push_reshoring():
    assert scores(current="offshored")["reshoring"] <= 0


def test_problems_only_count_when_offshored():
    # The wizard only asks about problems offshore when the work is offshored.
    assert scores(current="in_house", problems={"quality"}) == scores(
        current="in_house"
    )


# --- 10. Reshoring needs something abroad to bring back ----------------------


@pytest.mark.parametrize("current", ["new", "in_house", "outsourced"])
def test_reshoring_is_ruled_out_unless_offshored(current):
    ranking = rank(current=current, quality=3)
    reshoring = next(ranked for ranked in ranking if ranked.key == "reshoring")
    assert reshoring.ruled_out
    # Even an essential quality goal cannot lift it above an open option.
    assert all(r.rank < reshoring.rank for r in ranking if not r.ruled_out)
    label = QUESTIONS["current"].label(current)
    assert reshoring.reasons[0].text.startswith(f"{label}: ")
    assert "nothing abroad to bring back" in reshoring.reasons[0].text


def test_reshoring_is_open_when_offshored():
    assert not by_key(current="offshored")["reshoring"].ruled_out


# --- 11. Goals ----------------------------------------------------------------

GOAL_FAVOURS = {
    "cost": OFFSHORE,
    "skills": THIRD_PARTY | {"out_staffing"},
    "focus": THIRD_PARTY,
    "speed": THIRD_PARTY | {"out_staffing", "build_operate_transfer"},
    "markets": {"captive_offshore", "nearshore_outsourcing", "offshore_outsourcing"}
    | {"build_operate_transfer"},
    "quality": {"in_house", "reshoring", "nearshore_outsourcing"},
}


@pytest.mark.parametrize("current", ["in_house", "offshored"])
@pytest.mark.parametrize("goal", GOALS)
def test_an_essential_goal_puts_a_model_serving_it_first(goal, current):
    assert first(current=current, **{goal: 3}) in GOAL_FAVOURS[goal]


@pytest.mark.parametrize("goal", GOALS)
def test_raising_a_goal_never_lowers_the_options_serving_it(goal):
    levels = [scores(current="offshored", **{goal: level}) for level in range(4)]
    for key in GOAL_FAVOURS[goal]:
        assert [s[key] for s in levels] == sorted(s[key] for s in levels)


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        ("focus", "domestic_outsourcing"),
        ("skills", "out_staffing"),
        ("quality", "in_house"),
        ("markets", "captive_offshore"),
    ],
)
def test_goal_moves_its_models_up(goal, expected):
    assert scores(**{goal: 2})[expected] > scores()[expected]


def test_focus_does_not_favour_in_house():
    assert scores(focus=3)["in_house"] <= scores()["in_house"]


def test_goal_reason_names_its_importance():
    reasons = by_key(cost=2)["offshore_outsourcing"].reasons
    assert reasons[0].text.startswith("Goal: lower cost (important): ")
    assert reasons[0].points > 0


# --- Function ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("function", "option"),
    [
        ("it", "out_staffing"),
        ("it", "offshore_outsourcing"),
        ("hr", "domestic_outsourcing"),
        ("customer_service", "nearshore_outsourcing"),
        ("analytics", "captive_offshore"),
        ("operations", "reshoring"),
    ],
)
def test_function_rules_push_mature_markets(function, option):
    assert (
        scores(function=function, current="offshored")[option]
        > (scores(current="offshored")[option])
    )


# --- Every option can win; ties are deterministic ----------------------------

FIRST_CHOICE_CASES = {
    "in_house": dict(
        coreness="core", ip_sensitivity="high", control="high", hours_overlap="full"
    ),
    "domestic_outsourcing": dict(
        function="hr",
        coreness="commodity",
        work_type="rule_based",
        data_residency="country",
        culture_closeness="high",
        control="low",
        cost_gap="small",
        current="outsourced",
        focus=3,
    ),
    "nearshore_outsourcing": dict(
        function="customer_service",
        work_type="rule_based",
        control="low",
        current="offshored",
        problems={"communication", "lead_times"},
        cost=2,
    ),
    "offshore_outsourcing": dict(
        coreness="commodity",
        work_type="rule_based",
        hours_overlap="low",
        culture_closeness="low",
        control="low",
        foreign_capacity="none",
        cost_gap="large",
        cost=3,
    ),
    "captive_offshore": dict(
        function="analytics",
        coreness="core",
        work_type="judgement",
        volume="large",
        duration="long",
        ip_sensitivity="high",
        hours_overlap="low",
        foreign_capacity="strong",
        cost_gap="large",
        cost=2,
    ),
    "build_operate_transfer": dict(
        volume="large",
        duration="long",
        foreign_capacity="none",
        cost_gap="large",
        cost=2,
        speed=2,
        markets=2,
    ),
    "out_staffing": dict(
        function="it",
        volume="small",
        duration="short",
        control="high",
        skills=3,
        speed=2,
    ),
    "reshoring": dict(
        function="operations",
        hours_overlap="full",
        culture_closeness="high",
        cost_gap="small",
        current="offshored",
        problems={"quality", "lead_times", "hidden_costs"},
        quality=3,
    ),
}


def test_every_option_has_a_first_choice_case():
    assert set(FIRST_CHOICE_CASES) == set(OPTION_KEYS)


@pytest.mark.parametrize("option", OPTION_KEYS)
def test_every_option_can_be_recommended_first(option):
    assert first(**FIRST_CHOICE_CASES[option]) == option


@pytest.mark.parametrize("option", OPTION_KEYS)
def test_same_answers_give_the_same_ranking(option):
    answers = make_answers(**FIRST_CHOICE_CASES[option])
    assert rank_options(answers, RULES) == rank_options(answers, RULES)
    assert rank_options(answers, RULES) == rank_options(answers, list(RULES))


def test_with_all_zero_rules_the_ranking_follows_the_default_options():
    zero = [replace(rule, weight=0, rules_out=False) for rule in RULES]
    for rules in (zero, []):
        ranking = rank_options(make_answers(cost=3, current="offshored"), rules)
        assert [ranked.key for ranked in ranking] == OPTION_KEYS
        assert [ranked.rank for ranked in ranking] == list(range(1, 9))
        assert all(ranked.score == 0 and not ranked.reasons for ranked in ranking)


# --- Hard constraints hold whatever else is answered -------------------------


@pytest.mark.parametrize("residency", QUESTIONS["data_residency"].values)
def test_hard_constraints_hold_across_many_answer_sets(residency):
    expected_abroad = {"country": ABROAD, "region": OFFSHORE, "none": set()}[residency]
    for function, coreness, work_type, current, cost_gap in itertools.product(
        QUESTIONS["function"].values,
        QUESTIONS["coreness"].values,
        QUESTIONS["work_type"].values,
        QUESTIONS["current"].values,
        QUESTIONS["cost_gap"].values,
    ):
        ranking = rank(
            function=function,
            coreness=coreness,
            work_type=work_type,
            current=current,
            cost_gap=cost_gap,
            data_residency=residency,
            cost=3,
        )
        out = {ranked.key for ranked in ranking if ranked.ruled_out}
        expected = set(expected_abroad)
        if current != "offshored":
            expected.add("reshoring")
        assert out == expected
        assert not ranking[0].ruled_out
