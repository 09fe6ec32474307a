"""The shortlist's ranking: properties that must always hold."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from locations.ranking import CRITERIA, DEFAULT_WEIGHTS, TOP_ROWS, Candidate, rank


def candidate(key, ruled_out="", **scores):
    scores = {c: scores.get(c, 50) for c in CRITERIA}
    return Candidate(
        key,
        key.title(),
        scores,
        {c: f"{c} {s}" for c, s in scores.items()},
        ruled_out,
    )


def test_best_weighted_first_and_explained_in_words():
    krakow = candidate("krakow", overlap=100, transfer=100, cost=30)
    manila = candidate("manila", overlap=20, transfer=25, cost=70)
    ranked = rank([manila, krakow], DEFAULT_WEIGHTS)
    assert [r.candidate.key for r in ranked] == ["krakow", "manila"]
    assert ranked[0].explanation == (
        "working-hours overlap: overlap 100; English level: english 50; "
        "cost band: cost 30; data-transfer status: transfer 100"
    )
    assert ranked[1].explanation == (
        "working-hours overlap worse: overlap 20, against overlap 100 in Krakow; "
        "cost band better: cost 70, against cost 30 in Krakow; "
        "data-transfer status worse: transfer 25, against transfer 100 in Krakow"
    )
    assert ranked[0].fit == round((3 * 100 + 2 * 50 + 2 * 30 + 3 * 100) / 10)


def test_a_criterion_without_weight_is_not_named():
    a = candidate("a", overlap=100, english=10)
    b = candidate("b", overlap=10, english=90)
    ranked = rank([a, b], {"overlap": 1, "english": 0, "cost": 0, "transfer": 0})
    assert "English" not in ranked[1].explanation
    assert "overlap" in ranked[1].explanation


def test_ruled_out_last_with_its_reason():
    other = candidate("other", overlap=0)
    ranked = rank(
        [candidate("best", "data must stay in the EEA", overlap=100), other],
        DEFAULT_WEIGHTS,
    )
    assert [r.candidate.key for r in ranked] == ["other", "best"]
    assert ranked[1].explanation == "Ruled out: data must stay in the EEA"


@pytest.mark.parametrize("weight", [-1, 6])
def test_weights_out_of_range_are_refused(weight):
    with pytest.raises(ValueError):
        rank([candidate("a")], {**DEFAULT_WEIGHTS, "cost": weight})


scores = st.sampled_from([0, 25, 33, 50, 67, 75, 100])
candidates = st.lists(
    st.builds(
        lambda key, o, e, c, t, out: candidate(
            key, "rule" if out else "", overlap=o, english=e, cost=c, transfer=t
        ),
        st.text("abcdefgh", min_size=1, max_size=4),
        scores,
        scores,
        scores,
        scores,
        st.booleans(),
    ),
    min_size=1,
    max_size=12,
    unique_by=lambda c: c.key,
)
weights = st.fixed_dictionaries({c: st.integers(0, 5) for c in CRITERIA})


@given(candidates, weights, st.sampled_from(list(CRITERIA)))
def test_raising_a_weight_never_lowers_a_location_best_on_it(found, weights, criterion):
    assume(weights[criterion] < 5)
    eligible = [c for c in found if not c.ruled_out]
    assume(eligible)
    best = max(c.scores[criterion] for c in eligible)
    before = {r.candidate.key: r.position for r in rank(found, weights)}
    after = {
        r.candidate.key: r.position
        for r in rank(found, {**weights, criterion: weights[criterion] + 1})
    }
    for c in eligible:
        if c.scores[criterion] == best:
            assert after[c.key] <= before[c.key], c.key


@given(candidates, weights)
def test_a_ruled_out_location_never_comes_before_one_that_is_not(found, weights):
    ranked = rank(found, weights)
    flags = [r.ruled_out for r in ranked]
    assert flags == sorted(flags)
    eligible = sum(not c.ruled_out for c in found)
    assert not any(r.ruled_out for r in ranked[: min(TOP_ROWS, eligible)])


@given(candidates, weights)
def test_the_explanation_names_every_weighted_criterion_that_differs(found, weights):
    ranked = rank(found, weights)
    top = ranked[0].candidate
    for row in ranked[1:]:
        if row.ruled_out:
            continue
        for criterion, label in CRITERIA.items():
            differs = row.candidate.scores[criterion] != top.scores[criterion]
            named = label in row.explanation
            assert named == (differs and weights[criterion] > 0), (criterion, row)
