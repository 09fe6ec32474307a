"""The advisor's engine: answers in, every sourcing model ranked and explained out.

Pure Python with no Django imports, so it can be tested exhaustively. The
vocabulary (questions and their answers) lives here because it is the domain:
forms show it, rules refer to it, the engine reads it.

Scoring: each answer becomes a Fact with a strength (1 for a plain answer, the
importance 0-3 for a goal). Every Rule whose (question, answer) matches a fact
adds `weight x strength` points to one option, or rules the option out. Each
contribution is kept as a Reason that names the answer which caused it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

# --- Vocabulary -------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    # (value, label); the label reads as a statement about the visitor's case,
    # because reasons start with it ("Data must stay in the country: ...").
    answers: tuple[tuple[str, str], ...]
    # Goals are scaled by how important they are, not matched on/off.
    scaled: bool = False

    def label(self, value: str) -> str:
        return dict(self.answers)[value]

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(value for value, _ in self.answers)


QUESTIONS: dict[str, Question] = {
    q.key: q
    for q in (
        Question("function", "Which business function is it?", (
            ("customer_service", "A customer service process"),
            ("finance", "A finance and accounting process"),
            ("hr", "An HR and payroll process"),
            ("it", "An IT or software process"),
            ("analytics", "An analytics or research process"),
            ("marketing", "A marketing or content process"),
            ("operations", "A manufacturing or logistics process"),
            ("other", "Another business function"),
        )),
        Question("coreness", "How core is it to your competitive advantage?", (
            ("core", "Core to your competitive advantage"),
            ("supporting", "Supports the core business"),
            ("commodity", "A commodity process most firms run alike"),
        )),
        Question("work_type", "What kind of work is it?", (
            ("rule_based", "Rule-based, measurable work"),
            ("mixed", "A mix of rules and judgement"),
            ("judgement", "Judgement-heavy, expert work"),
        )),
        Question("volume", "How large is it?", (
            ("small", "A small operation (under 5 people)"),
            ("medium", "A medium operation (5 to 50 people)"),
            ("large", "A large operation (over 50 people)"),
        )),
        Question("duration", "How long will you need it?", (
            ("short", "Needed for under a year"),
            ("medium", "Needed for one to three years"),
            ("long", "Needed for three years or more"),
        )),
        Question("goal", "Which goals matter?", (
            ("cost", "Goal: lower cost"),
            ("skills", "Goal: access to skills"),
            ("focus", "Goal: focus on the core business"),
            ("speed", "Goal: speed and scale"),
            ("markets", "Goal: entering new markets"),
            ("quality", "Goal: higher quality"),
        ), scaled=True),
        Question("data_residency", "Where must the data stay?", (
            ("none", "No rules on where data is kept"),
            ("region", "Data must stay in your region (for example the EU)"),
            ("country", "Data must stay in the country"),
        )),
        Question("ip_sensitivity", "How sensitive is the intellectual property?", (
            ("low", "Little sensitive intellectual property"),
            ("medium", "Some sensitive intellectual property"),
            ("high", "Highly sensitive intellectual property"),
        )),
        Question("hours_overlap", "How much working-hours overlap is needed?", (
            ("low", "Little working-hours overlap needed"),
            ("some", "A few hours of overlap needed each day"),
            ("full", "Full working-hours overlap needed"),
        )),
        Question("culture_closeness", "How close must language and culture be?", (
            ("low", "Language and culture closeness matter little"),
            ("medium", "Language and culture closeness matter somewhat"),
            ("high", "Close language and culture are essential"),
        )),
        Question("control", "How much day-to-day control do you need?", (
            ("low", "Agreed results matter, not day-to-day direction"),
            ("medium", "Some day-to-day direction needed"),
            ("high", "You want to direct the people day to day"),
        )),
        Question("foreign_capacity", "Can you manage an entity abroad?", (
            ("none", "No capacity to manage an entity abroad"),
            ("some", "Some capacity to manage an entity abroad"),
            ("strong", "Strong capacity to run an entity abroad"),
        )),
        Question("cost_gap", "How large is the labour-cost gap to offshore sites?", (
            ("small", "A small labour-cost gap to offshore locations"),
            ("moderate", "A moderate labour-cost gap to offshore locations"),
            ("large", "A large labour-cost gap to offshore locations"),
        )),
        Question("current", "How is the process run today?", (
            ("new", "A new process, not run anywhere yet"),
            ("in_house", "Run in-house at home today"),
            ("outsourced", "Outsourced to a provider at home today"),
            ("offshored", "Offshored today"),
        )),
        Question("problem", "Which problems have you seen offshore?", (
            ("quality", "Quality problems offshore"),
            ("hidden_costs", "Hidden costs offshore"),
            ("lead_times", "Long lead times offshore"),
            ("communication", "Communication problems offshore"),
            ("risk", "Supply or political risk offshore"),
        )),
    )
}  # fmt: skip

GOAL_LEVELS: tuple[tuple[int, str], ...] = (
    (0, "Not a goal"),
    (1, "Nice to have"),
    (2, "Important"),
    (3, "Essential"),
)
MAX_GOAL_LEVEL = GOAL_LEVELS[-1][0]


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
    Option("captive_offshore", "Captive offshore centre"),
    Option("build_operate_transfer", "Build-operate-transfer"),
    Option("out_staffing", "Out-staffing / staff augmentation"),
    Option("reshoring", "Reshoring"),
)

# --- Answers ----------------------------------------------------------------


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
    # Only asked when the process is offshored today.
    problems: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Answers:
    process: ProcessAnswers
    goals: GoalAnswers
    constraints: ConstraintAnswers
    situation: SituationAnswers


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
    facts = [_fact(question, value) for question, value in plain.items()]
    for goal, level in vars(answers.goals).items():
        if level > 0:
            facts.append(_fact("goal", goal, level))
    if answers.situation.current == "offshored":
        facts.extend(_fact("problem", p) for p in sorted(answers.situation.problems))
    return facts


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

    @property
    def text(self) -> str:
        return f"{self.answer}: {self.explanation}"


@dataclass(frozen=True)
class RankedOption:
    key: str
    name: str
    rank: int
    score: int
    ruled_out: bool
    reasons: tuple[Reason, ...] = field(default_factory=tuple)


def score_option(
    option: Option, facts: Sequence[Fact], rules: Iterable[Rule]
) -> tuple[int, bool, tuple[Reason, ...]]:
    """An option's score, whether it is ruled out, and the reasons for both."""
    by_answer = {(fact.question, fact.answer): fact for fact in facts}
    reasons: list[Reason] = []
    for rule in rules:
        fact = by_answer.get((rule.question, rule.answer))
        if rule.option != option.key or fact is None:
            continue
        points = 0 if rule.rules_out else rule.weight * fact.strength
        if points or rule.rules_out:
            reasons.append(Reason(fact.label, rule.explanation, points, rule.rules_out))
    score = sum(reason.points for reason in reasons)
    ruled_out = any(reason.rules_out for reason in reasons)
    # Rule-outs first, then the strongest reasons: the order a reader needs.
    reasons.sort(key=lambda r: (not r.rules_out, -abs(r.points)))
    return score, ruled_out, tuple(reasons)


def rank_options(
    answers: Answers,
    rules: Sequence[Rule],
    options: Sequence[Option] = DEFAULT_OPTIONS,
) -> list[RankedOption]:
    """Every option, ranked: options still open before ruled-out ones, then by
    score; ties keep the order of `options`, so the same answers always give
    the same ranking."""
    facts = facts_from(answers)
    scored = []
    for position, option in enumerate(options):
        score, ruled_out, reasons = score_option(option, facts, rules)
        scored.append((ruled_out, -score, position, option, score, reasons))
    scored.sort(key=lambda item: item[:3])
    return [
        RankedOption(option.key, option.name, rank, score, ruled_out, reasons)
        for rank, (ruled_out, _, _, option, score, reasons) in enumerate(
            scored, start=1
        )
    ]
