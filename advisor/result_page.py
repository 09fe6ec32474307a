"""What the result page shows, from a saved snapshot of any version.

The page leads with one recommendation (the option, its fit, its strongest
reasons, a close-call note, next steps) and numbers the rules' sources once,
so each reason can point to its source without repeating a long citation.
Snapshots saved before fit, close calls, what-would-change and sources read
through `results.readable_snapshot` and show what they showed then.
"""

from dataclasses import dataclass, field
from typing import Any

from . import engine, results

# A manager acts on the few strongest reasons; the rest follow in the ranking.
TOP_REASONS = 3
# On paper the reasons of the best few open options only, so a result prints on
# at most three A4 pages; the page at the private link keeps every reason.
PRINTED_OPTIONS = 3


@dataclass
class ResultPage:
    snapshot: results.Snapshot
    recommendation: dict[str, Any] | None
    top_reasons: list[dict[str, Any]]
    open_options: list[dict[str, Any]]
    ruled_out: list[dict[str, Any]]
    sources: list[str] = field(default_factory=list)
    comparison: dict[str, Any] | None = None
    printed_options: int = PRINTED_OPTIONS

    comparison_fits: list[str] = field(default_factory=list)

    @property
    def fit_scale(self) -> str:
        return fit_scale_text()


def build_result_page(stored: dict[str, Any], absolute_url) -> ResultPage:
    """`absolute_url` turns a site path into a full URL, so printed links work."""
    snapshot = results.readable_snapshot(stored)
    sources: list[str] = []
    options = [
        _with_sources(option, sources, absolute_url) for option in snapshot["options"]
    ]
    open_options = [o for o in options if not o["ruled_out"]]
    recommendation = open_options[0] if open_options else None
    return ResultPage(
        snapshot=snapshot,
        recommendation=recommendation,
        top_reasons=strongest_reasons(recommendation) if recommendation else [],
        open_options=open_options,
        ruled_out=[o for o in options if o["ruled_out"]],
        sources=sources,
        comparison=_absolute_links(snapshot["comparison"], absolute_url),
        comparison_fits=_comparison_fits(snapshot["comparison"], options),
    )


def strongest_reasons(option: dict[str, Any]) -> list[dict[str, Any]]:
    positive = [r for r in option["reasons"] if r["points"] > 0]
    return sorted(positive, key=lambda r: -r["points"])[:TOP_REASONS]


def _with_sources(option, sources: list[str], absolute_url) -> dict[str, Any]:
    reasons = []
    for reason in option["reasons"]:
        number = None
        if reason["source"]:
            if reason["source"] not in sources:
                sources.append(reason["source"])
            number = sources.index(reason["source"]) + 1
        reasons.append({**reason, "source_number": number})
    term_url = absolute_url(option["term_url"]) if option["term_url"] else ""
    return {
        **option,
        "reasons": reasons,
        "ruling_out": [r for r in reasons if r["rules_out"]],
        "term_url": term_url,
        "fit_text": fit_text(option),
        # Bar length: the fit, or for older results the share of the best score.
        "bar": option["bar_percent"] if option["fit"] is None else option["fit"],
    }


def fit_text(option: dict[str, Any]) -> str:
    """E.g. "82/100, strong fit"; results saved before the fit scale show a score."""
    if option["fit"] is None:
        return f"score {option['score']}"
    return f"{option['fit']}/100, {option['fit_label']}"


def _absolute_links(comparison, absolute_url) -> dict[str, Any] | None:
    if not comparison:
        return None
    columns = [
        {**column, "url": absolute_url(column["url"])}
        for column in comparison["columns"]
    ]
    return {**comparison, "columns": columns}


def _comparison_fits(comparison, options) -> list[str]:
    """Each compared column's fit, found by its term's name (the model's name)."""
    if not comparison:
        return []
    by_term = {o["term_name"]: o["fit_text"] for o in options if o["term_name"]}
    return [by_term.get(column["name"], "") for column in comparison["columns"]]


def fit_scale_text() -> str:
    """How to read the fit, from the engine's own thresholds."""
    (top, strong), *middle, (_, weakest) = engine.FIT_LABELS
    parts = [f"{top} and over is a {strong}"]
    upper = top
    for floor, label in middle:
        parts.append(f"{floor} to {upper - 1} a {label}")
        upper = floor
    parts.append(f"under {upper} a {weakest}")
    return ", ".join(parts)
