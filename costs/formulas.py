"""The cost picture's arithmetic: pure Python, typed, one line per cost type.

Years are counted from 0 to horizon - 1. For an option whose people cost
`rate` a year per FTE, with `size` FTEs, today's in-house cost `in_house` per
FTE, and the factors of one scenario (all low, all likely or all high):

    contract   = rate x size                      (the annual contract value)
    today      = in_house x size                  (what the work costs now, a year)
    one-off    = search x contract                (finding and contracting a provider)
               + transition / 12 x today          (months of double running)
               + knowledge transfer / 12 x today  (months of your people's time)
               + set-up / 12 x today              (own centres and BOT)
               + transfer fee / 12 x today        (BOT only)
               + people costs                     (typed by the manager)
    annual(y)  = contract x (1 + escalation)^y x (1 + governance)
               + travel x contract
               + management time x contract      (out-staffing: your managers)
    exit       = exit / 12 x today                (moving the work again at the end)
    total      = (one-off + sum of annual(y) + exit) x (1 + optimism uplift)

In-house runs the same formula with its own rate (today's cost) and its own
escalation, and without search, transition or exit. Low, likely and high
are the totals of the all-low, all-likely and all-high factors: a
three-point estimate. Since every factor only adds cost, raising any factor
never lowers a total, and a total is linear in the rate, so the rate at
which an option costs what in-house costs (the break-even) is exact.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum


class CostType(StrEnum):
    SEARCH = "search"
    TRANSITION = "transition"
    KNOWLEDGE_TRANSFER = "knowledge_transfer"
    SETUP = "setup"
    TRANSFER_FEE = "transfer_fee"
    GOVERNANCE = "governance"
    TRAVEL = "travel"
    MANAGEMENT_TIME = "management_time"
    ESCALATION = "escalation"
    EXIT = "exit"
    UPLIFT = "uplift"


# Iterating an Enum is slow (it builds its members each time): the picture
# computes hundreds of totals a request.
COST_TYPES: tuple[CostType, ...] = tuple(CostType)


class Unit(StrEnum):
    PERCENT_OF_CONTRACT = "percent_of_contract"
    MONTHS_OF_RUN_COST = "months_of_run_cost"
    PERCENT_A_YEAR = "percent_a_year"
    PERCENT_OF_TOTAL = "percent_of_total"


# Each cost type has one unit, so a figure cannot be read in the wrong one.
UNITS: dict[CostType, Unit] = {
    CostType.SEARCH: Unit.PERCENT_OF_CONTRACT,
    CostType.TRANSITION: Unit.MONTHS_OF_RUN_COST,
    CostType.KNOWLEDGE_TRANSFER: Unit.MONTHS_OF_RUN_COST,
    CostType.SETUP: Unit.MONTHS_OF_RUN_COST,
    CostType.TRANSFER_FEE: Unit.MONTHS_OF_RUN_COST,
    CostType.GOVERNANCE: Unit.PERCENT_A_YEAR,
    CostType.TRAVEL: Unit.PERCENT_A_YEAR,
    CostType.MANAGEMENT_TIME: Unit.PERCENT_A_YEAR,
    CostType.ESCALATION: Unit.PERCENT_A_YEAR,
    CostType.EXIT: Unit.MONTHS_OF_RUN_COST,
    CostType.UPLIFT: Unit.PERCENT_OF_TOTAL,
}

# Cost types in-house does not have: it changes nothing, so it neither
# searches, moves the work nor leaves.
NOT_IN_HOUSE = frozenset({CostType.SEARCH, CostType.TRANSITION, CostType.EXIT})


class Scenario(StrEnum):
    LOW = "low"
    LIKELY = "likely"
    HIGH = "high"


SCENARIOS: tuple[Scenario, ...] = tuple(Scenario)


@dataclass(frozen=True)
class Spread:
    """One cost factor's three points, in its unit (percent or months)."""

    low: float
    likely: float
    high: float

    def __post_init__(self) -> None:
        if not 0 <= self.low <= self.likely <= self.high:
            raise ValueError(f"A spread needs 0 <= low <= likely <= high: {self}")

    def at(self, scenario: Scenario) -> float:
        value: float = getattr(self, scenario.value)
        return value


Factors = Mapping[CostType, float]  # one scenario's value of each cost type


@dataclass(frozen=True)
class Case:
    """What the manager typed, for one option: FTEs, cost a year per FTE."""

    size: float
    in_house: float
    rate: float
    years: int
    people_costs: float = 0.0


@dataclass(frozen=True)
class Breakdown:
    """One total by part, from the firmest (the quote) to the softest."""

    parts: tuple[tuple[str, float], ...] = field(default_factory=tuple)

    @property
    def total(self) -> float:
        return sum(amount for _, amount in self.parts)


# What one unit of each cost type is a fraction of: a year's run cost for
# months, a hundred for percent.
_PER_UNIT = {
    cost_type: 12.0 if unit is Unit.MONTHS_OF_RUN_COST else 100.0
    for cost_type, unit in UNITS.items()
}
_ALL_TYPES = frozenset(COST_TYPES)
_IN_HOUSE_TYPES = _ALL_TYPES - NOT_IN_HOUSE


