"""Loading the glossary's starter content: idempotent, and never overwriting an editor.

Each item is created only the first time it is loaded (see core.starter), so
loading again neither overwrites what an editor changed nor brings back what an
editor deleted.
"""

import datetime
from collections import Counter

from django.db import transaction

from citations.models import Work
from core.starter import first_time

from .models import Category, Comparison, Dimension, DimensionValue, Source, Term

WORK_FIELDS = ("authors", "title", "publisher", "year", "kind")
CITATION_FIELDS = ("locator", "passage", "verified_in")


@transaction.atomic
def load(content) -> Counter[str]:
    """Create what is new in `content` (glossary.starter_content's shape); count
    what was created by kind."""
    created: Counter[str] = Counter()
    for order, data in enumerate(content.CATEGORIES):
        _load_category(created, order, data)
    for data in content.DIMENSIONS:
        _load_dimension(created, data)
    reviewed = datetime.date.fromisoformat(content.LAST_REVIEWED)
    new_terms = [data for data in content.TERMS if _load_term(created, data, reviewed)]
    for data in content.TERMS:
        _load_values(created, data)
    for data in new_terms:
        _load_relations(data)
    for data in content.COMPARISONS:
        _load_comparison(created, data)
    return created


def _load_category(created: Counter[str], order: int, data: dict) -> None:
    if first_time(f"category:{data['slug']}"):
        _, new = Category.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "description": data["description"],
                "order": order,
            },
        )
        created["categories"] += new


def _load_dimension(created: Counter[str], data: dict) -> None:
    if first_time(f"dimension:{data['slug']}"):
        _, new = Dimension.objects.get_or_create(
            slug=data["slug"],
            defaults={key: data[key] for key in ("name", "help_text", "order")},
        )
        created["dimensions"] += new


def _load_term(created: Counter[str], data: dict, last_reviewed: datetime.date) -> bool:
    if not first_time(f"term:{data['slug']}"):
        return False
    category = Category.objects.filter(slug=data["category"]).first()
    if category is None or Term.objects.filter(slug=data["slug"]).exists():
        return False
    term = Term.objects.create(
        slug=data["slug"],
        name=data["name"],
        aliases="\n".join(data["aliases"]),
        misspellings="\n".join(data["misspellings"]),
        keywords="\n".join(data.get("keywords", [])),
        category=category,
        definition=data["definition"],
        key_takeaways="\n".join(data["takeaways"]),
        explanation=data["explanation"].strip(),
        example=data["example"].strip(),
        fits_when=data["fits_when"].strip(),
        not_fits_when=data["not_fits_when"].strip(),
        # A term's own review date when it has one (terms are reviewed apart).
        last_reviewed=datetime.date.fromisoformat(data["last_reviewed"])
        if "last_reviewed" in data
        else last_reviewed,
        status=Term.Status.PUBLISHED,
    )
    Source.objects.bulk_create(
        Source(
            term=term,
            order=order,
            work=_work(source),
            **{key: source.get(key, "") for key in CITATION_FIELDS},
        )
        for order, source in enumerate(data["sources"])
    )
    created["terms"] += 1
    return True


def _work(source: dict) -> Work:
    """The cited work, one record per URL: a work cited by several terms (or
    already described by an editor) is not described again."""
    return Work.objects.get_or_create(
        url=source["url"],
        defaults={key: source[key] for key in WORK_FIELDS if key in source},
    )[0]


def _load_values(created: Counter[str], data: dict) -> None:
    term = Term.objects.filter(slug=data["slug"]).first()
    dimensions = {d.slug: d for d in Dimension.objects.all()}
    for dim_slug, value in data["values"].items():
        dimension = dimensions.get(dim_slug)
        if term is None or dimension is None:
            continue
        if first_time(f"value:{data['slug']}:{dim_slug}"):
            _, new = DimensionValue.objects.get_or_create(
                term=term, dimension=dimension, defaults={"value": value}
            )
            created["values"] += new


def _load_relations(data: dict) -> None:
    term = Term.objects.get(slug=data["slug"])
    term.related_terms.add(*Term.objects.filter(slug__in=data["related"]))


def _load_comparison(created: Counter[str], data: dict) -> None:
    if not first_time(f"comparison:{data['a']}:{data['b']}"):
        return
    terms = {t.slug: t for t in Term.objects.filter(slug__in=[data["a"], data["b"]])}
    if len(terms) != 2:
        return
    term_a, term_b = terms[data["a"]], terms[data["b"]]
    exists = Comparison.objects.filter(
        term_a__in=[term_a, term_b], term_b__in=[term_a, term_b]
    ).exists()
    if not exists:
        Comparison.objects.create(
            term_a=term_a,
            term_b=term_b,
            introduction=data["introduction"].strip(),
            key_differences=data["key_differences"].strip(),
            verdict=data["verdict"].strip(),
        )
        created["comparisons"] += 1
