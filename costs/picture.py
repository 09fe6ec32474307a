"""The cost picture as the page shows it: the typed figures (or defaults) and
the resolved factors through costs.formulas, rounded, with every bar's
position and every text worked out here as plain strings (the template only
loops and prints: a filter or a lookup there costs more than here)."""

from dataclasses import dataclass, field

from django.utils.dateformat import format as format_date

from core.page_cache import kept_until_next_edit

from . import formulas as f
from . import selectors
from .formulas import COST_TYPES, CostType, Scenario
from .models import COST_TYPE_LABELS, CostFactor
from .options import OPTION_LABELS
from .selectors import TERM_OF, Resolved

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


def range_text(r: f.Range) -> str:
    if money(r.low) == money(r.high):
        return f"about {money(r.likely)}"
    return f"{money(r.low)} to {money(r.high)}, likely {money(r.likely)}"


def spreads(resolved: dict[CostType, Resolved]) -> dict[CostType, f.Spread]:
    return {cost_type: r.spread for cost_type, r in resolved.items()}


def _case(inputs: Inputs, rate: float) -> f.Case:
    return f.Case(
        inputs.size, inputs.in_house, rate, inputs.horizon, inputs.people_costs
    )


@dataclass(frozen=True)
class Content:
    """What the page reads from the database, as plain data: each option's
    factors (the most specific per cost type), every factor used with its
    source, and the addresses of the published glossary terms, by slug."""

    factors: dict[str, dict[CostType, f.Spread]]
    sources: list[dict]
    term_urls: dict[str, str]


def content() -> Content:
    """The page's content, kept until the next content edit as a rendered
    page's fragments are; read afresh, in two queries, when they are off or
    the cache does not answer."""
    return kept_until_next_edit("cost-picture-content", read_content)


def read_content() -> Content:
    factors = selectors.factors_by_option()
    urls = selectors.term_urls()
    return Content(
        {key: spreads(resolved) for key, resolved in factors.items()},
        sources(factors, urls),
        urls,
    )


def build(inputs: Inputs, content: Content) -> dict:
    """Everything the page draws, as strings: the gaps, the range bars, the
    drivers and the stack of the first quoted option, and what is left out."""
    factors = content.factors
    base = _case(inputs, inputs.in_house)
    options = {key: factors[key] for key in inputs.order}
    gaps = f.break_even_gaps(base, options, factors["in_house"])
    in_house = f.three_point(base, factors["in_house"], in_house=True)
    ranges = {"in_house": in_house}
    for key in inputs.order:
        if key in inputs.quotes:
            case = _case(inputs, inputs.quotes[key])
            ranges[key] = f.three_point(case, factors[key])
    quoted = [key for key in inputs.order if key in ranges]
    drivers, stack = [], {}
    if quoted:  # the first quoted option's drivers and breakdown
        focus = quoted[0]
        case = _case(inputs, inputs.quotes[focus])
        drivers = _drivers(case, factors[focus], content.term_urls)
        stack = _stack(OPTION_LABELS[focus], case, factors[focus])
    return {
        "gaps": [
            _gap(OPTION_LABELS[key], gaps[key], inputs.horizon) for key in inputs.order
        ],
        "in_house_text": range_text(in_house),
        "bars": _bars(ranges) if quoted else [],
        "focus": OPTION_LABELS[quoted[0]] if quoted else "",
        "drivers": drivers,
        "stack": stack,
        "left_out": [
            f"{OPTION_LABELS[key]}: no published figure for {', '.join(missing)}: "
            "left out."
            for key in ("in_house", *inputs.order)
            if (missing := _left_out(key, factors[key]))
        ],
    }


GAP_WIDTH = 200


def _gap(label: str, gap: f.Gap, years: int) -> dict:
    """The gap in words, and where the quote must fall below in-house: a bar
    from the smaller to the larger gap on a scale of 0% to 100% below (drawn
    when both are in it; x is empty otherwise)."""
    row = {"text": gap_sentence(label, gap, years), "x": "", "width": ""}
    low, high = gap
    if low is not None and high is not None and low >= 0 and high < 1:
        row["x"] = str(round(low * GAP_WIDTH, 1))
        row["width"] = str(max(round((high - low) * GAP_WIDTH, 1), 2))
    return row


