"""The advisor's engine: answers in, every sourcing model ranked and explained out.

Pure Python with no Django imports, so it can be tested exhaustively. The
vocabulary (questions and their answers) lives here because it is the domain:
forms show it, rules refer to it, the engine reads it.

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

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Literal, NotRequired, TypedDict

# --- Vocabulary -------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    value: str
    # Reads as a statement about the visitor's case, because reasons start with
    # it ("Data must stay in the country: ...").
    label: str
    # Completes "X would come first if ..." (for goals: the goal's name).
    condition: str


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    answers: tuple[Answer, ...]
    # Goals are scaled by how important they are, not matched on/off.
    scaled: bool = False

    def answer(self, value: str) -> Answer:
        for answer in self.answers:
            if answer.value == value:
                return answer
        raise KeyError(f"{self.key} has no answer {value!r}")

    def label(self, value: str) -> str:
        return self.answer(value).label

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(answer.value for answer in self.answers)

    @property
    def choices(self) -> tuple[tuple[str, str], ...]:
        """(value, label) pairs, as forms and model fields take them."""
        return tuple((answer.value, answer.label) for answer in self.answers)


def _question(
    key: str, text: str, *answers: tuple[str, str, str], scaled: bool = False
) -> Question:
    return Question(key, text, tuple(Answer(*a) for a in answers), scaled)


QUESTIONS: dict[str, Question] = {
    q.key: q
    for q in (
        _question("function", "Which business function is it?",
            ("customer_service", "A customer service process", "it were a customer service process"),
            ("finance", "A finance and accounting process", "it were a finance and accounting process"),
            ("hr", "An HR and payroll process", "it were an HR and payroll process"),
            ("it", "An IT or software process", "it were an IT or software process"),
            ("analytics", "An analytics or research process", "it were an analytics or research process"),
            ("marketing", "A marketing or content process", "it were a marketing or content process"),
            ("operations", "A manufacturing or logistics process", "it were a manufacturing or logistics process"),
            ("other", "Another business function", "it were another business function"),
        ),
        _question("coreness", "How core is it to your competitive advantage?",
            ("core", "Core to your competitive advantage", "the work were core to your competitive advantage"),
            ("supporting", "Supports the core business", "the work only supported the core business"),
            ("commodity", "A commodity process most firms run alike", "the work were a commodity process most firms run alike"),
        ),
        _question("work_type", "What kind of work is it?",
            ("rule_based", "Rule-based, measurable work", "the work were rule-based and measurable"),
            ("mixed", "A mix of rules and judgement", "the work mixed rules and judgement"),
            ("judgement", "Judgement-heavy, expert work", "the work were judgement-heavy expert work"),
        ),
        _question("volume", "How large is it?",
            ("small", "A small operation (under 5 people)", "the operation were small (under 5 people)"),
            ("medium", "A medium operation (5 to 50 people)", "the operation were medium-sized (5 to 50 people)"),
            ("large", "A large operation (over 50 people)", "the operation were large (over 50 people)"),
        ),
        _question("duration", "How long will you need it?",
            ("short", "Needed for under a year", "you needed it for under a year"),
            ("medium", "Needed for one to three years", "you needed it for one to three years"),
            ("long", "Needed for three years or more", "you needed it for three years or more"),
        ),
        # Speed and scale are separate goals: speed favours adding a provider's
        # people, scale favours an entity of your own or a provider's capacity.
        _question("goal", "Which goals matter?",
            ("cost", "Goal: lower cost", "lower cost"),
            ("skills", "Goal: access to skills", "access to skills"),
            ("focus", "Goal: focus on the core business", "focus on the core business"),
            ("speed", "Goal: speed to start", "speed to start"),
            ("scale", "Goal: room to grow the team", "room to grow the team"),
            ("markets", "Goal: entering new markets", "entering new markets"),
            ("quality", "Goal: higher quality", "higher quality"),
            scaled=True,
        ),
        _question("data_residency", "Where must the data stay?",
            ("none", "No rules on where data is kept", "there were no rules on where data is kept"),
            ("region", "Data must stay in your region (for example the EU)", "data had to stay in your region"),
            ("country", "Data must stay in the country", "data had to stay in the country"),
        ),
        _question("ip_sensitivity", "How sensitive is the intellectual property?",
            ("low", "Little sensitive intellectual property", "little of the intellectual property were sensitive"),
            ("medium", "Some sensitive intellectual property", "some of the intellectual property were sensitive"),
            ("high", "Highly sensitive intellectual property", "the intellectual property were highly sensitive"),
        ),
        _question("hours_overlap", "How much working-hours overlap is needed?",
            ("low", "Little working-hours overlap needed", "you needed little working-hours overlap"),
            ("some", "A few hours of overlap needed each day", "you needed a few hours of overlap each day"),
            ("full", "Full working-hours overlap needed", "you needed full working-hours overlap"),
        ),
        _question("culture_closeness", "How close must language and culture be?",
            ("low", "Language and culture closeness matter little", "language and culture closeness mattered little"),
            ("medium", "Language and culture closeness matter somewhat", "language and culture closeness mattered somewhat"),
            ("high", "Close language and culture are essential", "close language and culture were essential"),
        ),
        _question("control", "How much day-to-day control do you need?",
            ("low", "Agreed results matter, not day-to-day direction", "agreed results were enough, without day-to-day direction"),
            ("medium", "Some day-to-day direction needed", "you needed only some day-to-day direction"),
            ("high", "You want to direct the people day to day", "you wanted to direct the people day to day"),
        ),
        _question("foreign_capacity", "Can you manage an entity abroad?",
            ("none", "No capacity to manage an entity abroad", "you had no capacity to manage an entity abroad"),
            ("some", "Some capacity to manage an entity abroad", "you had some capacity to manage an entity abroad"),
            ("strong", "Strong capacity to run an entity abroad", "you had strong capacity to run an entity abroad"),
        ),
        _question("cost_gap", "How large is the labour-cost gap to offshore sites?",
            ("small", "A small labour-cost gap to offshore locations", "the labour-cost gap to offshore locations were small"),
            ("moderate", "A moderate labour-cost gap to offshore locations", "the labour-cost gap to offshore locations were moderate"),
            ("large", "A large labour-cost gap to offshore locations", "the labour-cost gap to offshore locations were large"),
        ),
        _question("current", "How is the process run today?",
            ("new", "A new process, not run anywhere yet", "the process were new"),
            ("in_house", "Run in-house at home today", "it ran in-house at home today"),
            ("outsourced", "Outsourced to a provider at home today", "it were outsourced to a provider at home today"),
            ("offshore_provider", "Run by a provider offshore today", "a provider offshore ran it today"),
            ("nearshore_provider", "Run by a provider in a nearby country today", "a provider in a nearby country ran it today"),
            ("own_centre_abroad", "Run in a centre of your own abroad today", "a centre of your own abroad ran it today"),
        ),
        _question("problem", "Which problems have you seen with the work abroad?",
            ("quality", "Quality problems abroad", "there were quality problems abroad"),
            ("hidden_costs", "Hidden costs abroad", "there were hidden costs abroad"),
            ("lead_times", "Long lead times abroad", "lead times abroad were long"),
            ("communication", "Communication problems abroad", "there were communication problems abroad"),
            ("risk", "Supply or political risk abroad", "there were supply or political risks abroad"),
        ),
    )
}  # fmt: skip

GOAL_LEVELS: tuple[tuple[int, str], ...] = (
    (0, "Not a goal"),
    (1, "Nice to have"),
    (2, "Important"),
    (3, "Essential"),
)

# Where the work runs today, when it runs abroad: only then are problems asked.
ABROAD_TODAY = frozenset(
    {"offshore_provider", "nearshore_provider", "own_centre_abroad"}
)
# The options that are the arrangement running the work today.
RUNS_TODAY: dict[str, frozenset[str]] = {
    "in_house": frozenset({"in_house"}),
    "outsourced": frozenset({"domestic_outsourcing"}),
    "offshore_provider": frozenset({"offshore_outsourcing"}),
    "nearshore_provider": frozenset({"nearshore_outsourcing"}),
    "own_centre_abroad": frozenset({"captive_offshore", "captive_nearshore"}),
}
# Answers stored before the current situation was split up, and what they mean now.
LEGACY_ANSWERS: dict[tuple[str, str], str] = {
    ("current", "offshored"): "offshore_provider",
}


def asks_about_problems(current: str) -> bool:
    """Problems seen abroad are only asked when the work runs abroad today."""
    return current in ABROAD_TODAY


@dataclass(frozen=True)
class Option:
    """A sourcing model the engine can recommend."""

    key: str
    name: str


DEFAULT_OPTIONS: tuple[Option, ...] = (
    Option("in_house", "In-house"),
    Option("domestic_outsourcing", "Domestic outsourcing"),
    Option("nearshore_outsourcing", "Nearshore outsourcing"),
    Option("offshore_outsourcing", "Offshore outsourcing"),
    Option("captive_nearshore", "Nearshore captive centre"),
    Option("captive_offshore", "Captive offshore centre"),
    Option("build_operate_transfer", "Build-operate-transfer"),
    Option("out_staffing", "Out-staffing"),
    Option("reshoring", "Reshoring"),
)

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


class ProblemsData(TypedDict):
    problems: list[str]


class StepAnswers(TypedDict):
    """The answers as stored with an assessment: by wizard step, JSON-ready."""

    process: ProcessData
    goals: GoalsData
    constraints: ConstraintsData
    situation: SituationData
    problems: NotRequired[ProblemsData]  # only when asked


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
        problems = steps.get("problems", {"problems": []})["problems"]
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
            "situation": {"current": self.situation.current},
        }
        if asks_about_problems(self.situation.current):
            steps["problems"] = {"problems": sorted(self.situation.problems)}
        return steps


GOAL_NAMES: tuple[str, ...] = QUESTIONS["goal"].values


@dataclass(frozen=True)
class Fact:
    """One answer, ready to be matched against rules."""

    question: str
    answer: str
    strength: int
    label: str


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


def _fact(question_key: str, answer: str, strength: int = 1) -> Fact:
    question = QUESTIONS[question_key]
    label = question.label(answer)
    if question.scaled:
        label = f"{label} ({dict(GOAL_LEVELS)[strength].lower()})"
    return Fact(question_key, answer, strength, label)


# --- Rules and results ------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """If `question` was answered `answer`, move `option` by `weight` points
    (times the goal's importance for goals), or rule it out."""

    question: str
    answer: str
    option: str
    weight: int
    explanation: str
    rules_out: bool = False
    source: str = ""

    def __post_init__(self) -> None:
        question = QUESTIONS.get(self.question)
        if question is None or self.answer not in question.values:
            raise ValueError(f"Unknown answer {self.question}={self.answer}")
        if self.rules_out and question.scaled:
            # A goal's importance only ever adds weight; ruling out on a goal
            # would make raising its importance lower the options serving it.
            raise ValueError("A goal cannot rule an option out.")


@dataclass(frozen=True)
class Reason:
    answer: str  # the label of the answer that caused it
    explanation: str
    points: int
    rules_out: bool = False
    source: str = ""

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


def _points(
    answers: Answers, facts: Sequence[Fact], index: RuleIndex
) -> dict[str, list[tuple[Fact, Rule, int]]]:
    """Each option's matched rules with the points they give.

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
    matched: dict[str, list[tuple[Fact, Rule, int]]] = defaultdict(list)
    for fact in facts:
        for rule in index.get((fact.question, fact.answer), ()):
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
        Reason(fact.label, rule.explanation, points, rule.rules_out, rule.source)
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
    matched = _points(answers, facts_from(answers), index)
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


# --- What would change this ------------------------------------------------

# What a manager can weigh differently. The function, today's situation and the
# problems seen describe what is, so changing them is no "what if".
ADJUSTABLE: tuple[str, ...] = (
    "coreness",
    "work_type",
    "volume",
    "duration",
    "data_residency",
    "ip_sensitivity",
    "hours_overlap",
    "culture_closeness",
    "control",
    "foreign_capacity",
    "cost_gap",
)
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


def _level_words(level: int, lower: bool) -> str:
    words = dict(GOAL_LEVELS)[level].lower()
    return f"only {words}" if lower and level == 1 else words


def possible_changes(answers: Answers) -> list[AnswerChange]:
    """Every single answer change a manager could make, smallest first."""
    changes: list[AnswerChange] = []
    for goal in GOAL_NAMES:
        level: int = getattr(answers.goals, goal)
        noun = QUESTIONS["goal"].answer(goal).condition
        for new, _ in GOAL_LEVELS:
            if new != level:
                words = _level_words(new, new < level)
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
    """For up to `limit` other options, the fewest answer changes that would
    put each first: runners-up first, single changes before pairs.

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
    contributed = {
        key: _outcome(answers, answer_facts(key, value), index, options)
        for key, value in now.items()
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
    matched = _points(answers, facts, index)
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
