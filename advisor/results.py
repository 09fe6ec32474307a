"""Running the engine for a finished wizard and saving what the page will show.

The result is stored as plain data (a snapshot), so a shared link keeps
showing the same thing after editors change rules, advice or glossary text.
Snapshots saved by older versions are read through `readable_snapshot`, which
fills in what they did not store yet, so they keep rendering.
"""

from __future__ import annotations

import uuid
from typing import Any, NotRequired, TypedDict

from django.db import IntegrityError, transaction

from glossary import selectors as glossary_selectors

from . import engine, selectors
from .models import Assessment, SourcingModel

# How many of the best open options the result compares side by side.
TOP_COMPARED = 3
# 3: reasons cite works (a link), what is worth finding out, what fixes it.
SNAPSHOT_VERSION = 3
# The revision of the rules a result is made by, stored as `rules_version`.
# Issue 16 re-sourced and re-weighed every rule (version 2); a result saved
# before (no `rules_version`, or an older one) keeps showing what it showed,
# with a note that the rules have been revised since.
RULES_VERSION = 2


class AnswerSummary(TypedDict):
    """One wizard step's questions and answers, as the review step shows them."""

    step: str
    title: str
    answers: list[tuple[str, str]]


class SourceData(TypedDict):
    """A reason's cited work and where in it, as the page links it."""

    title: str
    url: str  # "" for a source kept from before sources were works
    authors: str
    year: int | None
    publisher: str
    locator: str


class ReasonData(TypedDict):
    text: str
    points: int
    rules_out: bool
    source: SourceData | None  # read from a string in snapshots before version 3


class OptionData(TypedDict):
    key: str
    name: str
    rank: int
    score: int
    ruled_out: bool
    bar_percent: int
    fit: int | None  # None in snapshots saved before the fit scale
    fit_label: str  # "strong fit" / "fair fit" / "weak fit" / "ruled out" / ""
    summary: str
    term_name: str
    term_url: str
    reasons: list[ReasonData]


class TopData(TypedDict):
    name: str
    risks: str
    next_steps: str
    key: NotRequired[str]


class CloseCallData(TypedDict):
    kind: str  # "tie" or "close"
    first: str
    runner_up: str
    text: str


class AnswerChangeData(TypedDict):
    question: str  # a question key, or a goal's name
    answer: str


class WhatIfData(TypedDict):
    option: str
    option_name: str
    text: str  # "Nearshore captive centre would come first if ..."
    changes: list[AnswerChangeData]


class FindingData(TypedDict):
    text: str  # "If it turned out that ..., X would come first."


class Snapshot(TypedDict):
    version: int
    # Missing in results saved before the revised rules (see RULES_VERSION).
    rules_version: NotRequired[int]
    answers: list[AnswerSummary]
    options: list[OptionData]
    top: TopData
    comparison: dict[str, Any] | None
    close_call: CloseCallData | None
    what_would_change: list[WhatIfData]
    # Answers given as "Not sure" whose true value would change the result.
    worth_finding_out: list[FindingData]
    # "" or "Your answer “...” decides this: ..." when no choice changes it.
    fixed_by: str


def assess(
    run_id: uuid.UUID, answers: engine.Answers, summary: list[AnswerSummary]
) -> Assessment:
    """Rank the options and save the assessment, once per wizard run (a run
    finished twice, by a double click say, finds the first one's)."""
    models = selectors.sourcing_models()
    recommendation = engine.recommend(
        answers,
        selectors.rules_in_database(),
        [m.as_engine_option() for m in models],
    )
    snapshot = build_snapshot(recommendation, {m.key: m for m in models}, summary)
    try:
        with transaction.atomic():
            return Assessment.objects.create(
                run_id=run_id,
                answers=answers.to_steps(),
                result=snapshot,
                top_option=recommendation.top.name,
            )
    except IntegrityError:
        # The run is finished already: no query to ask first, as it rarely is.
        return Assessment.objects.get(run_id=run_id)


