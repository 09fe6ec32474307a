"""Which factor applies to which option: one option before a group, one band
before every band, and a range covering both bands for BOT and out-staffing."""

from decimal import Decimal

from costs.formulas import CostType, Spread
from costs.models import CostFactor
from costs.selectors import resolve


def factor(cost_type, applies_to, low, likely, high, band=""):
    return CostFactor(
        cost_type=cost_type,
        applies_to=applies_to,
        band=band,
        low=Decimal(low),
        likely=Decimal(likely),
        high=Decimal(high),
    )


def test_a_factor_for_one_option_beats_its_group():
    group = factor("governance", "outsourcing", 4, 6, 8)
    own = factor("governance", "offshore_outsourcing", 9, 9, 9)
    found = resolve([group, own], "offshore_outsourcing")
    assert found[CostType.GOVERNANCE].spread == Spread(9, 9, 9)
    assert resolve([group, own], "domestic_outsourcing")[
        CostType.GOVERNANCE
    ].spread == Spread(4, 6, 8)


def test_a_band_factor_applies_only_to_options_in_that_band():
    offshore = factor("travel", "every_change", 1, 2, 3, band="offshore")
    assert CostType.TRAVEL in resolve([offshore], "captive_offshore")
    assert CostType.TRAVEL not in resolve([offshore], "nearshore_outsourcing")
    assert CostType.TRAVEL not in resolve([offshore], "reshoring")


def test_an_option_in_two_bands_gets_a_range_covering_both():
    near = factor("travel", "build_operate_transfer", 1, 2, 3, band="nearshore")
    far = factor("travel", "build_operate_transfer", 2, 4, 8, band="offshore")
    found = resolve([near, far], "build_operate_transfer")[CostType.TRAVEL]
    assert found.spread == Spread(1, 4, 8)
    assert found.factors == (near, far)


def test_an_option_with_no_factor_has_no_figure():
    assert (
        resolve([factor("uplift", "outsourcing", 0, 41, 41)], "captive_offshore") == {}
    )
