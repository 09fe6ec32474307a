"""The cost factors' checks on the content health page (editorial.health)."""

from django.utils import timezone

from editorial.health import REVIEW_EVERY, Check, Problem, change_url

from .models import CostFactor


def checks() -> list[Check]:
    due = timezone.localdate() - REVIEW_EVERY
    factors = list(CostFactor.objects.select_related("work"))
    return [
        Check(
            "Cost factors not reviewed for 12 months",
            "Prices and practice move; the cost picture is only as good as its "
            "figures.",
            [
                Problem(
                    str(f), change_url(f), f"last reviewed {f.last_reviewed:%d %b %Y}"
                )
                for f in factors
                if f.last_reviewed < due
            ],
        ),
        Check(
            "Cost factors without a locator",
            "A reader checks a figure by finding it in the work: name the page "
            "or table.",
            [Problem(str(f), change_url(f)) for f in factors if not f.locator],
        ),
    ]
