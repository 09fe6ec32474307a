"""The advisor's vocabulary: its questions, their answers and the options it ranks.

The domain itself: forms show it, rules refer to it, the engine reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

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
            ("unsure", "Not sure how core the work is", ""),
        ),
        _question("work_type", "What kind of work is it?",
            ("rule_based", "Rule-based, measurable work", "the work were rule-based and measurable"),
            ("mixed", "A mix of rules and judgement", "the work mixed rules and judgement"),
            ("judgement", "Judgement-heavy, expert work", "the work were judgement-heavy expert work"),
            ("unsure", "Not sure what kind of work it is", ""),
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
            ("unsure", "Not sure where the data must stay", ""),
        ),
        _question("ip_sensitivity", "How sensitive is the intellectual property?",
            ("low", "Little sensitive intellectual property", "little of the intellectual property were sensitive"),
            ("medium", "Some sensitive intellectual property", "some of the intellectual property were sensitive"),
            ("high", "Highly sensitive intellectual property", "the intellectual property were highly sensitive"),
            ("unsure", "Not sure how sensitive the intellectual property is", ""),
        ),
        _question("hours_overlap", "How much working-hours overlap is needed?",
            ("low", "Little working-hours overlap needed", "you needed little working-hours overlap"),
            ("some", "A few hours of overlap needed each day", "you needed a few hours of overlap each day"),
            ("full", "Full working-hours overlap needed", "you needed full working-hours overlap"),
            ("unsure", "Not sure how much working-hours overlap is needed", ""),
        ),
        _question("culture_closeness", "How close must language and culture be?",
            ("low", "Language and culture closeness matter little", "language and culture closeness mattered little"),
            ("medium", "Language and culture closeness matter somewhat", "language and culture closeness mattered somewhat"),
            ("high", "Close language and culture are essential", "close language and culture were essential"),
            ("unsure", "Not sure how close language and culture must be", ""),
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
            ("unsure", "Not sure whether you could manage an entity abroad", ""),
        ),
        _question("cost_gap", "How large is the labour-cost gap to offshore sites?",
            ("small", "A small labour-cost gap to offshore locations", "the labour-cost gap to offshore locations were small"),
            ("moderate", "A moderate labour-cost gap to offshore locations", "the labour-cost gap to offshore locations were moderate"),
            ("large", "A large labour-cost gap to offshore locations", "the labour-cost gap to offshore locations were large"),
            ("unsure", "Not sure how large the labour-cost gap is", ""),
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

# A goal's strength is its priority: the first of up to three counts three
# times, the third once. Answers saved before goals were priorities stored a
# level (0-3) for each goal; they read the same way.
GOAL_LEVELS: tuple[tuple[int, str], ...] = (
    (0, "Not a priority"),
    (1, "Third priority"),
    (2, "Second priority"),
    (3, "First priority"),
)
MAX_PRIORITIES = 3

# "Not sure", offered on every factual question: no rule may match it, so it
# moves no option, and a premise never names it.
UNSURE = "unsure"
UNSURE_QUESTIONS: tuple[str, ...] = tuple(
    key for key, question in QUESTIONS.items() if UNSURE in question.values
)
# What the manager chooses, and so what "what would change this" may propose:
# the goals and their priority, and these. Everything else is a fact (the
# process, the situation) or a constraint set by law, contract or security.
CHOOSABLE: tuple[str, ...] = ("control", "volume", "duration")
# What a rule's premise may name: answers the what-if never changes.
PREMISE_QUESTIONS: tuple[str, ...] = (
    "data_residency",
    "ip_sensitivity",
    "hours_overlap",
    "culture_closeness",
    "foreign_capacity",
    "cost_gap",
    "current",
)
# The answers that state a constraint at its strictest: each outweighs the
# first-priority goal pulling the other way (scoring.rule_set_problems).
ESSENTIAL_ANSWERS: frozenset[tuple[str, str]] = frozenset(
    {
        ("data_residency", "country"),
        ("data_residency", "region"),
        ("ip_sensitivity", "high"),
        ("hours_overlap", "full"),
        ("culture_closeness", "high"),
        ("control", "high"),
        ("foreign_capacity", "none"),
    }
)
# Questions about distance: one answer moves every option of a band
# (geography.OPTION_BANDS) the same way, never one up and another down.
GEOGRAPHIC_QUESTIONS: tuple[str, ...] = (
    "data_residency",
    "hours_overlap",
    "culture_closeness",
    "cost_gap",
    "problem",
)
# Options that need the firm to run an entity abroad (BOT from the transfer):
# with no capacity to run one, they are ruled out.
NEEDS_ENTITY_ABROAD: frozenset[str] = frozenset(
    {"captive_nearshore", "captive_offshore", "build_operate_transfer"}
)
NO_ENTITY_CAPACITY = ("foreign_capacity", "none")

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
