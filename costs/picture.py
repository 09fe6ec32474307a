"""The cost picture as the page shows it: the typed figures (or defaults) and
the resolved factors through costs.formulas, rounded, with the positions of
every bar worked out here (templates only loop)."""

from dataclasses import dataclass, field

from . import formulas as f
from .formulas import CostType, Scenario
from .models import COST_TYPE_LABELS
from .options import OPTION_LABELS
from .selectors import Resolved

C = CostType
MOVES = [C.TRANSITION, C.KNOWLEDGE_TRANSFER, C.ESCALATION, C.EXIT, C.UPLIFT]
# The cost types each option has, so a missing figure can be named.
RELEVANT: dict[str, list[CostType]] = {
    "in_house": [C.ESCALATION],
    "reshoring": [C.TRANSITION, C.KNOWLEDGE_TRANSFER, C.ESCALATION, C.UPLIFT],
    "domestic_outsourcing": [C.SEARCH, *MOVES, C.GOVERNANCE],
    "nearshore_outsourcing": [C.SEARCH, *MOVES, C.GOVERNANCE, C.TRAVEL],
    "offshore_outsourcing": [C.SEARCH, *MOVES, C.GOVERNANCE, C.TRAVEL],
    "captive_nearshore": [C.SETUP, *MOVES, C.GOVERNANCE, C.TRAVEL],
    "captive_offshore": [C.SETUP, *MOVES, C.GOVERNANCE, C.TRAVEL],
    "build_operate_transfer": [
        C.SEARCH,
        C.SETUP,
        C.TRANSFER_FEE,
        *MOVES,
        C.GOVERNANCE,
        C.TRAVEL,
    ],
    "out_staffing": [C.SEARCH, *MOVES, C.MANAGEMENT_TIME, C.TRAVEL],
}
PART_LABELS = {
    "quote": "The quote (rate x FTEs x years)",
    "escalation": "Price escalation",
    "people_costs": "People costs you typed",
    **{c.value: COST_TYPE_LABELS[c] for c in CostType},
}
# Firmest (what is signed) to softest (what history says goes wrong).
PART_ORDER = [
    "quote",
    "escalation",
    "people_costs",
    "search",
    "setup",
    "transfer_fee",
    "transition",
    "knowledge_transfer",
    "governance",
    "management_time",
    "travel",
    "exit",
    "uplift",
]
# Every colour at least 3:1 against white (WCAG 1.4.11); the legend names
# each part in words.
PALETTE = [
    "#1d4e89",
    "#2a6f97",
    "#0b7285",
    "#5f3dc4",
    "#6a4c93",
    "#862e9c",
    "#a61e4d",
    "#c2255c",
    "#d9480f",
    "#2b8a3e",
    "#5c940d",
    "#495057",
    "#800f2f",
]
CHART_WIDTH = 600


def money(value: float) -> str:
    """Two significant figures, with thousands separators: never a precise total."""
    return (
        f"{f.round_sig(value):,.0f}" if abs(value) >= 10 else f"{f.round_sig(value):g}"
    )


@dataclass
class Inputs:
    size: int
    in_house: float
    horizon: int
    people_costs: float
    quotes: dict[str, float]
    order: list[str]
    defaults: list[str] = field(default_factory=list)


@dataclass
class Row:
    key: str
    label: str
    factors: dict[CostType, Resolved]
    left_out: list[str]
    range: f.Range | None = None
    gap: tuple[float | None, float | None] = (None, None)
    x: float = 0
    width: float = 0
    likely_x: float = 0
    y: float = 0
    gap_text: str = ""
    gap_x: float | None = None  # the gap as a bar on 0-100% below in-house
    gap_width: float = 0

    @property
    def text(self) -> str:
        if self.range is None:
            return ""
        r = self.range
        if money(r.low) == money(r.high):
            return f"about {money(r.likely)}"
        return f"{money(r.low)} to {money(r.high)}, likely {money(r.likely)}"


def spreads(resolved: dict[CostType, Resolved]) -> dict[CostType, f.Spread]:
    return {cost_type: r.spread for cost_type, r in resolved.items()}


def build(inputs: Inputs, factors: dict[str, dict[CostType, Resolved]]) -> dict:
    base = f.Case(
        inputs.size,
        inputs.in_house,
        inputs.in_house,
        inputs.horizon,
        inputs.people_costs,
    )
    in_house = Row(
        "in_house",
        OPTION_LABELS["in_house"],
        factors["in_house"],
        _left_out("in_house", factors["in_house"]),
    )
    in_house_spreads = spreads(in_house.factors)
    in_house.range = f.three_point(base, in_house_spreads, in_house=True)
    rows = []
    for key in inputs.order:
        row = Row(key, OPTION_LABELS[key], factors[key], _left_out(key, factors[key]))
        row.gap = f.break_even_gap(base, spreads(row.factors), in_house_spreads)
        row.gap_text = gap_sentence(row.label, row.gap, inputs.horizon)
        _place_gap(row)
        if key in inputs.quotes:
            case = f.Case(
                inputs.size,
                inputs.in_house,
                inputs.quotes[key],
                inputs.horizon,
                inputs.people_costs,
            )
            row.range = f.three_point(case, spreads(row.factors))
        rows.append(row)
    quoted = [row for row in rows if row.range]
    _place([in_house, *quoted])
    focus = quoted[0] if quoted else None
    return {
        "in_house": in_house,
        "rows": rows,
        "quoted": quoted,
        "bar_rows": [in_house, *quoted],
        "all_rows": [in_house, *rows],
        "in_house_x": in_house.likely_x,
        "chart_height": 36 * (len(quoted) + 1) + 24,
        "focus": focus,
        "drivers": _drivers(inputs, focus) if focus else [],
        "stack": _stack(inputs, focus) if focus else [],
    }


