import datetime

import pytest

from citations.models import Work
from costs.models import CostFactor


@pytest.fixture
def work(db):
    return Work.objects.create(
        title="A study of outsourcing costs",
        authors="Doe, J.",
        year=2020,
        url="https://doi.org/10.0000/costs",
        kind=Work.Kind.PRIMARY,
    )


@pytest.fixture
def make_factor(work):
    """A cost factor with its source; reviewed recently unless told otherwise."""

    def make(cost_type, applies_to, low, likely, high, band="", **fields):
        fields.setdefault("locator", "Table 1")
        fields.setdefault("last_reviewed", datetime.date(2026, 11, 1))
        return CostFactor.objects.create(
            cost_type=cost_type,
            applies_to=applies_to,
            band=band,
            low=low,
            likely=likely,
            high=high,
            work=fields.pop("work", work),
            **fields,
        )

    return make
