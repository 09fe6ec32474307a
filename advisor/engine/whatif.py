"""What would change the result: the fewest changes of what the manager
chooses that put another option first; what is worth finding out among the
answers given as "Not sure"; and, when no choice changes the result, which
fact or constraint fixes it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from .answers import GOAL_NAMES, Answers, Fact, answer_facts, facts_from
from .questions import (
    CHOOSABLE,
    DEFAULT_OPTIONS,
    GOAL_LEVELS,
    PREMISE_QUESTIONS,
    QUESTIONS,
    UNSURE,
    UNSURE_QUESTIONS,
    Option,
)
from .scoring import Rule, RuleIndex, index_rules, points_for, rank_options

# --- What would change this ------------------------------------------------

# What a manager chooses, besides the goals and their priority. Facts (the
# process, today's situation, the problems seen) and constraints set by law,
# contract or security are never proposed as a change: they are what is.
ADJUSTABLE: tuple[str, ...] = CHOOSABLE
# At most this many answers changed together: beyond two, it is another case.
MAX_CHANGES = 2


@dataclass(frozen=True)
class AnswerChange:
    field: str  # a question key, or a goal's name for its importance
    value: str | int
    condition: str  # completes "... would come first if ..."
    distance: int  # steps along the answer's scale: small changes first


@dataclass(frozen=True)
class WhatIf:
    option: str
    option_name: str
    changes: tuple[AnswerChange, ...]

    @property
    def text(self) -> str:
        conditions = " and ".join(change.condition for change in self.changes)
        return f"{self.option_name} would come first if {conditions}."


def _level_words(level: int) -> str:
    words = dict(GOAL_LEVELS)[level].lower()
    return words if level == 0 else f"your {words}"


def possible_changes(answers: Answers) -> list[AnswerChange]:
    """Every single answer change a manager could make, smallest first."""
    changes: list[AnswerChange] = []
    for goal in GOAL_NAMES:
        level: int = getattr(answers.goals, goal)
        noun = QUESTIONS["goal"].answer(goal).condition
        for new, _ in GOAL_LEVELS:
            if new != level:
                words = _level_words(new)
                changes.append(
                    AnswerChange(goal, new, f"{noun} were {words}", abs(new - level))
                )
    plain = {**vars(answers.process), **vars(answers.constraints)}
    for key in ADJUSTABLE:
        question = QUESTIONS[key]
        now = question.values.index(plain[key])
        for position, answer in enumerate(question.answers):
            if position != now:
                changes.append(
                    AnswerChange(
                        key, answer.value, answer.condition, abs(position - now)
                    )
                )
    changes.sort(key=lambda change: change.distance)
    return changes


def apply_changes(answers: Answers, changes: Iterable[AnswerChange]) -> Answers:
    for change in changes:
        for part in ("process", "goals", "constraints"):
            record = getattr(answers, part)
            if change.field in vars(record):
                answers = replace(
                    answers, **{part: replace(record, **{change.field: change.value})}
                )
                break
        else:
            raise KeyError(f"Cannot change {change.field}")
    return answers


def what_would_change(
    answers: Answers,
    rules: Sequence[Rule] | RuleIndex,
    options: Sequence[Option] = DEFAULT_OPTIONS,
    limit: int = 3,
) -> tuple[WhatIf, ...]:
    """For up to `limit` other options, the fewest changes of what the manager
    chooses that would put each first: runners-up first, single changes
    before pairs.

    Only which option comes first matters here, so each change is judged by
    the tallies it moves (`Outcome`), never by ranking changed answers in
    full: about fifty single changes, and pairs when no single one is enough,
    are tried on every finished wizard run.
    """
    index = rules if isinstance(rules, Mapping) else index_rules(rules)
    base = _outcome(answers, facts_from(answers), index, options)
    order = _ranked_keys(base, options)
    top = order[0]
    found: dict[str, tuple[AnswerChange, ...]] = {}

    def consider(changes: tuple[AnswerChange, ...], outcome: Outcome) -> None:
        new_top = _first_key(outcome, options)
        if new_top != top and not outcome[new_top][1]:
            best = found.get(new_top)
            if best is None or _cost(changes) < _cost(best):
                found[new_top] = changes

    now = {**vars(answers.process), **vars(answers.goals), **vars(answers.constraints)}
    # What each answer contributes now: taken away when the answer changes.
    # A premise never names what changes here, so these add up answer by answer.
    contributed = {
        key: _outcome(answers, answer_facts(key, value), index, options)
        for key, value in now.items()
        if key in GOAL_NAMES or key in ADJUSTABLE
    }

    def moved(change: AnswerChange) -> Outcome:
        new = answer_facts(change.field, change.value)
        return _combine(
            base, _outcome(answers, new, index, options), contributed[change.field]
        )

    singles = [(change, moved(change)) for change in possible_changes(answers)]
    for change, outcome in singles:
        consider((change,), outcome)
    if not found:
        _consider_pairs(base, singles, consider)
    names = {option.key: option.name for option in options}
    keys = sorted(found, key=order.index)[:limit]
    return tuple(WhatIf(key, names[key], found[key]) for key in keys)


# Option key: (score, how many answers rule it out, points against): what
# `rank_options` sorts by. All three add up answer by answer (fact by fact),
# and a change never touches the situation, which alone makes one answer's
# points depend on another's (`_points`).
Outcome = dict[str, tuple[int, int, int]]


def _outcome(
    answers: Answers, facts: Sequence[Fact], index: RuleIndex, options: Sequence[Option]
) -> Outcome:
    """What these facts, of these answers, give each option."""
    matched = points_for(answers, facts, index)
    outcome = {}
    for option in options:
        score = outs = against = 0
        for _, rule, points in matched.get(option.key, ()):
            score += points
            outs += rule.rules_out
            against -= min(points, 0)
        outcome[option.key] = (score, outs, against)
    return outcome


def _ranked_keys(outcome: Outcome, options: Sequence[Option]) -> list[str]:
    """Option keys in `rank_options`' order, from tallies."""
    return [key for _, key in sorted(_sort_keys(outcome, options))]


