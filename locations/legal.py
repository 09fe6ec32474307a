"""What a data-transfer status means, and what the advisor's data answers
mean under each home regime. Words and rules, no database: the shortlist
and the advisor's link read them."""

from __future__ import annotations

from dataclasses import dataclass

# Statuses beyond the stored ones: the same law at both ends, no row
# recorded, and no home regime to judge by.
SAME = "same"
UNKNOWN = "unknown"
UNASSESSED = "unassessed"

STATUS_SCORES = {
    SAME: 100,
    "adequacy": 100,
    "partial": 60,
    "clauses": 25,
    UNKNOWN: 0,
    UNASSESSED: 50,
}
STATUS_WORDS = {
    SAME: "same law as at home: no transfer rules apply",
    "adequacy": "adequacy decision: data may go there freely",
    "partial": "partial decision: only to {scope}; otherwise contract clauses",
    "clauses": "no adequacy decision: contract clauses and a transfer impact "
    "assessment needed",
    UNKNOWN: "no rule recorded here: check with counsel",
    UNASSESSED: "no home regime chosen: check what your own law requires",
}

DATA_ANSWERS = ("none", "region", "country")
REGIME_LABELS = {
    "eu": "EU/EEA (GDPR)",
    "uk": "United Kingdom (UK GDPR)",
    "ch": "Switzerland (FADP)",
    "none": "None of these",
}

# What "the data must stay in your region" covers under each law (issue 18:
# for a UK home, the UK and the countries its data bridges cover).
REGION_MEANS = {
    "eu": "the EU/EEA and the countries with an EU adequacy decision "
    "(GDPR Art. 45); a partial decision counts only for the recipients it covers",
    "uk": "the UK and the countries its data bridges (adequacy regulations) "
    "cover; a partial one counts only for the recipients it covers",
    "ch": "Switzerland and the states listed in Annex 1 of its Data Protection "
    "Ordinance; a partial listing counts only for the recipients it covers",
    "none": "your region as your own law defines it: the shortlist cannot "
    "check this, so it rules nothing out",
}


def data_rule_means(regime: str, answer: str) -> str:
    """The advisor's data answer, read under a home regime."""
    if answer == "country":
        return "your own country only: every location abroad is ruled out"
    if answer == "region":
        return REGION_MEANS.get(regime, REGION_MEANS["none"])
    return (
        "no rule of yours on where data is kept; the law on transfers abroad "
        "(the legal column) still applies"
    )


def data_rule_table() -> list[tuple[str, list[str]]]:
    """Every regime with what each data answer means under it."""
    return [
        (label, [data_rule_means(regime, answer) for answer in DATA_ANSWERS])
        for regime, label in REGIME_LABELS.items()
    ]


@dataclass(frozen=True)
class Verdict:
    status: str
    words: str
    ruled_out: str = ""  # why the data rule rules the location out


def verdict(
    regime: str, answer: str, status: str, scope: str = "", *, same_country: bool
) -> Verdict:
    """The transfer status of one location for a home regime and data answer."""
    words = STATUS_WORDS[status].format(scope=scope or "the recipients it covers")
    if answer == "country" and not same_country:
        return Verdict(status, words, "data must stay in your country")
    if answer == "region" and regime != "none" and status == "clauses":
        return Verdict(
            status,
            words,
            "data must stay in your region, and this country has no adequacy decision",
        )
    return Verdict(status, words)
