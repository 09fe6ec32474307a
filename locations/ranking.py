"""Ranking delivery locations by the manager's own weights, with reasons.

Pure Python, no Django. Each location has a score from 0 to 100 on each
criterion (overlap, English, cost band, transfer status) and a short
description of where it stands ("overlap 3-4 h", "English: high"). Its fit
is the weighted mean of its scores; weights are whole numbers from 0 to 5.
Integers throughout, so raising a weight can never reorder two locations by
a rounding error: a location that is best on a criterion never falls when
that criterion's weight rises (tests/locations/test_ranking.py).

A location a data rule rules out is listed after every other, with the
reason, never among the first rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

CRITERIA: dict[str, str] = {
    "overlap": "working-hours overlap",
    "english": "English level",
    "cost": "cost band",
    "transfer": "data-transfer status",
}
MAX_WEIGHT = 5
DEFAULT_WEIGHTS: dict[str, int] = {"overlap": 3, "english": 2, "cost": 2, "transfer": 3}
# How many rows the page shows first, before "the rest".
TOP_ROWS = 5


@dataclass(frozen=True)
class Candidate:
    key: str
    name: str
    # criterion -> 0..100, and the words for where the location stands on it
    # ("7 h all year", "high (EF EPI 2024)"), which explanations quote.
    scores: Mapping[str, int]
    descriptions: Mapping[str, str]
    ruled_out: str = ""  # why a data rule rules it out, or ""


@dataclass(frozen=True)
class Difference:
    criterion: str
    better: bool
    this: str
    top: str

    def sentence(self, top_name: str) -> str:
        word = "better" if self.better else "worse"
        label = CRITERIA[self.criterion]
        return f"{label} {word}: {self.this}, against {self.top} in {top_name}"


@dataclass(frozen=True)
class Ranked:
    candidate: Candidate
    position: int
    fit: int  # 0..100, the weighted mean of the scores
    differences: tuple[Difference, ...] = field(default=())
    explanation: str = ""

    @property
    def ruled_out(self) -> bool:
        return bool(self.candidate.ruled_out)


def validate_weights(weights: Mapping[str, int]) -> dict[str, int]:
    unknown = set(weights) - set(CRITERIA)
    if unknown:
        raise ValueError(f"unknown criteria: {sorted(unknown)}")
    for key, weight in weights.items():
        if not 0 <= weight <= MAX_WEIGHT:
            raise ValueError(f"weight of {key} must be 0 to {MAX_WEIGHT}")
    return {key: weights.get(key, 0) for key in CRITERIA}


def weighted_total(candidate: Candidate, weights: Mapping[str, int]) -> int:
    return sum(weights[c] * candidate.scores.get(c, 0) for c in CRITERIA)


def rank(
    candidates: Sequence[Candidate], weights: Mapping[str, int]
) -> tuple[Ranked, ...]:
    """Best first; ruled-out locations last. Ties go by name."""
    weights = validate_weights(weights)
    total_weight = sum(weights.values())
    ordered = sorted(
        candidates,
        key=lambda c: (bool(c.ruled_out), -weighted_total(c, weights), c.name, c.key),
    )
    if not ordered:
        return ()
    top = ordered[0]
    ranked = []
    for position, candidate in enumerate(ordered, start=1):
        total = weighted_total(candidate, weights)
        fit = round(total / total_weight) if total_weight else 0
        differences = differences_from(candidate, top, weights)
        ranked.append(
            Ranked(
                candidate,
                position,
                fit,
                differences,
                explain(candidate, top, weights, differences),
            )
        )
    return tuple(ranked)


def differences_from(
    candidate: Candidate, top: Candidate, weights: Mapping[str, int]
) -> tuple[Difference, ...]:
    """Every weighted criterion on which the location differs from the top row."""
    if candidate is top:
        return ()
    return tuple(
        Difference(
            criterion,
            candidate.scores.get(criterion, 0) > top.scores.get(criterion, 0),
            candidate.descriptions.get(criterion, ""),
            top.descriptions.get(criterion, ""),
        )
        for criterion in CRITERIA
        if weights[criterion]
        and candidate.scores.get(criterion, 0) != top.scores.get(criterion, 0)
    )


def explain(
    candidate: Candidate,
    top: Candidate,
    weights: Mapping[str, int],
    differences: tuple[Difference, ...],
) -> str:
    """The row's position in words: the top row's standing on every weighted
    criterion; for another row, each weighted criterion where it differs."""
    if candidate.ruled_out:
        return f"Ruled out: {candidate.ruled_out}"
    if candidate is top:
        return (
            "; ".join(
                f"{label}: {candidate.descriptions.get(c, '')}"
                for c, label in CRITERIA.items()
                if weights[c]
            )
            or "No criterion has a weight: the list is in name order."
        )
    if not differences:
        return f"Level with {top.name} on every weighted criterion."
    return "; ".join(d.sentence(top.name) for d in differences)