def breakdown(case: Case, factors: Factors, *, in_house: bool = False) -> Breakdown:
    """The formula of the module docstring, kept by part."""
    has = _IN_HOUSE_TYPES if in_house else _ALL_TYPES
    f = dict.fromkeys(COST_TYPES, 0.0)  # each factor as a fraction
    for cost_type, value in factors.items():
        if cost_type in has:
            f[cost_type] = value / _PER_UNIT[cost_type]
    contract = case.rate * case.size
    today = case.in_house * case.size
    growth = 1 + f[CostType.ESCALATION]
    run = sum([contract * growth**y for y in range(case.years)])  # contract(y), summed
    flat = contract * case.years
    parts: list[tuple[str, float]] = [
        ("quote", flat),
        ("escalation", run - flat),
        ("people_costs", 0.0 if in_house else case.people_costs),
        ("search", f[CostType.SEARCH] * contract),
        ("transition", f[CostType.TRANSITION] * today),
        ("knowledge_transfer", f[CostType.KNOWLEDGE_TRANSFER] * today),
        ("setup", f[CostType.SETUP] * today),
        ("transfer_fee", f[CostType.TRANSFER_FEE] * today),
        ("governance", f[CostType.GOVERNANCE] * run),
        ("travel", f[CostType.TRAVEL] * flat),
        ("management_time", f[CostType.MANAGEMENT_TIME] * flat),
        ("exit", f[CostType.EXIT] * today),
    ]
    base = sum(amount for _, amount in parts)
    parts.append(("uplift", f[CostType.UPLIFT] * base))
    return Breakdown(tuple(parts))


def total(case: Case, factors: Factors, *, in_house: bool = False) -> float:
    return breakdown(case, factors, in_house=in_house).total


@dataclass(frozen=True)
class Range:
    low: float
    likely: float
    high: float


def scenario_factors(
    spreads: Mapping[CostType, Spread], scenario: Scenario
) -> dict[CostType, float]:
    return {cost_type: spread.at(scenario) for cost_type, spread in spreads.items()}


def three_point(
    case: Case, spreads: Mapping[CostType, Spread], *, in_house: bool = False
) -> Range:
    """The totals of the all-low, all-likely and all-high factors."""
    low, likely, high = (
        total(case, scenario_factors(spreads, s), in_house=in_house) for s in SCENARIOS
    )
    return Range(low, likely, high)


def in_house_case(case: Case) -> Case:
    return replace(case, rate=case.in_house, people_costs=0.0)


def break_even_rate(
    case: Case, factors: Factors, in_house_factors: Factors
) -> float | None:
    """The rate per FTE at which the option's total equals in-house's over the
    horizon (the total is linear in the rate); None if no rate can match."""
    target = total(in_house_case(case), in_house_factors, in_house=True)
    return _rate_meeting(case, factors, target)


def _rate_meeting(case: Case, factors: Factors, target: float) -> float | None:
    at_zero = total(
        Case(case.size, case.in_house, 0.0, case.years, case.people_costs), factors
    )
    # The part that grows with the rate alone (nothing typed, no today's cost):
    # exact, where a difference of two large totals would lose digits.
    slope = total(Case(case.size, 0.0, 1.0, case.years), factors)
    if slope <= 0:
        return None
    return (target - at_zero) / slope


Gap = tuple[float | None, float | None]


def break_even_gap(
    case: Case,
    spreads: Mapping[CostType, Spread],
    in_house_spreads: Mapping[CostType, Spread],
) -> Gap:
    """How far below today's cost per FTE (a fraction; negative: above) the
    option's rate must be to cost no more than in-house: with all-low
    factors and all-high ones, smaller first; (None, None) if no rate
    can match in one of them."""
    return break_even_gaps(case, {"option": spreads}, in_house_spreads)["option"]


def break_even_gaps(
    case: Case,
    options: Mapping[str, Mapping[CostType, Spread]],
    in_house_spreads: Mapping[CostType, Spread],
) -> dict[str, Gap]:
    """break_even_gap of each option, by key, against in-house's totals
    (worked out once for them all)."""
    own = in_house_case(case)
    ends = [
        (
            scenario,
            total(own, scenario_factors(in_house_spreads, scenario), in_house=True),
        )
        for scenario in (Scenario.LOW, Scenario.HIGH)
    ]
    # Options with the same factors (often none at all) have the same gap.
    by_factors: dict[frozenset[tuple[CostType, Spread]], Gap] = {}
    for spreads in options.values():
        same = frozenset(spreads.items())
        if same in by_factors:
            continue
        gaps = []
        for scenario, target in ends:
            rate = _rate_meeting(case, scenario_factors(spreads, scenario), target)
            if rate is None:
                break
            gaps.append(1 - rate / case.in_house)
        by_factors[same] = (min(gaps), max(gaps)) if len(gaps) == 2 else (None, None)
    return {
        key: by_factors[frozenset(spreads.items())] for key, spreads in options.items()
    }


@dataclass(frozen=True)
class Driver:
    cost_type: CostType
    swing: float  # the likely total's change from the factor's low to its high


def drivers(
    case: Case, spreads: Mapping[CostType, Spread], count: int = 3
) -> list[Driver]:
    """The factors that move the likely total most (a tornado), largest first."""
    likely = scenario_factors(spreads, Scenario.LIKELY)
    found = []
    for cost_type, spread in spreads.items():
        low = total(case, {**likely, cost_type: spread.low})
        high = total(case, {**likely, cost_type: spread.high})
        if high > low:
            found.append(Driver(cost_type, high - low))
    found.sort(key=lambda d: (-d.swing, d.cost_type))
    return found[:count]


def round_sig(value: float, digits: int = 2) -> float:
    """`value` to `digits` significant figures (never a precise-looking total)."""
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))
