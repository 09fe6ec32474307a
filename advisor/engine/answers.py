"""A manager's answers as typed values, and the facts that rules match."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NotRequired, TypedDict

from .questions import (
    GOAL_LEVELS,
    LEGACY_ANSWERS,
    MAX_PRIORITIES,
    PREMISE_QUESTIONS,
    QUESTIONS,
    asks_about_problems,
)

# Every answer that is not a goal counts as much as the first-priority goal:
# facts, constraints and reported problems weigh on the goals' scale (issue 16).
FACT_STRENGTH = GOAL_LEVELS[-1][0]

# --- Answers ----------------------------------------------------------------


class ProcessData(TypedDict):
    function: str
    coreness: str
    work_type: str
    volume: str
    duration: str


class GoalsData(TypedDict):
    cost: int
    skills: int
    focus: int
    speed: int
    scale: NotRequired[int]  # absent from answers saved before it was asked
    markets: int
    quality: int


class ConstraintsData(TypedDict):
    data_residency: str
    ip_sensitivity: str
    hours_overlap: str
    culture_closeness: str
    control: str
    foreign_capacity: str
    cost_gap: str


class SituationData(TypedDict):
    current: str
    # Asked on the situation step since issue 16 (a step of its own before).
    problems: NotRequired[list[str]]


class ProblemsData(TypedDict):
    problems: list[str]


class StepAnswers(TypedDict):
    """The answers as stored with an assessment: by wizard step, JSON-ready."""

    process: ProcessData
    goals: GoalsData
    constraints: ConstraintsData
    situation: SituationData
    # Answers saved before issue 16 kept problems in a step of their own.
    problems: NotRequired[ProblemsData]


@dataclass(frozen=True)
class ProcessAnswers:
    function: str
    coreness: str
    work_type: str
    volume: str
    duration: str


@dataclass(frozen=True)
class GoalAnswers:
    """How important each goal is, from 0 (not a goal) to 3 (essential)."""

    cost: int = 0
    skills: int = 0
    focus: int = 0
    speed: int = 0
    scale: int = 0
    markets: int = 0
    quality: int = 0


@dataclass(frozen=True)
class ConstraintAnswers:
    data_residency: str
    ip_sensitivity: str
    hours_overlap: str
    culture_closeness: str
    control: str
    foreign_capacity: str
    cost_gap: str


@dataclass(frozen=True)
class SituationAnswers:
    current: str
    # Only asked when the work runs abroad today.
    problems: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Answers:
    """The one typed answers object: the wizard builds it, the engine reads it,
    the assessment stores it (as `StepAnswers`)."""

    process: ProcessAnswers
    goals: GoalAnswers
    constraints: ConstraintAnswers
    situation: SituationAnswers

    @classmethod
    def from_steps(cls, steps: StepAnswers) -> Answers:
        """From stored (or cleaned) step data; older stored answers are read
        in today's vocabulary."""
        current = steps["situation"]["current"]
        current = LEGACY_ANSWERS.get(("current", current), current)
        goals = steps["goals"]
        situation = steps["situation"]
        problems = situation.get(
            "problems", steps.get("problems", {"problems": []})["problems"]
        )
        return cls(
            process=ProcessAnswers(**steps["process"]),
            goals=GoalAnswers(
                cost=goals["cost"],
                skills=goals["skills"],
                focus=goals["focus"],
                speed=goals["speed"],
                # Asked since; answers saved before read it as "not a goal".
                scale=goals.get("scale", 0),
                markets=goals["markets"],
                quality=goals["quality"],
            ),
            constraints=ConstraintAnswers(**steps["constraints"]),
            situation=SituationAnswers(
                current,
                frozenset(problems) if asks_about_problems(current) else frozenset(),
            ),
        )

    def to_steps(self) -> StepAnswers:
        process, goals, constraints = self.process, self.goals, self.constraints
        steps: StepAnswers = {
            "process": {
                "function": process.function,
                "coreness": process.coreness,
                "work_type": process.work_type,
                "volume": process.volume,
                "duration": process.duration,
            },
            "goals": {
                "cost": goals.cost,
                "skills": goals.skills,
                "focus": goals.focus,
                "speed": goals.speed,
                "scale": goals.scale,
                "markets": goals.markets,
                "quality": goals.quality,
            },
            "constraints": {
                "data_residency": constraints.data_residency,
                "ip_sensitivity": constraints.ip_sensitivity,
                "hours_overlap": constraints.hours_overlap,
                "culture_closeness": constraints.culture_closeness,
                "control": constraints.control,
                "foreign_capacity": constraints.foreign_capacity,
                "cost_gap": constraints.cost_gap,
            },
            "situation": {
                "current": self.situation.current,
                "problems": sorted(self.situation.problems),
            },
        }
        return steps


GOAL_NAMES: tuple[str, ...] = QUESTIONS["goal"].values


@dataclass(frozen=True)
class Fact:
    """One answer, ready to be matched against rules."""

    question: str
    answer: str
    strength: int
    label: str


def levels_from_priorities(priorities: Sequence[str]) -> dict[str, int]:
    """Goals chosen in order of priority as levels: the first counts three
    times, the second twice, the third once; the others are no goal."""
    if len(priorities) > MAX_PRIORITIES or len(set(priorities)) != len(priorities):
        raise ValueError(f"Up to {MAX_PRIORITIES} different goals, in order.")
    levels = dict.fromkeys(GOAL_NAMES, 0)
    for position, goal in enumerate(priorities):
        if goal not in levels:
            raise ValueError(f"Unknown goal {goal!r}")
        levels[goal] = MAX_PRIORITIES - position
    return levels


def priorities_from_levels(goals: GoalAnswers) -> list[str]:
    """The goals in order of priority, at most three: answers saved when each
    goal had a level (several could be essential) read as the highest levels
    first, ties in the question's order."""
    levels = vars(goals)
    ranked = sorted(
        (goal for goal in GOAL_NAMES if levels[goal] > 0),
        key=lambda goal: -levels[goal],
    )
    return ranked[:MAX_PRIORITIES]


def premise_answers(answers: Answers) -> frozenset[tuple[str, str]]:
    """The answers a rule's premise can name (constraints and the situation)."""
    plain = {**vars(answers.constraints), "current": answers.situation.current}
    return frozenset((key, str(plain[key])) for key in PREMISE_QUESTIONS)


def facts_from(answers: Answers) -> list[Fact]:
    """Every answer as a fact; goals that are not goals (level 0) are left out."""
    plain = {
        **vars(answers.process),
        **vars(answers.constraints),
        "current": answers.situation.current,
    }
    answered = {**plain, **vars(answers.goals)}
    facts = [
        fact for key, value in answered.items() for fact in answer_facts(key, value)
    ]
    if asks_about_problems(answers.situation.current):
        facts.extend(_fact("problem", p) for p in sorted(answers.situation.problems))
    return facts


def answer_facts(key: str, value: str | int) -> list[Fact]:
    """The facts one answer gives: a plain answer is one, a goal's importance
    is one unless the goal is not a goal (level 0)."""
    if key in GOAL_NAMES:
        level = int(value)
        return [_fact("goal", key, level)] if level > 0 else []
    return [_fact(key, str(value))]


def _fact(question_key: str, answer: str, strength: int = FACT_STRENGTH) -> Fact:
    question = QUESTIONS[question_key]
    label = question.label(answer)
    if question.scaled:
        label = f"{label} ({dict(GOAL_LEVELS)[strength].lower()})"
    return Fact(question_key, answer, strength, label)