def build_snapshot(
    recommendation: engine.Recommendation,
    models_by_key: dict[str, SourcingModel],
    summary: list[AnswerSummary],
) -> Snapshot:
    ranked = recommendation.ranking
    best_score = max((max(option.score, 0) for option in ranked), default=0)
    options = [
        _option_data(option, models_by_key[option.key], best_score) for option in ranked
    ]
    top_terms = [
        term
        for option in ranked
        if not option.ruled_out
        and (term := selectors.published_term_or_none(models_by_key[option.key]))
    ][:TOP_COMPARED]
    top_model = models_by_key[ranked[0].key]
    close_call = recommendation.close_call
    return {
        "version": SNAPSHOT_VERSION,
        "rules_version": RULES_VERSION,
        "answers": summary,
        "options": options,
        "top": {
            "key": top_model.key,
            "name": top_model.name,
            "risks": top_model.risks,
            "next_steps": top_model.next_steps,
        },
        "comparison": glossary_selectors.comparison_table(top_terms).as_dict()
        if len(top_terms) >= 2
        else None,
        "close_call": {
            "kind": close_call.kind,
            "first": close_call.first,
            "runner_up": close_call.runner_up,
            "text": close_call.text,
        }
        if close_call
        else None,
        "what_would_change": [
            {
                "option": what_if.option,
                "option_name": what_if.option_name,
                "text": what_if.text,
                "changes": [
                    {"question": change.field, "answer": str(change.value)}
                    for change in what_if.changes
                ],
            }
            for what_if in recommendation.what_would_change
        ],
        "worth_finding_out": [
            {"text": finding.text} for finding in recommendation.worth_finding_out
        ],
        "fixed_by": recommendation.fixed_by,
    }


def _option_data(
    option: engine.RankedOption, model: SourcingModel, best_score: int
) -> OptionData:
    term = selectors.published_term_or_none(model)
    return {
        "key": option.key,
        "name": option.name,
        "rank": option.rank,
        "score": option.score,
        "ruled_out": option.ruled_out,
        # Bar length for the chart: share of the best score, 0 for none or less.
        "bar_percent": round(100 * max(option.score, 0) / best_score)
        if best_score
        else 0,
        "fit": option.fit,
        "fit_label": option.fit_label,
        "summary": model.summary,
        "term_name": term.name if term else "",
        "term_url": term.get_absolute_url() if term else "",
        "reasons": [
            {
                "text": reason.text,
                "points": reason.points,
                "rules_out": reason.rules_out,
                "source": _source_data(reason.source),
            }
            for reason in option.reasons
        ],
    }


def _source_data(source: engine.Source | None) -> SourceData | None:
    if source is None:
        return None
    return {
        "title": source.title,
        "url": source.url,
        "authors": source.authors,
        "year": source.year,
        "publisher": source.publisher,
        "locator": source.locator,
    }


class ShownSource(dict):
    """A reason's source as read from a snapshot: the data (the page links
    `url`), and as text the citation a reader expects, so a template that
    prints the source whole shows a citation, never a dict."""

    def __str__(self) -> str:
        who = self.get("authors") or ""
        when = f" ({self['year']})" if self.get("year") else ""
        parts = [f"{who}{when}".strip(), self.get("title", ""), self.get("publisher")]
        parts.append(self.get("locator"))
        return ", ".join(part for part in parts if part)


def _old_source(text: str) -> SourceData | None:
    """A source saved as plain text, before sources were works: its words as
    the title, with no link (nothing invented)."""
    if not text:
        return None
    return {
        "title": text,
        "url": "",
        "authors": "",
        "year": None,
        "publisher": "",
        "locator": "",
    }


def readable_snapshot(stored: dict[str, Any]) -> Snapshot:
    """A saved snapshot with every key today's page reads: those saved before
    fit, close calls, what-would-change, sources and what is worth finding
    out get empty values, so the page shows what they showed then and nothing
    invented; a source saved as text reads as a source without a link."""
    snapshot = dict(stored)
    snapshot.setdefault("close_call", None)
    snapshot.setdefault("what_would_change", [])
    snapshot.setdefault("worth_finding_out", [])
    snapshot.setdefault("fixed_by", "")
    options = []
    for option in snapshot["options"]:
        option = {"fit": None, "fit_label": "", **option}
        option["reasons"] = [
            {**r, "source": _shown(r.get("source"))} for r in option["reasons"]
        ]
        options.append(option)
    snapshot["options"] = options
    return snapshot  # type: ignore[return-value]


def _shown(source: SourceData | str | None) -> ShownSource | None:
    if isinstance(source, str) or source is None:
        source = _old_source(source or "")
    return ShownSource(source) if source else None
