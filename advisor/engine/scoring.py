"""Rules, the ranking of every option with its reasons and 0-100 fit, and the
labelling of ties and close calls."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .answers import Answers, Fact, facts_from, premise_answers
from .geography import OPTION_BANDS
from .questions import (
    DEFAULT_OPTIONS,
    ESSENTIAL_ANSWERS,
    GEOGRAPHIC_QUESTIONS,
    NEEDS_ENTITY_ABROAD,
    NO_ENTITY_CAPACITY,
    PREMISE_QUESTIONS,
    QUESTIONS,
    RUNS_TODAY,
    UNSURE,
    Option,
    asks_about_problems,
)

# --- Rules and results ------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """The cited work a rule rests on, and where in it (section, page, table)."""

    title: str
    url: str
    authors: str = ""
    year: int | None = None
    publisher: str = ""
    locator: str = ""


Premise = frozenset[tuple[str, str]]


@dataclass(frozen=True)
class Rule:
    """If `question` was answered `answer`, move `option` by `weight` points
    (times the answer's strength), or rule it out.

    `excluded_by`: the answers (of constraints or the current situation, which
    the what-if never changes) under which the rule's premise is false, so it
    does not fire; `premise` says that premise in words for editors."""

    question: str
    answer: str
    option: str
    weight: int
    explanation: str
    rules_out: bool = False
    source: Source | None = None
    premise: str = ""
    excluded_by: Premise = frozenset()

    def __post_init__(self) -> None:
        question = QUESTIONS.get(self.question)
        if question is None or self.answer not in question.values:
            raise ValueError(f"Unknown answer {self.question}={self.answer}")
        if self.answer == UNSURE:
            raise ValueError("“Not sure” moves no option: no rule may match it.")
        if self.rules_out and question.scaled:
            # A goal's importance only ever adds weight; ruling out on a goal
            # would make raising its importance lower the options serving it.
            raise ValueError("A goal cannot rule an option out.")
        for key, value in self.excluded_by:
            problem = premise_problem(self.question, key, value)
            if problem:
                raise ValueError(problem)


def premise_problem(rule_question: str, key: str, value: str) -> str:
    """Why a rule on `rule_question` cannot name key=value as what excludes
    it ("" when it can)."""
    if key not in PREMISE_QUESTIONS:
        return (
            f"A premise may only name a constraint or the current situation, not {key}."
        )
    if value not in QUESTIONS[key].values or value == UNSURE:
        return f"Unknown answer {key}={value} in a premise."
    if key == rule_question:
        return "A premise cannot name the rule's own question."
    return ""


@dataclass(frozen=True)
class Reason:
    answer: str  # the label of the answer that caused it
    explanation: str
    points: int
    rules_out: bool = False
    source: Source | None = None
    premise: str = ""

    @property
    def text(self) -> str:
        return f"{self.answer}: {self.explanation}"


# Fit (0-100) from which a label applies, best first.
FIT_LABELS: tuple[tuple[int, str], ...] = (
    (70, "strong fit"),
    (45, "fair fit"),
    (0, "weak fit"),
)


def fit_label(fit: int) -> str:
    return next(label for floor, label in FIT_LABELS if fit >= floor)


@dataclass(frozen=True)
class RankedOption:
    key: str
    name: str
    rank: int
    score: int
    ruled_out: bool
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    # 0-100: where the score lies between the worst and best possible scores.
    fit: int = 0

    @property
    def fit_label(self) -> str:
        return "ruled out" if self.ruled_out else fit_label(self.fit)

    @property
    def points_against(self) -> int:
        return -sum(reason.points for reason in self.reasons if reason.points < 0)


RuleIndex = Mapping[tuple[str, str], Sequence[Rule]]


def index_rules(rules: Iterable[Rule]) -> dict[tuple[str, str], list[Rule]]:
    """Rules by the (question, answer) they match, in their given order."""
    index: dict[tuple[str, str], list[Rule]] = defaultdict(list)
    for rule in rules:
        index[(rule.question, rule.answer)].append(rule)
    return dict(index)


def points_for(
    answers: Answers, facts: Sequence[Fact], index: RuleIndex
) -> dict[str, list[tuple[Fact, Rule, int]]]:
    """Each option's matched rules with the points they give; a rule whose
    premise another answer excludes does not fire.

    A problem reported with the arrangement running the work today outweighs
    any credit that arrangement would get from the situation or the problems:
    a reason must never praise what the manager just said is going wrong.
    """
    current = answers.situation.current
    troubled = (
        RUNS_TODAY.get(current, frozenset())
        if answers.situation.problems
        else frozenset()
    )
    given = premise_answers(answers)
    matched: dict[str, list[tuple[Fact, Rule, int]]] = defaultdict(list)
    for fact in facts:
        for rule in index.get((fact.question, fact.answer), ()):
            if rule.excluded_by & given:
                continue
            points = 0 if rule.rules_out else rule.weight * fact.strength
            if (
                points > 0
                and rule.option in troubled
                and fact.question in ("current", "problem")
                and asks_about_problems(current)
            ):
                continue
            if points or rule.rules_out:
                matched[rule.option].append((fact, rule, points))
    return matched


def _reasons(matched: Sequence[tuple[Fact, Rule, int]]) -> tuple[Reason, ...]:
    reasons = [
        Reason(
            fact.label,
            rule.explanation,
            points,
            rule.rules_out,
            rule.source,
            rule.premise,
        )
        for fact, rule, points in matched
    ]
    # Rule-outs first, then the strongest reasons: the order a reader needs.
    reasons.sort(key=lambda r: (not r.rules_out, -abs(r.points)))
    return tuple(reasons)


def score_range(
    matched: Mapping[str, Sequence[tuple[Fact, Rule, int]]], option_keys: Iterable[str]
) -> tuple[int, int]:
    """The worst and best score any option could reach with these answers: for
    each answer, the most it takes from or gives to any one option."""
    per_fact: dict[Fact, list[int]] = defaultdict(list)
    for key in option_keys:
        by_fact: dict[Fact, int] = defaultdict(int)
        for fact, _, points in matched.get(key, ()):
            by_fact[fact] += points
        for fact, points in by_fact.items():
            per_fact[fact].append(points)
    best = sum(max(0, *points) for points in per_fact.values())
    worst = sum(min(0, *points) for points in per_fact.values())
    return worst, best


def _fit(score: int, worst: int, best: int) -> int:
    if best == worst:
        return 0  # no answer favours or disfavours anything: no fit to claim
    return round(100 * (score - worst) / (best - worst))


def rank_options(
    answers: Answers,
    rules: Sequence[Rule] | RuleIndex,
    options: Sequence[Option] = DEFAULT_OPTIONS,
) -> list[RankedOption]:
    """Every option, ranked: options still open before ruled-out ones, then by
    score. Ties go to the option with fewer points against it (less that can go
    wrong), then to the order of `options` (the editors' order)."""
    index = rules if isinstance(rules, Mapping) else index_rules(rules)
    matched = points_for(answers, facts_from(answers), index)
    worst, best = score_range(matched, [option.key for option in options])
    scored = []
    for position, option in enumerate(options):
        reasons = _reasons(matched.get(option.key, ()))
        score = sum(reason.points for reason in reasons)
        ruled_out = any(reason.rules_out for reason in reasons)
        against = -sum(r.points for r in reasons if r.points < 0)
        scored.append(((ruled_out, -score, against, position), option, score, reasons))
    scored.sort(key=lambda item: item[0])
    return [
        RankedOption(
            option.key,
            option.name,
            rank,
            score,
            sort_key[0],
            reasons,
            _fit(score, worst, best),
        )
        for rank, (sort_key, option, score, reasons) in enumerate(scored, start=1)
    ]


# --- Ties and close calls ----------------------------------------------------

# Fit points within which the first two open options count as a close call.
CLOSE_CALL_FIT_GAP = 5


@dataclass(frozen=True)
class CloseCall:
    kind: Literal["tie", "close"]
    first: str  # option keys
    runner_up: str
    text: str


def find_close_call(ranking: Sequence[RankedOption]) -> CloseCall | None:
    """A tie or a close call between the first two open options, said plainly."""
    open_options = [option for option in ranking if not option.ruled_out]
    if len(open_options) < 2:
        return None
    first, second = open_options[:2]
    if first.score == second.score:
        why = (
            "fewer of your answers count against it"
            if first.points_against < second.points_against
            else "it comes first in the editors' order of options"
        )
        text = (
            f"A tie: {first.name} and {second.name} both fit {first.fit}/100. "
            f"{first.name} is shown first because {why}."
        )
        return CloseCall("tie", first.key, second.key, text)
    if first.fit - second.fit <= CLOSE_CALL_FIT_GAP:
        gap = first.fit - second.fit
        behind = (
            f"only {gap} point{'s' if gap > 1 else ''} behind"
            if gap
            else "just behind, on the same fit as"
        )
        text = (
            f"A close call: {second.name} ({second.fit}/100) is {behind} "
            f"{first.name} ({first.fit}/100). Weigh the reasons for both before "
            "deciding."
        )
        return CloseCall("close", first.key, second.key, text)
    return None


# --- What any accepted rule set must keep -------------------------------------


def rule_set_problems(rules: Iterable[Rule]) -> list[str]:
    """What makes a set of rules unacceptable, in words an editor can act on:

    - an essential constraint must outweigh the first-priority goal pulling
      the same option the other way (both count three times, so the
      constraint's weight must be the larger);
    - one answer about distance never moves two options of the same band
      (onshore, nearshore, offshore) in opposite directions;
    - with no capacity to run an entity abroad, every option that needs one
      is ruled out, so none of them can come first.
    """
    rules = list(rules)
    return [
        *_essential_problems(rules),
        *_geography_problems(rules),
        *_entity_problems(rules),
    ]


def _pull(rule: Rule) -> int:
    """The direction and size of a rule: a rule-out pulls down past any weight."""
    return -(10**6) if rule.rules_out else rule.weight


def _essential_problems(rules: Sequence[Rule]) -> list[str]:
    goals = [rule for rule in rules if rule.question == "goal"]
    problems = []
    for rule in rules:
        if (rule.question, rule.answer) not in ESSENTIAL_ANSWERS or rule.rules_out:
            continue
        for goal in goals:
            opposed = goal.option == rule.option and goal.weight * rule.weight < 0
            if opposed and abs(goal.weight) >= abs(rule.weight):
                problems.append(
                    f"{rule.question}={rule.answer} moves {rule.option} by "
                    f"{rule.weight}, but the goal {goal.answer} moves it by "
                    f"{goal.weight}: an essential constraint must weigh more "
                    "than any goal pulling the other way."
                )
    return problems


def _geography_problems(rules: Sequence[Rule]) -> list[str]:
    signs: dict[tuple[str, str, object], dict[int, list[str]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for rule in rules:
        bands = OPTION_BANDS.get(rule.option, frozenset())
        # An option spanning bands (out-staffing, BOT) can be either: it is
        # not held to one band's direction.
        if rule.question in GEOGRAPHIC_QUESTIONS and len(bands) == 1:
            (band,) = bands
            sign = 1 if _pull(rule) > 0 else -1
            signs[(rule.question, rule.answer, band)][sign].append(rule.option)
    return [
        f"{question}={answer} moves {' and '.join(sorted(by_sign[1]))} up but "
        f"{' and '.join(sorted(by_sign[-1]))} down, in the same "
        f"{getattr(band, 'value', band)} band: one answer about distance must "
        "move a band one way."
        for (question, answer, band), by_sign in signs.items()
        if by_sign[1] and by_sign[-1]
    ]


def _entity_problems(rules: Sequence[Rule]) -> list[str]:
    ruled_out = {
        rule.option
        for rule in rules
        if (rule.question, rule.answer) == NO_ENTITY_CAPACITY and rule.rules_out
    }
    return [
        f"With no capacity to run an entity abroad, {option} must be ruled out: "
        "it needs one."
        for option in sorted(NEEDS_ENTITY_ABROAD - ruled_out)
    ]
