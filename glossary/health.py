"""The glossary's checks on the content health page (editorial.health)."""

import datetime

from django.db.models import Count
from django.utils import timezone

from editorial.health import REVIEW_EVERY, Check, Problem, broken_links, change_url

from .models import Comparison, Dimension, DimensionValue, Term

DRAFT_TOO_OLD = datetime.timedelta(days=30)


def checks() -> list[Check]:
    now = timezone.now()
    today = timezone.localdate()
    terms = list(Term.objects.annotate(source_count=Count("sources")))
    dimensions = list(Dimension.objects.all())
    has_value = set(DimensionValue.objects.values_list("term_id", "dimension_id"))
    comparisons = list(Comparison.objects.select_related("term_a", "term_b"))
    return [
        Check(
            "Terms without sources",
            "Readers trust a definition they can check.",
            [Problem(t.name, change_url(t)) for t in terms if not t.source_count],
        ),
        Check(
            "Terms not reviewed for 12 months",
            "Sourcing practice moves; a yearly look keeps terms right.",
            [
                Problem(
                    t.name,
                    change_url(t),
                    f"last reviewed {t.last_reviewed:%d %b %Y}"
                    if t.last_reviewed
                    else "never reviewed",
                )
                for t in terms
                if t.last_reviewed is None or t.last_reviewed < today - REVIEW_EVERY
            ],
        ),
        Check(
            "Missing comparison values",
            "Comparison tables show an empty cell for these.",
            [
                Problem(
                    t.name,
                    change_url(t),
                    "missing: " + ", ".join(d.name for d in missing),
                )
                for t in terms
                if (missing := [d for d in dimensions if (t.pk, d.pk) not in has_value])
            ],
        ),
        Check(
            "Broken [[links]]",
            "Visitors see these as plain text: the slug is unknown or the term "
            "is a draft.",
            broken_links([*terms, *comparisons]),
        ),
        Check(
            "Drafts older than 30 days",
            "Publish them or delete them: nobody can read a draft.",
            [
                Problem(t.name, change_url(t), f"created {t.created_at:%d %b %Y}")
                for t in terms
                if not t.is_published and t.created_at < now - DRAFT_TOO_OLD
            ],
        ),
    ]
