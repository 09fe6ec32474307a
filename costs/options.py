"""What a cost factor applies to: one of the advisor's options, or a named
group of them, and the distance bands (both defined once, in the engine)."""

from advisor.engine import DEFAULT_OPTIONS
from advisor.engine.geography import OPTION_BANDS, Band

OPTION_LABELS: dict[str, str] = {option.key: option.name for option in DEFAULT_OPTIONS}

# Named groups, so one published figure is entered once for every option it
# covers. A factor for one option beats a group's for the same cost type.
GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "outsourcing": (
        "Outsourcing to a provider (domestic, nearshore, offshore)",
        ("domestic_outsourcing", "nearshore_outsourcing", "offshore_outsourcing"),
    ),
    "own_centres": (
        "Own centres abroad (captive nearshore, captive offshore, BOT)",
        ("captive_nearshore", "captive_offshore", "build_operate_transfer"),
    ),
    "every_change": (
        "Every option that moves the work (all but in-house)",
        tuple(key for key in OPTION_LABELS if key != "in_house"),
    ),
}

APPLIES_TO_CHOICES = [
    ("Options", [(key, label) for key, label in OPTION_LABELS.items()]),
    ("Groups", [(key, label) for key, (label, _) in GROUPS.items()]),
]
BAND_CHOICES = [(band.value, band.label) for band in Band]


def options_of(applies_to: str) -> tuple[str, ...]:
    if applies_to in GROUPS:
        return GROUPS[applies_to][1]
    return (applies_to,) if applies_to in OPTION_LABELS else ()


def bands_of(option: str) -> frozenset[Band]:
    return OPTION_BANDS.get(option, frozenset())