def _bars(ranges: dict[str, f.Range]) -> list[dict]:
    """In-house first, then each quoted option: low to high as a bar, the
    likely total as a mark, on one scale up to the highest high."""
    top = max(r.high for r in ranges.values()) * 1.05 or 1
    scale = CHART_WIDTH / top
    bars = []
    for key, r in ranges.items():
        label, text = OPTION_LABELS[key], range_text(r)
        bars.append(
            {
                "label": label,
                "name": f"{label}: {text}",
                "text": text,
                "x": str(round(r.low * scale, 1)),
                "width": str(max(round((r.high - r.low) * scale, 1), 2)),
                "likely_x": str(round(r.likely * scale, 1)),
                "fill": "#6c757d" if key == "in_house" else "#1d4e89",
            }
        )
    return bars


def _left_out(key: str, found: dict[CostType, f.Spread]) -> list[str]:
    return [_lower_first(COST_TYPE_LABELS[c]) for c in RELEVANT[key] if c not in found]


def _lower_first(label: str) -> str:
    return label if label.startswith("BOT") else label[0].lower() + label[1:]


def _drivers(
    case: f.Case, option: dict[CostType, f.Spread], term_urls: dict[str, str]
) -> list[dict]:
    found = f.drivers(case, option)
    widest = max((d.swing for d in found), default=0) or 1
    rows = []
    for d in found:
        label, swing = COST_TYPE_LABELS[d.cost_type], money(d.swing)
        rows.append(
            {
                "label": label,
                "url": term_urls.get(TERM_OF[d.cost_type], ""),
                "name": f"{label} moves the likely total by {swing}",
                "swing": swing,
                "width": str(round(d.swing / widest * 400, 1)),
            }
        )
    return rows


def _stack(option: str, case: f.Case, spread: dict[CostType, f.Spread]) -> dict:
    """The likely total by part, firmest first: one rectangle each, and the
    legend's and the chart's words."""
    likely = f.scenario_factors(spread, Scenario.LIKELY)
    parts = dict(f.breakdown(case, likely).parts)
    whole = sum(parts.values()) or 1
    segments, words, x = [], [], 0.0
    for n, name in enumerate(PART_ORDER):
        amount = parts.get(name, 0)
        if amount <= 0:
            continue
        width = amount / whole * CHART_WIDTH
        label = PART_LABELS[name]
        figure = f"{money(amount)} ({_share(amount / whole)})"
        segments.append(
            {
                "x": str(round(x, 1)),
                "width": str(round(width, 1)),
                "fill": PALETTE[n % len(PALETTE)],
                "legend": f"{label}: {figure}",
            }
        )
        words.append(f"{label} {figure}")
        x += width
    return {"name": f"Likely total of {option}: {', '.join(words)}", "parts": segments}


def sources(
    factors: dict[str, dict[CostType, Resolved]], term_urls: dict[str, str]
) -> list[dict]:
    """Every factor used, once, in the order of the cost types, with the
    glossary term that explains its cost type."""
    used = {
        factor.pk: factor
        for resolved in factors.values()
        for found in resolved.values()
        for factor in found.factors
    }
    order = {cost_type: n for n, cost_type in enumerate(COST_TYPES)}
    return [
        _source(factor, term_urls)
        for factor in sorted(
            used.values(),
            key=lambda x: (order[CostType(x.cost_type)], x.applies_to, x.band),
        )
    ]


def _source(factor: CostFactor, term_urls: dict[str, str]) -> dict:
    band = f" ({factor.band})" if factor.band else ""
    return {
        "label": COST_TYPE_LABELS[CostType(factor.cost_type)],
        "url": term_urls.get(TERM_OF[CostType(factor.cost_type)], ""),
        "applies_to": f"{factor.get_applies_to_display()}{band}",
        "figures": f"{factor.figures} ({factor.unit_label}; low / likely / high).",
        "note": factor.note,
        "work": factor.work,
        "locator": factor.locator,
        "reviewed": format_date(factor.last_reviewed, "j M Y"),
    }


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