def _first_key(outcome: Outcome, options: Sequence[Option]) -> str:
    return min(_sort_keys(outcome, options))[1]


def _sort_keys(
    outcome: Outcome, options: Sequence[Option]
) -> list[tuple[tuple[bool, int, int, int], str]]:
    """`rank_options`' sort key for each option, with the option's key. The
    position makes each sort key unique, so option keys are never compared."""
    keys = []
    for position, option in enumerate(options):
        score, outs, against = outcome[option.key]
        keys.append(((outs > 0, -score, against, position), option.key))
    return keys


def _consider_pairs(
    base: Outcome,
    singles: Sequence[tuple[AnswerChange, Outcome]],
    consider: Callable[[tuple[AnswerChange, ...], Outcome], None],
) -> None:
    """Pairs of changes to different answers. Tallies add up answer by answer,
    so a pair moves each option by the sum of what its two changes move it,
    and needs no ranking of its own."""
    for (first, one), (second, two) in combinations(singles, MAX_CHANGES):
        if first.field != second.field:
            consider((first, second), _combine(one, two, base))


def _combine(one: Outcome, two: Outcome, less: Outcome) -> Outcome:
    """`one` + `two` - `less`, option by option and tally by tally."""
    return {
        key: (
            one[key][0] + two[key][0] - score,
            one[key][1] + two[key][1] - outs,
            one[key][2] + two[key][2] - against,
        )
        for key, (score, outs, against) in less.items()
    }


def _cost(changes: Sequence[AnswerChange]) -> int:
    return sum(change.distance for change in changes)


# --- Worth finding out, and what fixes the result ------------------------------


@dataclass(frozen=True)
class Finding:
    """An answer given as "Not sure" whose true value would change the result."""

    question: str
    answer: str
    option: str
    option_name: str
    text: str  # "If it turned out that ..., X would come first."


def with_answer(answers: Answers, key: str, value: str) -> Answers:
    """The answers with one plain (not a goal) answer replaced."""
    if key == "current":
        return replace(answers, situation=replace(answers.situation, current=value))
    for part in ("process", "constraints"):
        record = getattr(answers, part)
        if key in vars(record):
            return replace(answers, **{part: replace(record, **{key: value})})
    raise KeyError(f"Cannot change {key}")


def _first_open(answers: Answers, index: RuleIndex, options: Sequence[Option]) -> str:
    return rank_options(answers, index, options)[0].key


def worth_finding_out(
    answers: Answers,
    rules: Sequence[Rule] | RuleIndex,
    options: Sequence[Option] = DEFAULT_OPTIONS,
) -> tuple[Finding, ...]:
    """For each answer given as "Not sure", the values it could turn out to
    have that would put another option first. Ranked in full: a premise may
    name the answer, so its effect does not add up like a choice's."""
    index = rules if isinstance(rules, Mapping) else index_rules(rules)
    top = _first_open(answers, index, options)
    names = {option.key: option.name for option in options}
    plain = {**vars(answers.process), **vars(answers.constraints)}
    findings = []
    for key in UNSURE_QUESTIONS:
        if plain.get(key) != UNSURE:
            continue
        for answer in QUESTIONS[key].answers:
            if answer.value == UNSURE:
                continue
            new_top = _first_open(
                with_answer(answers, key, answer.value), index, options
            )
            if new_top != top:
                findings.append(
                    Finding(
                        key,
                        answer.value,
                        new_top,
                        names[new_top],
                        f"If it turned out that {answer.condition}, "
                        f"{names[new_top]} would come first.",
                    )
                )
    return tuple(findings)


# Facts and constraints, in the order a manager would name what decides.
FIXING_QUESTIONS: tuple[str, ...] = (
    *[key for key in PREMISE_QUESTIONS if key != "current"],
    "current",
    "function",
    "coreness",
    "work_type",
)


def fixed_by(
    answers: Answers,
    rules: Sequence[Rule] | RuleIndex,
    options: Sequence[Option] = DEFAULT_OPTIONS,
) -> str:
    """When no choice changes the result, the fact or constraint that does,
    said plainly ("" when none alone does)."""
    index = rules if isinstance(rules, Mapping) else index_rules(rules)
    top = _first_open(answers, index, options)
    plain = {
        **vars(answers.process),
        **vars(answers.constraints),
        "current": answers.situation.current,
    }
    for key in FIXING_QUESTIONS:
        question = QUESTIONS[key]
        for answer in question.values:
            if answer in (plain[key], UNSURE):
                continue
            if _first_open(with_answer(answers, key, answer), index, options) != top:
                label = question.label(str(plain[key]))
                return (
                    f"Your answer “{label}” decides this: no change to your "
                    "goals, control, size or duration would put another option "
                    "first."
                )
    return ""
