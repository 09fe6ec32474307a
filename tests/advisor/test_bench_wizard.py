"""The benchmark's in-process half walks the advisor wizard with answers it
makes up from the forms: when a step's rules change (goals as three distinct
priorities, problems refused for work at home), its answers must still be
accepted, or `make bench` stops before measuring anything."""

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def inprocess(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import inprocess

    yield inprocess
    sys.modules.pop("inprocess", None)
    sys.modules.pop("run", None)


def test_the_benchmark_answers_reach_a_saved_result(inprocess, client, rules):
    timings, location = inprocess.run_wizard(client)
    assert location.startswith("/advisor/result/")
    assert set(timings) == {step for step, _ in inprocess.STEP_FORMS}
    assert 'id="recommendation-heading"' in client.get(location).content.decode()
