"""Working-hours overlap between two cities over the coming year.

Pure Python (zoneinfo from the standard library; the rules come from the
time-zone database, kept current through the `tzdata` package): no Django.

Two clocks keep the same distance between their changes, so the overlap of
a working day depends only on its weekday between two clock changes of
either city. The year is therefore cut at the clock changes (found by
sampling each zone's offset once a week and bisecting to the minute where it
moved); each stretch is evaluated once per weekday, and only the days next to
a change, where a shift may straddle it, are evaluated one by one.
Quarter-hour offsets (Kathmandu), zones that dropped daylight saving time
(Mexico City since October 2022), working weeks such as Sunday to Thursday and
shifts that cross midnight all follow from the database and the arithmetic.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise
from zoneinfo import ZoneInfo

UTC = dt.UTC
MINUTES_PER_DAY = 24 * 60
DAYS_AHEAD = 365
# A zone's offset is sampled this often to find its changes: real rules never
# change a clock twice within a week (Morocco's Ramadan pause lasts a month).
SAMPLE_EVERY = dt.timedelta(days=7)
# Days this close to a clock change are evaluated one by one: a shift of
# either city (up to a day long, starting the day before) may straddle it.
NEAR_CHANGE_DAYS = 2

MONDAY_TO_FRIDAY = frozenset(range(5))
SUNDAY_TO_THURSDAY = frozenset({6, 0, 1, 2, 3})
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class Hours:
    """A working shift in local time, in minutes after midnight. An end at or
    before the start means the shift crosses midnight (22:00-06:00)."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < MINUTES_PER_DAY:
            raise ValueError(f"start {self.start} is not a time of day")
        if not 0 < self.end <= MINUTES_PER_DAY:
            raise ValueError(f"end {self.end} is not a time of day")
        if self.start == self.end % MINUTES_PER_DAY:
            raise ValueError("a shift must start and end at different times")

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    @property
    def minutes(self) -> int:
        return (self.end - self.start) % MINUTES_PER_DAY or MINUTES_PER_DAY

    @classmethod
    def parse(cls, start: str, end: str) -> Hours:
        """From "HH:MM" texts; "24:00" is the end of the day."""
        return cls(_minutes(start), _minutes(end) or MINUTES_PER_DAY)


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def clock(minutes: int) -> str:
    """Minutes after midnight as "HH:MM"."""
    minutes %= MINUTES_PER_DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class Schedule:
    """Where and when one side works: an IANA zone, local hours and weekdays
    (Monday is 0). A shift belongs to the day it starts on."""

    zone: str
    hours: Hours
    days: frozenset[int] = MONDAY_TO_FRIDAY


@dataclass(frozen=True)
class Period:
    """Consecutive shared working days (the days between them are not shared
    working days) with the same overlap, in minutes."""

    first: dt.date
    last: dt.date
    minutes: int


@dataclass(frozen=True)
class Overlap:
    """The overlap on every shared working day of the period, as runs.

    Its figures are worked out once (cached properties): an overlap is
    memoised for the day and read by every row and visitor."""

    periods: tuple[Period, ...]
    # Home working days in the period, and the overlap summed over them
    # (days the other side does not work count as none).
    home_days: int
    shared_days: int
    total_minutes: int
    home_day_minutes: int

    @cached_property
    def minutes(self) -> tuple[int, ...]:
        return tuple(sorted({p.minutes for p in self.periods}))

    @cached_property
    def least(self) -> int:
        return min(self.minutes, default=0)

    @cached_property
    def most(self) -> int:
        return max(self.minutes, default=0)

    @cached_property
    def usual(self) -> int:
        """The overlap of most shared working days."""
        days: Counter[int] = Counter()
        for p in self.periods:
            days[p.minutes] += (p.last - p.first).days + 1
        return days.most_common(1)[0][0] if days else 0

    @cached_property
    def share(self) -> float:
        """Mean overlap over the home working days, as a share of the home day."""
        if not self.home_days:
            return 0.0
        return min(1.0, self.total_minutes / (self.home_days * self.home_day_minutes))

    def summary(self) -> str:
        """In words: "3 h most of the year; 4 h 8 Mar-28 Mar, 25 Oct-31 Oct"."""
        if not self.periods:
            return "no shared working day"
        if self.least == self.most:
            if self.least >= self.home_day_minutes:
                return "full working day all year"
            return f"{hours(self.least)} all year"
        usual = self.usual
        others = [p for p in self.periods if p.minutes != usual]
        parts = [f"{hours(usual)} most of the year"]
        for value in sorted({p.minutes for p in others}):
            spans = [p for p in others if p.minutes == value]
            when = ", ".join(_span(p) for p in spans[:3])
            if len(spans) > 3:
                when += f" and {len(spans) - 3} more stretches"
            parts.append(f"{hours(value)} {when}")
        return "; ".join(parts)

    @cached_property
    def range_text(self) -> str:
        """ "3-4 h", or "3 h" when it never changes."""
        if self.least == self.most:
            return hours(self.least)
        return f"{hours(self.least).removesuffix(' h')}-{hours(self.most)}"


def hours(minutes: int) -> str:
    """Minutes as hours: 180 -> "3 h", 135 -> "2.25 h"."""
    return f"{minutes / 60:g} h"


def _span(period: Period) -> str:
    if period.first == period.last:
        return f"{period.first:%-d %b}"
    return f"{period.first:%-d %b}-{period.last:%-d %b}"


