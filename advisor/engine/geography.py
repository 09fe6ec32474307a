"""Distance bands: what "onshore", "nearshore" and "offshore" mean on this site.

Defined once, here, and read by the advisor (which option sends work where),
the location shortlist (which band a city is in from a manager's home city)
and the cost picture (factors that differ by band). Pages show
`BAND_DEFINITIONS` word for word, so what a visitor reads is what is computed.

A band is worked out from two things a manager feels, not from a list of
countries: how far apart the working clocks are and how far a trip is. Both
thresholds are the usual reading of "nearby country, same or similar time
zone" in the glossary's nearshoring entry, made precise enough to compute.
"""

from __future__ import annotations

import math
from enum import StrEnum

# A nearshore location is at most this far from the home city (great circle).
# About a four-to-six-hour flight: a day trip is hard, a short visit is not.
NEARSHORE_MAX_KM = 5_000
# ... and its clock is never more than this many hours from home, on any day
# of the year (daylight saving time included).
NEARSHORE_MAX_HOURS_APART = 3.0

EARTH_RADIUS_KM = 6_371.0


class Band(StrEnum):
    ONSHORE = "onshore"
    NEARSHORE = "nearshore"
    OFFSHORE = "offshore"

    @property
    def label(self) -> str:
        return self.value.capitalize()


BAND_DEFINITIONS: dict[Band, str] = {
    Band.ONSHORE: "In your own country.",
    Band.NEARSHORE: (
        "In another country at most "
        f"{NEARSHORE_MAX_KM:,} km from your home city, whose clock is never more "
        f"than {NEARSHORE_MAX_HOURS_APART:g} hours from yours at any time of year."
    ),
    Band.OFFSHORE: (
        "In another country farther than that, or whose clock is more than "
        f"{NEARSHORE_MAX_HOURS_APART:g} hours from yours for part of the year."
    ),
}

# Where each of the advisor's options puts the people doing the work.
# Build-operate-transfer and out-staffing can be either: the manager chooses.
OPTION_BANDS: dict[str, frozenset[Band]] = {
    "in_house": frozenset({Band.ONSHORE}),
    "domestic_outsourcing": frozenset({Band.ONSHORE}),
    "reshoring": frozenset({Band.ONSHORE}),
    "nearshore_outsourcing": frozenset({Band.NEARSHORE}),
    "captive_nearshore": frozenset({Band.NEARSHORE}),
    "offshore_outsourcing": frozenset({Band.OFFSHORE}),
    "captive_offshore": frozenset({Band.OFFSHORE}),
    "build_operate_transfer": frozenset({Band.NEARSHORE, Band.OFFSHORE}),
    "out_staffing": frozenset({Band.NEARSHORE, Band.OFFSHORE}),
}


def great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance between two (latitude, longitude) points in degrees, in km
    (haversine on a sphere: within 0.5% of the ellipsoid, plenty for a band)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def distance_band(*, same_country: bool, km: float, max_hours_apart: float) -> Band:
    """The band of a location seen from a home city.

    `max_hours_apart` is the largest gap between the two clocks over the year
    (for London and New York 5, for London and Kraków 1)."""
    if same_country:
        return Band.ONSHORE
    if km <= NEARSHORE_MAX_KM and max_hours_apart <= NEARSHORE_MAX_HOURS_APART:
        return Band.NEARSHORE
    return Band.OFFSHORE
