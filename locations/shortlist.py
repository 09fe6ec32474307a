"""The shortlist for one manager: every delivery city seen from their home
city, scored and ranked (locations.ranking), with each cell's words and source.

No queries here: the view hands in what the selectors read. Bands come from
advisor.engine.geography (defined once), overlaps from locations.overlap;
neither is stored.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from advisor.engine.geography import Band, distance_band, great_circle_km

from . import legal, overlap, ranking
from .models import City, EnglishBand, IncomeGroup, Transfer

ENGLISH_SCORES: dict[str, int] = {
    EnglishBand.OFFICIAL: 100,
    EnglishBand.VERY_HIGH: 100,
    EnglishBand.HIGH: 75,
    EnglishBand.MODERATE: 50,
    EnglishBand.LOW: 25,
    EnglishBand.VERY_LOW: 0,
}
# A lower income group usually means lower wages, so a lower cost band.
COST_SCORES: dict[str, int] = {
    IncomeGroup.LOW: 100,
    IncomeGroup.LOWER_MIDDLE: 67,
    IncomeGroup.UPPER_MIDDLE: 33,
    IncomeGroup.HIGH: 0,
}
# A cell nobody has checked yet counts as the middle of the scale, neither
# for nor against the city (and the page says it is not checked).
UNCHECKED = 50

BANDS = {
    "any": "Nearshore or offshore",
    "nearshore": "Nearshore",
    "offshore": "Offshore",
}


@dataclass(frozen=True)
class Choice:
    """What the manager asked: validated by locations.forms."""

    home: City
    home_hours: overlap.Hours
    their_hours: overlap.Hours | None  # None: the same local hours
    regime: str
    band: str
    data: str
    weights: dict[str, int]
    start: datetime.date


@dataclass
class Row:
    city: City
    band: Band
    km: int
    hours_apart: float
    their_hours: overlap.Hours
    overlap: overlap.Overlap
    transfer: Transfer | None
    verdict: legal.Verdict
    candidate: ranking.Candidate
    sources: list[tuple[str, Any]] = field(default_factory=list)
    _ranked: ranking.Ranked | None = None

    @property
    def ranked(self) -> ranking.Ranked:
        assert self._ranked is not None, "rows are ranked by build()"
        return self._ranked

    @property
    def country(self):
        return self.city.country

    @property
    def working_days(self) -> str:
        return overlap.working_days_text(self.city.country.days)

    @property
    def english_text(self) -> str:
        return self.candidate.descriptions["english"]

    @property
    def cost_text(self) -> str:
        return self.candidate.descriptions["cost"]

    @property
    def transfer_text(self) -> str:
        words = self.verdict.words
        reference = self.transfer.reference if self.transfer else ""
        return f"{words[:1].upper()}{words[1:]}" + (
            f" ({reference})" if reference else ""
        )

    @property
    def distance_text(self) -> str:
        clocks = (
            "the same clock all year"
            if not self.hours_apart
            else f"clocks up to {self.hours_apart:g} h apart"
        )
        return f"{self.km:,} km; {clocks}"

    @property
    def hours_text(self) -> str:
        hours = self.their_hours
        return f"{overlap.clock(hours.start)}-{overlap.clock(hours.end)}"


@dataclass
class Shortlist:
    choice: Choice
    rows: list[Row]
    other_band: int  # delivery cities outside the chosen band
    home_country: int  # delivery cities in the home country (onshore)

    @property
    def top(self) -> list[Row]:
        return [r for r in self.rows[: ranking.TOP_ROWS] if not r.verdict.ruled_out]

    @property
    def rest(self) -> list[Row]:
        return self.rows[len(self.top) :]

    @property
    def regime(self) -> str:
        return self.choice.regime

    @property
    def regime_label(self) -> str:
        return legal.REGIME_LABELS[self.choice.regime]

    @property
    def home_hours_text(self) -> str:
        hours = self.choice.home_hours
        return f"{overlap.clock(hours.start)}-{overlap.clock(hours.end)}"


def build(
    choice: Choice, cities: list[City], transfers: dict[int, Transfer]
) -> Shortlist:
    home = choice.home
    home_schedule = overlap.Schedule(
        home.time_zone, choice.home_hours, home.country.days
    )
    rows, other_band, onshore = [], 0, 0
    for city in cities:
        row = _row(choice, home_schedule, city, transfers)
        if row.band is Band.ONSHORE:
            onshore += 1
        elif choice.band != "any" and row.band.value != choice.band:
            other_band += 1
        else:
            rows.append(row)
    ranked = ranking.rank([r.candidate for r in rows], choice.weights)
    by_key = {r.candidate.key: r for r in rows}
    ordered = []
    for item in ranked:
        row = by_key[item.candidate.key]
        row._ranked = item
        ordered.append(row)
    return Shortlist(choice, ordered, other_band, onshore)


def _row(choice, home_schedule, city: City, transfers) -> Row:
    home = choice.home
    same_country = city.country_id == home.country_id
    their_hours = choice.their_hours or choice.home_hours
    schedule = overlap.Schedule(city.time_zone, their_hours, city.country.days)
    gap = overlap.max_hours_apart(home.time_zone, city.time_zone, choice.start)
    km = great_circle_km(home.point, city.point)
    band = distance_band(same_country=same_country, km=km, max_hours_apart=gap)
    found = overlap.yearly_overlap(home_schedule, schedule, choice.start)
    transfer, verdict = _transfer(choice, city, transfers, same_country)
    candidate = _candidate(city, found, verdict)
    return Row(
        city, band, round(km), gap, their_hours, found, transfer, verdict, candidate,
    )  # fmt: skip


def _transfer(choice, city, transfers, same_country):
    transfer = None
    if choice.regime == "none":
        status, scope = legal.UNASSESSED, ""
    elif same_country or city.country.regime == choice.regime:
        status, scope = legal.SAME, ""
    elif city.country_id in transfers:
        transfer = transfers[city.country_id]
        status, scope = transfer.status, transfer.scope
    else:
        status, scope = legal.UNKNOWN, ""
    verdict = legal.verdict(
        choice.regime, choice.data, status, scope, same_country=same_country
    )
    return transfer, verdict


def _overlap_words(found: overlap.Overlap) -> str:
    """Short enough to quote in an explanation: the range over the year (the
    page's overlap cell gives the dates)."""
    if found.least == found.most:
        return found.summary()
    return f"{found.range_text} a day over the year"


def _candidate(city: City, found: overlap.Overlap, verdict) -> ranking.Candidate:
    country = city.country
    english = (
        country.get_english_band_display().lower()
        + (f" (EF EPI {country.english_edition})" if country.english_edition else "")
        if country.english_band
        else "not checked yet"
    )
    cost = (
        f"{country.get_income_group_display().lower()} "
        f"(World Bank {country.income_year})"
        if country.income_group
        else "not checked yet"
    )
    return ranking.Candidate(
        key=city.slug,
        name=city.name,
        scores={
            "overlap": round(100 * found.share),
            "english": ENGLISH_SCORES.get(country.english_band, UNCHECKED),
            "cost": COST_SCORES.get(country.income_group, UNCHECKED),
            "transfer": legal.STATUS_SCORES[verdict.status],
        },
        descriptions={
            "overlap": _overlap_words(found),
            "english": english,
            "cost": cost,
            "transfer": verdict.words,
        },
        ruled_out=verdict.ruled_out,
    )


def attach_sources(found: Shortlist, sources: dict[int, list]) -> None:
    """(what, citation) for every cell a detailed row shows, in the page's order."""
    for row in found.top:
        row.sources = [(s.get_cell_display(), s) for s in sources[row.city.pk]]
        if row.transfer is not None:
            row.sources.append(("Data transfer", row.transfer))
