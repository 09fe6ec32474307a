"""What must always hold of costs.formulas, whatever the figures (Hypothesis)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from costs import formulas as f
from costs.formulas import Case, CostType, Spread

percent = st.floats(min_value=0, max_value=60, allow_nan=False)
cases = st.builds(
    Case,
    size=st.integers(min_value=1, max_value=100_000),
    in_house=st.floats(min_value=1, max_value=10_000_000),
    rate=st.floats(min_value=1, max_value=10_000_000),
    years=st.integers(min_value=1, max_value=15),
    people_costs=st.floats(min_value=0, max_value=1e9),
)


@st.composite
def spreads(draw):
    chosen = draw(st.sets(st.sampled_from(list(CostType))))
    result = {}
    for cost_type in chosen:
        a, b, c = sorted(draw(percent) for _ in range(3))
        result[cost_type] = Spread(a, b, c)
    return result


@given(cases, spreads())
def test_low_is_at_most_likely_is_at_most_high(case, spread):
    r = f.three_point(case, spread)
    assert r.low <= r.likely * (1 + 1e-12) and r.likely <= r.high * (1 + 1e-12)


@given(cases, spreads(), st.sampled_from(list(CostType)), percent)
def test_raising_any_factor_never_lowers_a_total(case, spread, cost_type, more):
    factors = f.scenario_factors(spread, f.Scenario.LIKELY)
    raised = {**factors, cost_type: factors.get(cost_type, 0) + more}
    for in_house in (False, True):
        before = f.total(case, factors, in_house=in_house)
        assert f.total(case, raised, in_house=in_house) >= before * (1 - 1e-12)


@given(cases)
def test_with_zero_factors_the_total_is_quote_times_size_times_years(case):
    zero = {cost_type: 0.0 for cost_type in CostType}
    expected = case.rate * case.size * case.years + case.people_costs
    assert f.total(case, zero) == pytest.approx(expected)
    assert f.total(case, {}) == pytest.approx(expected)


@given(cases, spreads(), spreads())
def test_the_break_even_gap_is_exactly_where_the_totals_meet(case, option, own):
    in_house_total = f.three_point(f.in_house_case(case), own, in_house=True)
    for scenario, target in (
        ("low", in_house_total.low),
        ("high", in_house_total.high),
    ):
        factors = f.scenario_factors(option, f.Scenario(scenario))
        own_factors = f.scenario_factors(own, f.Scenario(scenario))
        rate = f.break_even_rate(case, factors, own_factors)
        met = f.total(
            Case(case.size, case.in_house, rate, case.years, case.people_costs), factors
        )
        # Floating point: the sum cancels terms as large as the one-off costs.
        scale = max(
            abs(target),
            f.total(
                Case(case.size, case.in_house, 0.0, case.years, case.people_costs),
                factors,
            ),
            1.0,
        )
        assert met == pytest.approx(target, abs=1e-9 * scale)