GAP_WIDTH = 200


def _place_gap(row: Row) -> None:
    """Where the quote must fall, below in-house: a bar from the smaller to
    the larger gap on a scale of 0% to 100% below (drawn when both are in it)."""
    low, high = row.gap
    if low is None or high is None or low < 0 or high >= 1:
        return
    row.gap_x = round(low * GAP_WIDTH, 1)
    row.gap_width = max(round((high - low) * GAP_WIDTH, 1), 2)


def _left_out(key: str, resolved: dict[CostType, Resolved]) -> list[str]:
    return [
        _lower_first(COST_TYPE_LABELS[c]) for c in RELEVANT[key] if c not in resolved
    ]


def _lower_first(label: str) -> str:
    return label if label.startswith("BOT") else label[0].lower() + label[1:]


def _place(rows: list[Row]) -> None:
    ranges = [(row, row.range) for row in rows if row.range is not None]
    top = max(r.high for _, r in ranges) * 1.05 or 1
    scale = CHART_WIDTH / top
    for n, (row, r) in enumerate(ranges):
        row.x = round(r.low * scale, 1)
        row.width = max(round((r.high - r.low) * scale, 1), 2)
        row.likely_x = round(r.likely * scale, 1)
        row.y = 36 * n + 8


def _case(inputs: Inputs, row: Row) -> f.Case:
    return f.Case(
        inputs.size,
        inputs.in_house,
        inputs.quotes[row.key],
        inputs.horizon,
        inputs.people_costs,
    )


def _drivers(inputs: Inputs, row: Row) -> list[dict]:
    found = f.drivers(_case(inputs, row), spreads(row.factors))
    widest = max((d.swing for d in found), default=0) or 1
    return [
        {
            "cost_type": d.cost_type,
            "label": COST_TYPE_LABELS[d.cost_type],
            "swing": money(d.swing),
            "width": round(d.swing / widest * 400, 1),
            "y": 28 * n + 4,
            "resolved": row.factors[d.cost_type],
        }
        for n, d in enumerate(found)
    ]


def _stack(inputs: Inputs, row: Row) -> list[dict]:
    likely = f.scenario_factors(spreads(row.factors), Scenario.LIKELY)
    parts = dict(f.breakdown(_case(inputs, row), likely).parts)
    whole = sum(parts.values()) or 1
    segments, x = [], 0.0
    for n, name in enumerate(PART_ORDER):
        amount = parts.get(name, 0)
        if amount <= 0:
            continue
        width = amount / whole * CHART_WIDTH
        segments.append(
            {
                "label": PART_LABELS[name],
                "amount": money(amount),
                "share": _share(amount / whole),
                "x": round(x, 1),
                "width": round(width, 1),
                "fill": PALETTE[n % len(PALETTE)],
            }
        )
        x += width
    return segments


def _share(fraction: float) -> str:
    return "under 1%" if fraction < 0.005 else f"{round(fraction * 100)}%"


def _pct(fraction: float) -> str:
    return f"{abs(round(fraction * 100))}%"


def _span(a: float, b: float) -> str:
    a_text, b_text = _pct(a), _pct(b)
    return a_text if a_text == b_text else f"{a_text[:-1]}–{b_text}"


def gap_sentence(label: str, gap: tuple[float | None, float | None], years: int) -> str:
    """The break-even gap in words: how much cheaper per FTE than in-house
    the option must be to save money over the horizon."""
    low, high = gap
    over = f"over {years} year{'s' if years != 1 else ''}"
    if low is None or high is None:
        return f"No rate lets {label} cost less than in-house {over}."
    if _pct(low) == _pct(high) == "0%":
        return (
            f"{label} saves money {over} at any rate below your in-house cost "
            "per FTE: no published factor adds to its cost."
        )
    if high >= 1:
        if low >= 1:
            return (
                f"{label} cannot cost less than in-house {over} at any rate: "
                "its one-off costs alone are more than in-house costs."
            )
        return (
            f"{label} must cost at least {_pct(low)} less per FTE than your "
            f"in-house cost to save money {over}, and with the high factors "
            "no rate would."
        )
    if high < 0:
        return (
            f"{label} saves money {over} even at up to {_span(high, low)} "
            "more per FTE than your in-house cost."
        )
    if low < 0:
        return (
            f"To save money {over}, {label} must cost from no more than "
            f"{_pct(low)} above to {_pct(high)} below your in-house cost per "
            "FTE (low to high factors)."
        )
    return (
        f"{label} must cost at least {_span(low, high)} less per FTE than your "
        f"in-house cost to save money {over}."
    )
