"""The advisor's engine: answers in, every sourcing model ranked and explained out.

Pure Python with no Django imports, so it can be tested exhaustively. One
module a concern, each importing only those before it: `questions` (the
vocabulary: questions, answers, options), `answers` (typed answers and the facts
rules match), `scoring` (rules, ranking, close calls), `whatif` (what would
change the result). This module puts them together (`recommend`) and is what
the rest of the site imports.

Scoring: each answer becomes a Fact with a strength (1 for a plain answer, the
importance 0-3 for a goal). Every Rule whose (question, answer) matches a fact
adds `weight x strength` points to one option, or rules the option out. Each
contribution is kept as a Reason that names the answer which caused it.

Honesty about the result (`recommend`):
- fit: where an option's score lies between the worst and the best score any
  option could have reached with these answers (0-100), in words;
- ties and close calls between the first two open options are labelled, and a
  tie is broken by a stated rule, never silently;
- "what would change this": the fewest answer changes that put another option
  first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .answers import (
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
)
from .questions import (
    ABROAD_TODAY,
    DEFAULT_OPTIONS,
    GOAL_LEVELS,
    LEGACY_ANSWERS,
    QUESTIONS,
    RUNS_TODAY,
    Answer,
    Option,
    Question,
    asks_about_problems,
)
from .scoring import (
    CLOSE_CALL_FIT_GAP,
    FIT_LABELS,
    CloseCall,
    RankedOption,
    Reason,
    Rule,
    RuleIndex,
    find_close_call,
    fit_label,
    index_rules,
    points_for,
    rank_options,
    score_range,
)
from .whatif import (
    ADJUSTABLE,
    MAX_CHANGES,
    AnswerChange,
    Outcome,
    WhatIf,
    apply_changes,
    possible_changes,
    what_would_change,
)

__all__ = [
    "ABROAD_TODAY",
    "ADJUSTABLE",
    "Answer",
    "AnswerChange",
    "Answers",
    "CLOSE_CALL_FIT_GAP",
    "CloseCall",
    "ConstraintAnswers",
    "ConstraintsData",
    "DEFAULT_OPTIONS",
    "FIT_LABELS",
    "Fact",
    "GOAL_LEVELS",
    "GOAL_NAMES",
    "GoalAnswers",
    "GoalsData",
    "LEGACY_ANSWERS",
    "MAX_CHANGES",
    "Option",
    "Outcome",
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
    "StepAnswers",
    "WhatIf",
    "answer_facts",
    "apply_changes",
    "asks_about_problems",
    "facts_from",
    "find_close_call",
    "fit_label",
    "index_rules",
    "points_for",
    "possible_changes",
    "rank_options",
    "recommend",
    "score_range",
    "what_would_change",
]


@dataclass(frozen=True)
class Recommendation:
    ranking: tuple[RankedOption, ...]
    close_call: CloseCall | None
    what_would_change: tuple[WhatIf, ...]

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
    return Recommendation(
        ranking,
        find_close_call(ranking),
        what_would_change(answers, index, options),
    )
