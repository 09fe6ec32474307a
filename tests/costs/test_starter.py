"""The starter cost factors: every figure has its source, and loading is
idempotent and never overwrites an editor."""

import datetime
import re
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest

from citations.models import Work
from costs import starter, starter_content
from costs.formulas import Spread
from costs.models import CostFactor
from costs.options import GROUPS, OPTION_LABELS


@pytest.mark.parametrize(
    "data", starter_content.FACTORS, ids=lambda d: f"{d['cost_type']}-{d['applies_to']}"
)
def test_every_starter_factor_has_a_source_a_locator_and_a_checked_passage(data):
    work = data["work"]
    assert work["title"] and urlsplit(work["url"]).scheme == "https"
    assert data["locator"]
    assert data["passage"] and urlsplit(data["verified_in"]).scheme == "https"
    assert data["applies_to"] in {*OPTION_LABELS, *GROUPS}
    Spread(float(data["low"]), float(data["likely"]), float(data["high"]))
    assert datetime.date.fromisoformat(starter_content.LAST_REVIEWED)


def test_each_figure_in_a_note_or_range_appears_in_its_passage():
    # The published numbers (not the midpoints we derive) are in the source.
    for data in starter_content.FACTORS:
        for value in (data["low"], data["high"]):
            number = value.lstrip("0") if value.startswith("0.") else value
            words = {"3": "three", "12": "a full year"}
            assert number in data["passage"] or words.get(value, "") in data["passage"]


def test_no_two_starter_factors_fill_the_same_cell():
    # The loader keys a factor by its cell: a second one would be dropped unseen.
    cells = [
        (d["cost_type"], d["applies_to"], d["band"]) for d in starter_content.FACTORS
    ]
    assert len(cells) == len(set(cells))


def test_every_starter_text_fits_its_column():
    # PostgreSQL refuses a longer value at load (SQLite would take it).
    factor_fields = ("note", "locator", "verified_in")
    for data in starter_content.FACTORS:
        for name in factor_fields:
            assert len(data[name]) <= CostFactor._meta.get_field(name).max_length, name
        for name in ("title", "publisher", "authors", "url"):
            limit = Work._meta.get_field(name).max_length
            assert len(data["work"][name]) <= limit, name


def test_a_work_cited_twice_is_described_the_same_way():
    # Works are shared by URL: the first description loaded is the one kept.
    by_url = {}
    for data in starter_content.FACTORS:
        work = data["work"]
        assert by_url.setdefault(work["url"], work) == work


def test_a_yearly_escalation_names_its_year_and_in_house_has_its_own():
    escalations = [d for d in starter_content.FACTORS if d["cost_type"] == "escalation"]
    for data in escalations:
        # A pay rise means nothing without the year it was measured in.
        assert data["work"]["year"]
        assert re.search(r"\b(19|20)\d\d\b", data["note"]), data["applies_to"]
    # Options whose cost rises each year are compared with an in-house cost
    # that rises too, never with a flat one.
    if escalations:
        assert "in_house" in {d["applies_to"] for d in escalations}


@pytest.mark.django_db
def test_loading_twice_creates_once_and_keeps_editors_changes_and_deletions():
    assert starter.load(starter_content)["cost factors"] == len(starter_content.FACTORS)
    factor = CostFactor.objects.get(cost_type="governance")
    factor.high = 9
    factor.save()
    CostFactor.objects.get(cost_type="uplift").delete()

    assert sum(starter.load(starter_content).values()) == 0
    assert CostFactor.objects.get(cost_type="governance").high == 9
    assert not CostFactor.objects.filter(cost_type="uplift").exists()
    loaded = CostFactor.objects.select_related("work")
    assert all(f.work.url and f.locator and f.last_reviewed for f in loaded)


@pytest.mark.django_db
def test_a_small_stand_in_is_loaded_with_its_work_shared():
    work = {**starter_content.OVERBY}
    content = SimpleNamespace(
        LAST_REVIEWED="2026-01-02",
        FACTORS=[
            {**starter_content.FACTORS[1], "work": work},
            {**starter_content.FACTORS[2], "work": work},
        ],
    )
    created = starter.load(content)
    assert created == {"works": 1, "cost factors": 2}
    assert {f.last_reviewed for f in CostFactor.objects.all()} == {
        datetime.date(2026, 1, 2)
    }
