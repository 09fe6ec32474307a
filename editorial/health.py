"""What needs an editor's attention, in a fixed number of queries whatever
the amount of content (each check reads one table once, in Python after)."""

import datetime
from dataclasses import dataclass, field

from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from advisor.models import Rule, SourcingModel
from core.markdown import link_slugs
from glossary.models import Comparison, Dimension, DimensionValue, Term

REVIEW_EVERY = datetime.timedelta(days=365)
DRAFT_TOO_OLD = datetime.timedelta(days=30)


@dataclass(frozen=True)
class Problem:
    label: str
    url: str
    detail: str = ""


@dataclass
class Check:
    title: str
    why: str
    problems: list[Problem] = field(default_factory=list)


def _change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def _markdown_texts(obj) -> list[str]:
    model_admin = admin.site.get_model_admin(type(obj))
    return [getattr(obj, name) or "" for name in model_admin.markdown_fields]


def content_health(today: datetime.date | None = None) -> list[Check]:
    now = timezone.now()
    today = today or timezone.localdate()
    terms = list(Term.objects.annotate(source_count=Count("sources")))
    dimensions = list(Dimension.objects.all())
    has_value = set(DimensionValue.objects.values_list("term_id", "dimension_id"))
    comparisons = list(Comparison.objects.select_related("term_a", "term_b"))
    models = list(SourcingModel.objects.select_related("term"))
    return [
        Check(
            "Terms without sources",
            "Readers trust a definition they can check.",
            [Problem(t.name, _change_url(t)) for t in terms if not t.source_count],
        ),
        Check(
            "Terms not reviewed for 12 months",
            "Sourcing practice moves; a yearly look keeps terms right.",
            [
                Problem(
                    t.name,
                    _change_url(t),
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
                    _change_url(t),
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
            _broken_links([*terms, *comparisons, *models]),
        ),
        Check(
            "Drafts older than 30 days",
            "Publish them or delete them: nobody can read a draft.",
            [
                Problem(t.name, _change_url(t), f"created {t.created_at:%d %b %Y}")
                for t in terms
                if not t.is_published and t.created_at < now - DRAFT_TOO_OLD
            ],
        ),
        Check(
            "Sourcing models without a glossary term",
            "The advisor's result then links no explanation of the model.",
            [
                Problem(
                    m.name,
                    _change_url(m),
                    "no term" if m.term is None else f"“{m.term}” is a draft",
                )
                for m in models
                if m.term is None or not m.term.is_published
            ],
        ),
        Check(
            "Rules without a source",
            "Every point the advisor gives should rest on a citation.",
            [
                Problem(str(rule), _change_url(rule))
                for rule in Rule.objects.filter(source="").select_related("option")
            ],
        ),
    ]


def _broken_links(objects) -> list[Problem]:
    texts = {obj: _markdown_texts(obj) for obj in objects}
    wanted = link_slugs(*(text for group in texts.values() for text in group))
    live = set(
        Term.objects.published().filter(slug__in=wanted).values_list("slug", flat=True)
    )
    problems = []
    for obj, group in texts.items():
        broken = sorted(link_slugs(*group) - live)
        if broken:
            detail = ", ".join(f"[[{slug}]]" for slug in broken)
            problems.append(Problem(str(obj), _change_url(obj), detail))
    return problems
