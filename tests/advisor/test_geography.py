"""The distance bands, checked on city pairs whose answer a manager knows."""

import pytest

from advisor.engine import geography as g

LONDON = (51.5074, -0.1278)
KRAKOW = (50.0647, 19.9450)
NEW_YORK = (40.7128, -74.0060)
BOGOTA = (4.7110, -74.0721)
JOHANNESBURG = (-26.2041, 28.0473)
BANGALORE = (12.9716, 77.5946)


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [(LONDON, KRAKOW, 1_417), (NEW_YORK, BOGOTA, 3_997), (LONDON, NEW_YORK, 5_570)],
)
def test_great_circle_distances_match_published_figures(a, b, km):
    assert g.great_circle_km(a, b) == pytest.approx(km, rel=0.01)


@pytest.mark.parametrize(
    ("home", "place", "hours_apart", "band"),
    [
        (LONDON, KRAKOW, 1, g.Band.NEARSHORE),
        (NEW_YORK, BOGOTA, 1, g.Band.NEARSHORE),
        # One or two hours apart, but a long-haul flight: not "nearby".
        (LONDON, JOHANNESBURG, 2, g.Band.OFFSHORE),
        (LONDON, BANGALORE, 5.5, g.Band.OFFSHORE),
    ],
)
def test_band_needs_both_a_short_trip_and_close_clocks(home, place, hours_apart, band):
    km = g.great_circle_km(home, place)
    assert (
        g.distance_band(same_country=False, km=km, max_hours_apart=hours_apart) == band
    )


def test_close_distance_but_far_clock_is_offshore():
    assert (
        g.distance_band(same_country=False, km=1_000, max_hours_apart=3.5)
        == g.Band.OFFSHORE
    )


def test_same_country_is_onshore_however_far():
    # Belfast from London, or Honolulu from New York: another clock, same law.
    assert (
        g.distance_band(same_country=True, km=8_000, max_hours_apart=6)
        == g.Band.ONSHORE
    )


def test_every_option_of_the_advisor_has_a_band_and_every_band_a_definition():
    from advisor.engine import DEFAULT_OPTIONS

    assert {o.key for o in DEFAULT_OPTIONS} == set(g.OPTION_BANDS)
    assert set(g.BAND_DEFINITIONS) == set(g.Band)
    assert "5,000 km" in g.BAND_DEFINITIONS[g.Band.NEARSHORE]
