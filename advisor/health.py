"""The advisor's checks on the content health page (editorial.health)."""

from django.db.models import Q

from editorial.health import Check, Problem, broken_links, change_url

from .models import Rule, SourcingModel


def checks() -> list[Check]:
    models = list(SourcingModel.objects.select_related("term"))
    return [
        Check(
            "Sourcing models with broken [[links]]",
            "Visitors see these as plain text: the slug is unknown or the term "
            "is a draft.",
            broken_links(models),
        ),
        Check(
            "Sourcing models without a glossary term",
            "The advisor's result then links no explanation of the model.",
            [
                Problem(
                    m.name,
                    change_url(m),
                    "no term" if m.term is None else f"“{m.term}” is a draft",
                )
                for m in models
                if m.term is None or not m.term.is_published
            ],
        ),
        Check(
            "Rules without a cited work",
            "Every point the advisor gives should rest on a work, cited with "
            "where in it (section, page or table). Rules whose old free-text "
            "source matched no work keep it here until an editor cites one.",
            [
                Problem(
                    str(rule),
                    change_url(rule),
                    f"was: “{rule.source_note}”" if rule.source_note else "no source",
                )
                for rule in Rule.objects.filter(
                    Q(work__isnull=True) | Q(locator="")
                ).select_related("option")
            ],
        ),
    ]
