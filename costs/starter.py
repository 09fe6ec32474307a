"""Loading the starter cost factors: idempotent, never overwriting an editor.

Each factor is created only the first time its key is seen (core.starter), so
loading again neither overwrites what an editor changed nor brings back what
an editor deleted. A cited work is shared with any other entry citing it.
"""

import datetime
from collections import Counter

from django.db import transaction

from citations.models import Work
from core.starter import first_time

from .models import CostFactor

WORK_FIELDS = ("authors", "title", "publisher", "year", "kind")
FIGURE_FIELDS = ("low", "likely", "high", "note", "locator", "passage", "verified_in")


@transaction.atomic
def load(content) -> Counter[str]:
    """Create what is new in `content` (costs.starter_content's shape); count
    what was created by kind."""
    created: Counter[str] = Counter()
    reviewed = datetime.date.fromisoformat(content.LAST_REVIEWED)
    for data in content.FACTORS:
        key = f"cost-factor:{data['cost_type']}:{data['applies_to']}:{data['band']}"
        if not first_time(key):
            continue
        work, new_work = Work.objects.get_or_create(
            url=data["work"]["url"],
            defaults={field: data["work"][field] for field in WORK_FIELDS},
        )
        created["works"] += new_work
        _, new = CostFactor.objects.get_or_create(
            cost_type=data["cost_type"],
            applies_to=data["applies_to"],
            band=data["band"],
            defaults={
                "work": work,
                "last_reviewed": reviewed,
                **{field: data[field] for field in FIGURE_FIELDS},
            },
        )
        created["cost factors"] += new
    return created