def offset_minutes(zone: str, at: dt.datetime) -> int:
    """The zone's offset from UTC at an instant, in minutes."""
    offset = at.astimezone(ZoneInfo(zone)).utcoffset()
    assert offset is not None
    return int(offset.total_seconds() // 60)


@lru_cache(maxsize=512)
def clock_changes(
    zone: str, start: dt.date, days: int = DAYS_AHEAD
) -> tuple[dt.datetime, ...]:
    """The instants (UTC) in [start, start + days) at which the zone's clock
    changes: weekly samples, then bisection to the minute."""
    begin = dt.datetime.combine(start, dt.time(), UTC)
    end = begin + dt.timedelta(days=days)
    samples = [begin]
    while samples[-1] < end:
        samples.append(min(samples[-1] + SAMPLE_EVERY, end))
    changes = []
    for before, after in pairwise(samples):
        if offset_minutes(zone, before) != offset_minutes(zone, after):
            changes.append(_change_between(zone, before, after))
    return tuple(changes)


def _change_between(zone: str, low: dt.datetime, high: dt.datetime) -> dt.datetime:
    """The first minute after `low` with the offset of `high`."""
    target = offset_minutes(zone, high)
    while high - low > dt.timedelta(minutes=1):
        middle = low + (high - low) / 2
        middle = middle.replace(second=0, microsecond=0)
        if middle <= low:
            middle = low + dt.timedelta(minutes=1)
        if offset_minutes(zone, middle) == target:
            high = middle
        else:
            low = middle
    return high


@lru_cache(maxsize=4096)
def max_hours_apart(
    zone_a: str, zone_b: str, start: dt.date, days: int = DAYS_AHEAD
) -> float:
    """The largest gap between the two clocks over the period, in hours (the
    gap only moves when one of them changes)."""
    begin = dt.datetime.combine(start, dt.time(), UTC)
    instants = [
        begin,
        *clock_changes(zone_a, start, days),
        *clock_changes(zone_b, start, days),
    ]
    gap = max(
        abs(offset_minutes(zone_a, t) - offset_minutes(zone_b, t)) for t in instants
    )
    return gap / 60


def _window(schedule: Schedule, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The shift starting on a local day, as UTC instants."""
    zone = ZoneInfo(schedule.zone)
    midnight = dt.datetime.combine(day, dt.time(), zone)
    start = midnight + dt.timedelta(minutes=schedule.hours.start)
    end_day = day + dt.timedelta(days=1) if schedule.hours.crosses_midnight else day
    end = dt.datetime.combine(end_day, dt.time(), zone) + dt.timedelta(
        minutes=schedule.hours.end
    )
    return start.astimezone(UTC), end.astimezone(UTC)


def day_overlap(home: Schedule, other: Schedule, day: dt.date) -> int:
    """Minutes the other side works during the home shift starting on `day`
    (their shifts of the day before, the day and the day after can touch it)."""
    if day.weekday() not in home.days:
        return 0
    home_start, home_end = _window(home, day)
    total = 0
    for shift in (-1, 0, 1):
        their_day = day + dt.timedelta(days=shift)
        if their_day.weekday() not in other.days:
            continue
        start, end = _window(other, their_day)
        seconds = (min(end, home_end) - max(start, home_start)).total_seconds()
        total += max(0, int(seconds // 60))
    return total


# Memoised: a shortlist asks the same questions for every visitor on a day,
# and cities share zones; the answer depends only on the arguments.
@lru_cache(maxsize=4096)
def yearly_overlap(
    home: Schedule, other: Schedule, start: dt.date, days: int = DAYS_AHEAD
) -> Overlap:
    """The overlap on each home working day of [start, start + days) that is
    also a working day of the other side, as runs of equal overlap."""
    changes = sorted(
        {
            instant.astimezone(ZoneInfo(home.zone)).date()
            for zone in (home.zone, other.zone)
            for instant in clock_changes(zone, start, days)
        }
    )
    near = {
        change + dt.timedelta(days=k)
        for change in changes
        for k in range(-NEAR_CHANGE_DAYS, NEAR_CHANGE_DAYS + 1)
    }
    by_stretch: dict[tuple[int, int], int] = {}
    periods: list[Period] = []
    home_days = shared_days = total = 0
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        if day.weekday() not in home.days:
            continue
        if day in near:
            minutes = day_overlap(home, other, day)
        else:
            key = (bisect_right(changes, day), day.weekday())
            if key not in by_stretch:
                by_stretch[key] = day_overlap(home, other, day)
            minutes = by_stretch[key]
        home_days += 1
        total += minutes
        if day.weekday() in other.days:
            shared_days += 1
            periods = _extend(periods, day, minutes)
    return Overlap(tuple(periods), home_days, shared_days, total, home.hours.minutes)


def _extend(periods: list[Period], day: dt.date, minutes: int) -> list[Period]:
    last = periods[-1] if periods else None
    if last and last.minutes == minutes:
        periods[-1] = Period(last.first, day, minutes)
    else:
        periods.append(Period(day, day, minutes))
    return periods


def working_days_text(days: frozenset[int]) -> str:
    """Weekdays in words: "Mon-Fri", "Sun-Thu", or a list."""
    for first in range(7):
        run = [(first + k) % 7 for k in range(len(days))]
        if len(days) > 1 and set(run) == days:
            return f"{WEEKDAY_NAMES[run[0]]}-{WEEKDAY_NAMES[run[-1]]}"
    return ", ".join(WEEKDAY_NAMES[d] for d in sorted(days)) or "no days"
