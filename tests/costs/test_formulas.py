"""costs.formulas by hand-worked examples: each figure below was worked out
on paper from the formulas in the module docstring."""

import pytest

from costs import formulas as f
from costs.formulas import Case, CostType, Spread

C = CostType


def test_a_hand_worked_total_by_part():
    # 10 FTEs at 50,000 (contract 500,000 a year); in-house 100,000 (today
    # 1,000,000 a year); two years. Search 2% of the contract: 10,000.
    # Transition 6 months of today: 500,000. Escalation 10%: 500,000 then
    # 550,000 (50,000 of escalation). Governance 10% of 1,050,000: 105,000.
    # Base 1,665,000; uplift 20%: 333,000; total 1,998,000.
    case = Case(size=10, in_house=100_000, rate=50_000, years=2)
    factors = {
        C.SEARCH: 2,
        C.TRANSITION: 6,
        C.ESCALATION: 10,
        C.GOVERNANCE: 10,
        C.UPLIFT: 20,
    }
    parts = dict(f.breakdown(case, factors).parts)
    assert parts["quote"] == pytest.approx(1_000_000)
    assert parts["escalation"] == pytest.approx(50_000)
    assert parts["search"] == pytest.approx(10_000)
    assert parts["transition"] == pytest.approx(500_000)
    assert parts["governance"] == pytest.approx(105_000)
    assert parts["uplift"] == pytest.approx(333_000)
    assert f.total(case, factors) == pytest.approx(1_998_000)


def test_travel_management_time_exit_and_people_costs():
    # Contract 100,000 a year for 3 years: 300,000. Travel 5% and management
    # time 10% of each year's contract: 15,000 + 30,000. Exit 3 months of
    # today (200,000 a year): 50,000. People costs 20,000. Total 415,000.
    case = Case(size=2, in_house=100_000, rate=50_000, years=3, people_costs=20_000)
    factors = {C.TRAVEL: 5, C.MANAGEMENT_TIME: 10, C.EXIT: 3}
    assert f.total(case, factors) == pytest.approx(415_000)


def test_in_house_has_no_search_transition_exit_or_people_costs():
    # 1,000,000 then 1,100,000 with 10% escalation: 2,100,000.
    case = f.in_house_case(Case(10, 100_000, 50_000, 2, people_costs=99))
    factors = {C.SEARCH: 2, C.TRANSITION: 6, C.EXIT: 12, C.ESCALATION: 10}
    assert f.total(case, factors, in_house=True) == pytest.approx(2_100_000)


def test_with_no_factors_the_total_is_quote_times_size_times_years():
    assert f.total(Case(7, 90_000, 40_000, 4), {}) == 40_000 * 7 * 4


def test_three_point_runs_all_low_all_likely_all_high():
    case = Case(1, 100_000, 100_000, 1)
    spreads = {C.UPLIFT: Spread(0, 10, 40)}
    assert f.three_point(case, spreads) == f.Range(100_000, 110_000, 140_000)


def test_break_even_gap_by_hand():
    # In-house 100,000 a year for 1 year. The option pays 10% governance and
    # nothing else: it breaks even at 100,000 / 1.1 = 90,909, a gap of 1/11
    # (9.1%) with the low factor; with 0% governance the gap is 0.
    case = Case(1, 100_000, 0, 1)
    low, high = f.break_even_gap(case, {C.GOVERNANCE: Spread(0, 5, 10)}, {})
    assert low == pytest.approx(0)
    assert high == pytest.approx(1 / 11)


def test_break_even_gap_is_more_than_whole_when_one_off_costs_exceed_in_house():
    # Twelve months of double running against one year of in-house: even a
    # rate of 0 costs as much as in-house, so no saving at any rate.
    case = Case(1, 100_000, 0, 1)
    low, high = f.break_even_gap(case, {C.TRANSITION: Spread(12, 18, 24)}, {})
    assert low == pytest.approx(1) and high > 1


def test_drivers_are_the_factors_that_move_the_likely_total_most():
    # Contract 100,000 for 1 year; search is 1% (1,000) in every scenario,
    # so the base is 101,000 with the other factors at their likely 0.
    case = Case(1, 100_000, 100_000, 1)
    spreads = {
        C.UPLIFT: Spread(0, 0, 40),  # 40% of 101,000: 40,400
        C.GOVERNANCE: Spread(0, 0, 10),  # 10,000
        C.SEARCH: Spread(1, 1, 1),  # no range: no swing
        C.TRAVEL: Spread(0, 0, 20),  # 20,000
        C.EXIT: Spread(0, 0, 0.6),  # 0.6 month of 100,000 a year: 5,000
    }
    found = f.drivers(case, spreads)
    assert [d.cost_type for d in found] == [C.UPLIFT, C.TRAVEL, C.GOVERNANCE]
    assert [d.swing for d in found] == pytest.approx([40_400, 20_000, 10_000])


@pytest.mark.parametrize(
    ("value", "rounded"),
    [(1234, 1200), (987_654, 990_000), (0.04567, 0.046), (-1550, -1600), (0, 0)],
)
def test_round_sig_keeps_two_significant_figures(value, rounded):
    assert f.round_sig(value) == pytest.approx(rounded)


def test_a_spread_out_of_order_is_refused():
    with pytest.raises(ValueError, match="low <= likely <= high"):
        Spread(5, 2, 9)
