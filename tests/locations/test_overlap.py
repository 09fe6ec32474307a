"""Overlap of working hours over a year, against pairs checked by hand."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from locations.overlap import (
    SUNDAY_TO_THURSDAY,
    Hours,
    Schedule,
    clock_changes,
    day_overlap,
    max_hours_apart,
    working_days_text,
    yearly_overlap,
)

OFFICE = Hours.parse("09:00", "17:00")
START = dt.date(2027, 1, 1)


def office(zone, days=None):
    return Schedule(zone, OFFICE, days) if days else Schedule(zone, OFFICE)


def test_london_new_york_is_3_hours_most_of_the_year_and_4_between_the_changes():
    # 2027: the US changes on 14 March and 7 November, the UK on 28 March
    # and 31 October; in between New York is 4 hours behind, not 5.
    overlap = yearly_overlap(office("Europe/London"), office("America/New_York"), START)
    assert overlap.usual == 180
    assert overlap.range_text == "3-4 h"
    four = [p for p in overlap.periods if p.minutes == 240]
    assert [(p.first, p.last) for p in four] == [
        (dt.date(2027, 3, 15), dt.date(2027, 3, 26)),
        (dt.date(2027, 11, 1), dt.date(2027, 11, 5)),
    ]
    assert overlap.summary() == "3 h most of the year; 4 h 15 Mar-26 Mar, 1 Nov-5 Nov"


def test_each_day_agrees_with_the_stretches():
    london, new_york = office("Europe/London"), office("America/New_York")
    overlap = yearly_overlap(london, new_york, START)
    by_day = {
        p.first + dt.timedelta(days=k): p.minutes
        for p in overlap.periods
        for k in range((p.last - p.first).days + 1)
    }
    for day, minutes in by_day.items():
        if day.weekday() < 5:
            assert day_overlap(london, new_york, day) == minutes, day


def test_kathmandu_quarter_hour_offset():
    # UTC+5:45 all year: 09:00-17:00 there is 03:15-11:15 UTC; London works
    # 09:00-17:00 UTC in winter (2.25 h together) and 08:00-16:00 in summer.
    overlap = yearly_overlap(office("Europe/London"), office("Asia/Kathmandu"), START)
    assert overlap.minutes == (135, 195)
    assert overlap.range_text == "2.25-3.25 h"
    assert clock_changes("Asia/Kathmandu", START) == ()


def test_mexico_city_keeps_one_clock_since_2022():
    assert clock_changes("America/Mexico_City", START) == ()
    # New York moves, Mexico City does not: 1 hour apart in winter, 2 in summer.
    overlap = yearly_overlap(
        office("America/New_York"), office("America/Mexico_City"), START
    )
    assert overlap.minutes == (360, 420)
    assert overlap.usual == 360  # US summer time covers most of the year
    assert max_hours_apart("America/New_York", "America/Mexico_City", START) == 2


def test_sunday_to_thursday_week_shares_four_days_with_monday_to_friday():
    overlap = yearly_overlap(
        office("Europe/London"), office("Africa/Cairo", SUNDAY_TO_THURSDAY), START
    )
    mon_to_thu = sum((START + dt.timedelta(days=k)).weekday() < 4 for k in range(365))
    assert overlap.shared_days == mon_to_thu == 208
    assert overlap.home_days == 261
    # Fridays count as no overlap for the London manager.
    friday = dt.date(2027, 1, 8)
    london, cairo = office("Europe/London"), office("Africa/Cairo", SUNDAY_TO_THURSDAY)
    assert day_overlap(london, cairo, friday) == 0
    assert day_overlap(london, cairo, friday - dt.timedelta(days=1)) == 360
    assert overlap.share == pytest.approx(overlap.total_minutes / (261 * 480))
    assert working_days_text(SUNDAY_TO_THURSDAY) == "Sun-Thu"


def test_a_provider_shift_crossing_midnight():
    # Manila (UTC+8, no DST) working 22:00-06:00 is 14:00-22:00 UTC: all of
    # New York's winter day (14:00-22:00 UTC), 7 h of its summer day.
    night = Schedule("Asia/Manila", Hours.parse("22:00", "06:00"))
    assert night.hours.crosses_midnight
    overlap = yearly_overlap(office("America/New_York"), night, START)
    assert overlap.minutes == (420, 480)
    assert overlap.usual == 420


def test_london_new_york_clocks_are_five_hours_apart_at_most():
    assert max_hours_apart("Europe/London", "America/New_York", START) == 5
    assert max_hours_apart("Europe/London", "Europe/Warsaw", START) == 1


@pytest.mark.parametrize(("start", "end"), [("09:00", "09:00"), ("24:00", "08:00")])
def test_impossible_hours_are_refused(start, end):
    with pytest.raises(ValueError):
        Hours.parse(start, end)


ZONES = [
    "Europe/London",
    "America/New_York",
    "Asia/Kathmandu",
    "Australia/Sydney",
    "Africa/Cairo",
    "America/Sao_Paulo",
    "Asia/Kolkata",
]
quarter_hours = st.integers(0, 95).map(lambda q: q * 15)


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(ZONES),
    st.sampled_from(ZONES),
    quarter_hours,
    quarter_hours,
    st.integers(0, 364),
)
def test_stretches_match_a_day_by_day_count(home_zone, zone, start, length, day):
    """Evaluating once a stretch gives what a day-by-day count gives."""
    hours = Hours(start, (start + length) % 1440 or 1440) if length else OFFICE
    home, other = office(home_zone), Schedule(zone, hours)
    begin = START + dt.timedelta(days=day)
    overlap = yearly_overlap(home, other, begin, days=60)
    expected = sum(
        day_overlap(home, other, begin + dt.timedelta(days=k)) for k in range(60)
    )
    assert overlap.total_minutes == expected
    assert all(0 <= p.minutes <= OFFICE.minutes for p in overlap.periods)
