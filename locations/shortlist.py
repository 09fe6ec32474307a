"""The shortlist for one manager: every delivery city seen from their home
city, scored and ranked (locations.ranking), with the words the page shows.

No queries here: the selectors turn the rows into plain `Place`s and
`TransferRule`s (with what does not depend on the manager already in words:
bands, review dates, sources) and the view hands them in. Bands come from
advisor.engine.geography (defined once), overlaps from locations.overlap;
neither is stored. Each row's cells are worked out here as text, so the
page's template only loops over them.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from django.utils import dateformat
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from advisor.engine.geography import Band, distance_band, great_circle_km
from citations.models import Work

from . import legal, overlap, ranking
from .models import City, EnglishBand, IncomeGroup

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
NOT_CHECKED = "not checked yet"

BANDS = {
    "any": "Nearshore or offshore",
    "nearshore": "Nearshore",
    "offshore": "Offshore",
}


@lru_cache(maxsize=512)  # review dates repeat across rows
def day_text(day: datetime.date) -> str:
    """A date as the page shows it: "6 Dec 2026"."""
    return dateformat.format(day, "j M Y")


def capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


# Where a cell's claim comes from: (what the cell is, the work cited as
# partials/_citation.html cites one on every other page: the same markup,
# written here once per content version rather than once per row and visitor).
Source = tuple[str, SafeString]
PRIMARY_BADGE = mark_safe(' <span class="badge source-primary">Primary source</span>')


# What `source` reads of a citing row (`.values(*CITED)`: plain values, no
# model instances, for the few hundred rows read once per content version).
CITED = (
    "locator",
    "work__title",
    "work__url",
    "work__authors",
    "work__publisher",
    "work__year",
    "work__kind",
)


def source(what: str, cited: Mapping[str, Any]) -> Source:
    details = "".join(
        f", {cited[detail]}"
        for detail in ("work__authors", "work__publisher", "work__year", "locator")
        if cited[detail]
    )
    return what, format_html(
        '<a href="{}" rel="noopener noreferrer">{}</a>{}{}',
        cited["work__url"],
        cited["work__title"],
        format_html('<span class="source-meta">{}</span>', details) if details else "",
        PRIMARY_BADGE if cited["work__kind"] == Work.Kind.PRIMARY else "",
    )


@dataclass(frozen=True)
class Place:
    """A city with its country's cells, as plain data: the same for every
    visitor until the next edit, so the selectors keep it in the cache."""

    key: str  # the city's slug
    name: str
    country: str
    country_id: int
    regime: str  # the country's data-protection law
    zone: str
    point: tuple[float, float]
    days: frozenset[int]
    english_band: str  # stored codes and editions, for the exports
    english_edition: int | None
    income_group: str
    income_year: str
    # Where the city stands, in the words explanations quote
    # ("high (EF EPI 2024)") and as the page's cells ("High (EF EPI 2024)").
    english: str
    english_cell: str
    english_score: int
    cost: str
    cost_cell: str
    cost_score: int
    index: str  # "Global Services Location Index: 7 (2023 edition)", or ""
    working_days: str  # "Mon-Fri"
    reviewed: str  # "City last reviewed 6 Dec 2026; country 1 Nov 2026"
    sources: tuple[Source, ...] = ()  # the city's cells, then its country's


def place(city: City, sources: tuple[Source, ...] = ()) -> Place:
    """A city row (with its country) as a `Place`."""
    country = city.country
    edition = f" (EF EPI {country.english_edition})" if country.english_edition else ""
    english_band = country.get_english_band_display()
    income = country.get_income_group_display()
    year = f" (World Bank {country.income_year})"
    index = ""
    if country.index_name:
        index = f"{country.index_name}: {country.index_rank}" + (
            f" ({country.index_edition} edition)" if country.index_edition else ""
        )
    return Place(
        key=city.slug,
        name=city.name,
        country=country.name,
        country_id=country.pk,
        regime=country.regime,
        zone=city.time_zone,
        point=city.point,
        days=country.days,
        english_band=country.english_band,
        english_edition=country.english_edition,
        income_group=country.income_group,
        income_year=country.income_year,
        english=english_band.lower() + edition if english_band else NOT_CHECKED,
        english_cell=english_band + edition if english_band else capfirst(NOT_CHECKED),
        english_score=ENGLISH_SCORES.get(country.english_band, UNCHECKED),
        cost=income.lower() + year if income else NOT_CHECKED,
        cost_cell=income + year if income else capfirst(NOT_CHECKED),
        cost_score=COST_SCORES.get(country.income_group, UNCHECKED),
        index=index,
        working_days=overlap.working_days_text(country.days),
        reviewed=f"City last reviewed {day_text(city.last_reviewed)}; "
        f"country {day_text(country.last_reviewed)}",
        sources=sources,
    )


@dataclass(frozen=True)
class TransferRule:
    """One transfer row (home regime, destination country) as plain data."""

    status: str
    scope: str
    reference: str
    decided: datetime.date | None
    next_review: datetime.date | None
    detail: str  # "; Implementing Decision ..., decided 10 Jul 2023, review ..."
    reviewed: str
    source: Source


# What `transfer_rule` reads of a transfer row, with its source.
TRANSFER_FIELDS = (
    "home_regime",
    "country_id",
    "status",
    "scope",
    "reference",
    "decided",
    "next_review",
    "last_reviewed",
    *CITED,
)


def transfer_rule(row: Mapping[str, Any]) -> TransferRule:
    detail = f"; {row['reference']}" if row["reference"] else ""
    if row["decided"]:
        detail += f", decided {day_text(row['decided'])}"
    if row["next_review"]:
        detail += f", review or expiry {day_text(row['next_review'])}"
    return TransferRule(
        row["status"],
        row["scope"],
        row["reference"],
        row["decided"],
        row["next_review"],
        detail,
        day_text(row["last_reviewed"]),
        source("Data transfer", row),
    )


@dataclass(frozen=True)
class Choice:
    """What the manager asked: validated by locations.forms."""

    home: Place
    home_hours: overlap.Hours
    their_hours: overlap.Hours | None  # None: the same local hours
    regime: str
    band: str
    data: str
    weights: dict[str, int]
    start: datetime.date


@dataclass
class Row:
    place: Place
    band: Band
    km: int
    hours_apart: float
    their_hours: overlap.Hours
    overlap: overlap.Overlap
    transfer: TransferRule | None
    verdict: legal.Verdict
    candidate: ranking.Candidate
    _ranked: ranking.Ranked | None = field(default=None, repr=False)

    @property
    def ranked(self) -> ranking.Ranked:
        assert self._ranked is not None, "rows are ranked by build()"
        return self._ranked

    # What the page shows, one text a cell: plain dicts, which a template
    # reads the fastest, in one loop with no include.

    def cells(self) -> dict[str, object]:
        """A row of the table of the rest."""
        reference = self.transfer.reference if self.transfer else ""
        return {
            "position": self.ranked.position,
            "name": self.place.name,
            "country": self.place.country,
            "band": self.band.label,
            "overlap": self.overlap.range_text,
            "english": self.place.english,
            "cost": self.place.cost,
            "transfer": capfirst(self.verdict.words)
            + (f" ({reference})" if reference else ""),
            "why": capfirst(self.ranked.explanation),
            "ruled_out": self.ranked.ruled_out,
        }

    def card(self) -> dict[str, object]:
        """One of the first choices: every cell in full, with its source."""
        found, place, transfer = self.overlap, self.place, self.transfer
        clocks = (
            f"clocks up to {self.hours_apart:g} h apart"
            if self.hours_apart
            else "the same clock all year"
        )
        sources, reviewed = place.sources, place.reviewed
        if transfer is not None:
            sources = (*sources, transfer.source)
            reviewed += f"; transfer row {transfer.reviewed}"
        return {
            "position": self.ranked.position,
            "name": place.name,
            "country": place.country,
            "band": self.band.label,
            "fit": self.ranked.fit,
            "why": capfirst(self.ranked.explanation),
            "overlap": f"{capfirst(found.summary())} ({found.range_text}; they "
            f"work {self.hours_text} local, {place.working_days})",
            "distance": f"{self.km:,} km; {clocks}",
            "english": place.english_cell,
            "cost": place.cost_cell,
            "index": place.index,
            "transfer": capfirst(self.verdict.words)
            + (transfer.detail if transfer else ""),
            "sources": sources,
            "reviewed": f"{reviewed}.",
        }

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

    @cached_property
    def top(self) -> list[Row]:
        return [r for r in self.rows[: ranking.TOP_ROWS] if not r.verdict.ruled_out]

    @property
    def rest(self) -> list[Row]:
        return self.rows[len(self.top) :]

    @property
    def cards(self) -> list[dict[str, object]]:
        return [row.card() for row in self.top]

    @property
    def table(self) -> list[dict[str, object]]:
        return [row.cells() for row in self.rest]

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
    choice: Choice, places: list[Place], transfers: dict[int, TransferRule]
) -> Shortlist:
    home = choice.home
    home_schedule = overlap.Schedule(home.zone, choice.home_hours, home.days)
    rows, other_band, onshore = [], 0, 0
    for candidate_place in places:
        row = _row(choice, home_schedule, candidate_place, transfers)
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


def _row(choice, home_schedule, city: Place, transfers) -> Row:
    home = choice.home
    same_country = city.country_id == home.country_id
    their_hours = choice.their_hours or choice.home_hours
    schedule = overlap.Schedule(city.zone, their_hours, city.days)
    gap = overlap.max_hours_apart(home.zone, city.zone, choice.start)
    km = great_circle_km(home.point, city.point)
    band = distance_band(same_country=same_country, km=km, max_hours_apart=gap)
    found = overlap.yearly_overlap(home_schedule, schedule, choice.start)
    transfer, verdict = _transfer(choice, city, transfers, same_country)
    candidate = _candidate(city, found, verdict)
    return Row(
        city, band, round(km), gap, their_hours, found, transfer, verdict, candidate,
    )  # fmt: skip


def _transfer(choice, city: Place, transfers, same_country):
    transfer = None
    if choice.regime == "none":
        status, scope = legal.UNASSESSED, ""
    elif same_country or city.regime == choice.regime:
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


def _candidate(city: Place, found: overlap.Overlap, verdict) -> ranking.Candidate:
    return ranking.Candidate(
        key=city.key,
        name=city.name,
        scores={
            "overlap": round(100 * found.share),
            "english": city.english_score,
            "cost": city.cost_score,
            "transfer": legal.STATUS_SCORES[verdict.status],
        },
        descriptions={
            "overlap": _overlap_words(found),
            "english": city.english,
            "cost": city.cost,
            "transfer": verdict.words,
        },
        ruled_out=verdict.ruled_out,
    )
