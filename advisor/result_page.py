"""What the result page shows, from a saved snapshot of any version.

The page is read in one minute: the recommendation (the option, its fit, its
strongest reasons, a close-call note, next steps), what would change it, what
is worth finding out and what is ruled out come first; the full reasoning, the
side-by-side table, the answers and the sources follow, folded away. Sources
are numbered once, in the order the page first cites them, so the sources of
what prints (the strongest reasons and the ruled-out options) come first and
the printout lists only those. Snapshots saved by older versions read through
`results.readable_snapshot` and show what they showed then.
"""

from dataclasses import dataclass, field
from typing import Any

from . import engine, results

# A manager acts on the few strongest reasons; the rest follow in the ranking.
TOP_REASONS = 3


@dataclass
class ResultPage:
    snapshot: results.Snapshot
    recommendation: dict[str, Any] | None
    top_reasons: list[dict[str, Any]]
    open_options: list[dict[str, Any]]
    ruled_out: list[dict[str, Any]]
    # Each cited source once: {"number", "source" (a record or, in older
    # results, plain text), "printed" (cited by what prints)}.
    sources: list[dict[str, Any]] = field(default_factory=list)
    comparison: dict[str, Any] | None = None
    comparison_fits: list[str] = field(default_factory=list)
    fixed_by: str = ""
    worth_finding_out: list[dict[str, Any]] = field(default_factory=list)
    rules_revised: bool = False

    @property
    def prints_sources(self) -> bool:
        return any(source["printed"] for source in self.sources)

    @property
    def fit_scale(self) -> str:
        return fit_scale_text()


def term_paths(stored: dict[str, Any]) -> set[str]:
    """The glossary pages a saved result links to: its options' terms and the
    side-by-side table's columns."""
    snapshot = results.readable_snapshot(stored)
    paths = {option["term_url"] for option in snapshot["options"]}
    if snapshot["comparison"]:
        paths |= {column["url"] for column in snapshot["comparison"]["columns"]}
    return paths - {""}


def build_result_page(stored: dict[str, Any], absolute_url) -> ResultPage:
    """`absolute_url` turns a site path into a full URL, so printed links
    work, or into "" for a page that is gone (the name is then shown as text)."""
    snapshot = results.readable_snapshot(stored)
    options = [_option(option, absolute_url) for option in snapshot["options"]]
    open_options = [o for o in options if not o["ruled_out"]]
    ruled_out = [o for o in options if o["ruled_out"]]
    recommendation = open_options[0] if open_options else None
    top_reasons = strongest_reasons(recommendation) if recommendation else []
    printed = top_reasons + [r for o in ruled_out for r in o["ruling_out"]]
    sources = number_sources(printed, [r for o in options for r in o["reasons"]])
    return ResultPage(
        snapshot=snapshot,
        recommendation=recommendation,
        top_reasons=top_reasons,
        open_options=open_options,
        ruled_out=ruled_out,
        sources=sources,
        comparison=_absolute_links(snapshot["comparison"], absolute_url),
        comparison_fits=_comparison_fits(snapshot["comparison"], options),
        fixed_by=stored.get("fixed_by") or "",
        worth_finding_out=list(stored.get("worth_finding_out") or []),
        rules_revised=(stored.get("rules_version") or 1) < results.RULES_VERSION,
    )


def strongest_reasons(option: dict[str, Any]) -> list[dict[str, Any]]:
    positive = [r for r in option["reasons"] if r["points"] > 0]
    return sorted(positive, key=lambda r: -r["points"])[:TOP_REASONS]


def number_sources(
    printed: list[dict[str, Any]], every: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Number each reason's source (setting its `source_number`), those of the
    printed reasons first, and list each source once."""
    numbers: dict[Any, int] = {}
    sources: list[dict[str, Any]] = []
    for is_printed, reasons in ((True, printed), (False, every)):
        for reason in reasons:
            if not reason["source"]:
                continue
            key = _source_key(reason["source"])
            if key not in numbers:
                numbers[key] = len(sources) + 1
                sources.append(
                    {
                        "number": numbers[key],
                        "source": reason["source"],
                        "printed": is_printed,
                    }
                )
            reason["source_number"] = numbers[key]
    return sources


def _source_key(source: dict[str, Any] | str) -> Any:
    """The same work at the same place is one source (a record or plain text)."""
    return tuple(sorted(source.items())) if isinstance(source, dict) else source


def _option(option, absolute_url) -> dict[str, Any]:
    """An option as the page shows it: its reasons are copies, so numbering
    their sources never touches the snapshot."""
    reasons = [{**reason, "source_number": None} for reason in option["reasons"]]
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
