"""The shortlist's checks on the content health page (editorial.health)."""

from django.utils import timezone

from editorial.health import REVIEW_EVERY, Check, Problem, change_url

from .models import City, Country, Transfer


def checks() -> list[Check]:
    today = timezone.localdate()
    transfers = list(Transfer.objects.select_related("country"))
    places: list[Country | City] = [
        *Country.objects.all(),
        *City.objects.select_related("country"),
    ]
    return [
        Check(
            "Data-transfer rows past their review date",
            "An adequacy decision can lapse, be renewed or struck down: the "
            "shortlist shows this row's status until someone checks it.",
            [
                Problem(
                    str(row),
                    change_url(row),
                    f"review or expiry {row.next_review:%d %b %Y}",
                )
                for row in transfers
                if row.next_review and row.next_review < today
            ],
        ),
        Check(
            "Locations not reviewed for 12 months",
            "Bands and income groups are republished every year.",
            [
                Problem(
                    str(place),
                    change_url(place),
                    f"last reviewed {place.last_reviewed:%d %b %Y}",
                )
                for place in places
                if place.last_reviewed < today - REVIEW_EVERY
            ],
        ),
    ]
