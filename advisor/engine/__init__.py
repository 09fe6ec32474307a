"""The advisor's engine: answers in, every sourcing model ranked and explained out.

Pure Python with no Django imports, so it can be tested exhaustively. One
module a concern, each importing only those before it: `geography` (the
distance bands), `questions` (the vocabulary: questions, answers, options),
`answers` (typed answers and the facts rules match), `scoring` (rules,
ranking, close calls, what a rule set must keep), `whatif` (what would change
the result). This module puts them together (`recommend`) and is what
the rest of the site imports.

Scoring: each answer becomes a Fact with a strength: a goal's priority (3 for
the first of up to three, 1 for the third), and for every other answer 3, so
facts, constraints and reported problems weigh on the same scale as goals.
Every Rule whose (question, answer) matches a fact adds `weight x strength`
points to one option, or rules the option out, unless another answer excludes
its premise. Each contribution is kept as a Reason that names the answer which
caused it. "Not sure" matches no rule, so it moves nothing. What a rule set
must keep to be accepted (an essential constraint outweighs the first-priority
goal pulling the other way, one answer about distance moves a band one way, no
capacity abroad rules out what needs it) is `rule_set_problems`.

Honesty about the result (`recommend`):
- fit: where an option's score lies between the worst and the best score any
  option could have reached with these answers (0-100), in words;
- ties and close calls between the first two open options are labelled, and a
  tie is broken by a stated rule, never silently;
- "what would change this": the fewest changes of what the manager chooses
  (goals and their priority, control, size, duration) that put another option
  first; facts and constraints are never proposed;
- "worth finding out": answers given as "Not sure" that would change the
  result; and when no choice changes it, the fact that fixes it (`fixed_by`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .answers import (
    FACT_STRENGTH,
    GOAL_NAMES,
    Answers,
    ConstraintAnswers,
    ConstraintsData,
    Fact,
    GoalAnswers,
    GoalsData,
    ProblemsData,
    ProcessAnswers,
    ProcessData,
    SituationAnswers,
    SituationData,
    StepAnswers,
    answer_facts,
    facts_from,
    levels_from_priorities,
    premise_answers,
    priorities_from_levels,
)
from .questions import (
    ABROAD_TODAY,
    CHOOSABLE,
    DEFAULT_OPTIONS,
    ESSENTIAL_ANSWERS,
    GEOGRAPHIC_QUESTIONS,
    GOAL_LEVELS,
    LEGACY_ANSWERS,
    MAX_PRIORITIES,
    NEEDS_ENTITY_ABROAD,
    NO_ENTITY_CAPACITY,
    PREMISE_QUESTIONS,
    QUESTIONS,
    RUNS_TODAY,
    UNSURE,
    UNSURE_QUESTIONS,
    Answer,
    Option,
    Question,
    asks_about_problems,
)
from .scoring import (
    CLOSE_CALL_FIT_GAP,
    FIT_LABELS,
    CloseCall,
    Premise,
    RankedOption,
    Reason,
    Rule,
    RuleIndex,
    Source,
    find_close_call,
    fit_label,
    index_rules,
    points_for,
    premise_problem,
    rank_options,
    rule_set_problems,
    score_range,
)
from .whatif import (
    ADJUSTABLE,
    MAX_CHANGES,
    AnswerChange,
    Finding,
    Outcome,
    WhatIf,
    apply_changes,
    fixed_by,
    possible_changes,
    what_would_change,
    with_answer,
    worth_finding_out,
)

__all__ = [
    "ABROAD_TODAY",
    "ADJUSTABLE",
    "Answer",
    "AnswerChange",
    "Answers",
    "CHOOSABLE",
    "CLOSE_CALL_FIT_GAP",
    "CloseCall",
    "ConstraintAnswers",
    "ConstraintsData",
    "DEFAULT_OPTIONS",
    "ESSENTIAL_ANSWERS",
    "FACT_STRENGTH",
    "FIT_LABELS",
    "Fact",
    "Finding",
    "GEOGRAPHIC_QUESTIONS",
    "GOAL_LEVELS",
    "GOAL_NAMES",
    "GoalAnswers",
    "GoalsData",
    "LEGACY_ANSWERS",
    "MAX_CHANGES",
    "MAX_PRIORITIES",
    "NEEDS_ENTITY_ABROAD",
    "NO_ENTITY_CAPACITY",
    "Option",
    "Outcome",
    "PREMISE_QUESTIONS",
    "Premise",
    "ProblemsData",
    "ProcessAnswers",
    "ProcessData",
    "QUESTIONS",
    "Question",
    "RUNS_TODAY",
    "RankedOption",
    "Reason",
    "Recommendation",
    "Rule",
    "RuleIndex",
    "SituationAnswers",
    "SituationData",
    "Source",
    "StepAnswers",
    "UNSURE",
    "UNSURE_QUESTIONS",
    "WhatIf",
    "answer_facts",
    "apply_changes",
    "asks_about_problems",
    "facts_from",
    "find_close_call",
    "fit_label",
    "fixed_by",
    "index_rules",
    "levels_from_priorities",
    "points_for",
    "premise_problem",
    "possible_changes",
    "premise_answers",
    "priorities_from_levels",
    "rank_options",
    "recommend",
    "rule_set_problems",
    "score_range",
    "what_would_change",
    "with_answer",
    "worth_finding_out",
]


@dataclass(frozen=True)
class Recommendation:
    ranking: tuple[RankedOption, ...]
    close_call: CloseCall | None
    what_would_change: tuple[WhatIf, ...]
    worth_finding_out: tuple[Finding, ...] = ()
    fixed_by: str = ""

    @property
    def top(self) -> RankedOption:
        return self.ranking[0]


def recommend(
    answers: Answers,
    rules: Sequence[Rule],
    options: Sequence[Option] = DEFAULT_OPTIONS,
) -> Recommendation:
    """The ranking with how sure it is and what would change it."""
    index = index_rules(rules)
    ranking = tuple(rank_options(answers, index, options))
    changes = what_would_change(answers, index, options)
    return Recommendation(
        ranking,
        find_close_call(ranking),
        changes,
        worth_finding_out(answers, index, options),
        "" if changes else fixed_by(answers, index, options),
    )
