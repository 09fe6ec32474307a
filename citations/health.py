"""The cited works' check on the content health page (editorial.health)."""

from editorial.health import Check, Problem, change_url

from .models import Work


def checks() -> list[Check]:
    return [
        Check(
            "Cited works without a year",
            "A reader weighs a claim by how recent its evidence is.",
            [
                Problem(str(work), change_url(work))
                for work in Work.objects.filter(year=None)
            ],
        )
    ]
