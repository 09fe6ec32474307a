"""Loading the starter content: idempotent, and never overwriting an editor.

Each item is created only the first time it is loaded; a StarterItem row then
remembers it, so loading again neither overwrites what an editor changed nor
brings back what an editor deleted.
"""

import datetime
from collections import Counter

from django.db import transaction

from .models import (
    Category,
    Comparison,
    Dimension,
    DimensionValue,
    Source,
    StarterItem,
    Term,
)


def first_time(key: str) -> bool:
    """True the first time a starter item is seen; remembers it from then on."""
    return StarterItem.objects.get_or_create(key=key)[1]


def source_fields(source) -> dict:
    """A starter source as model fields. The first content listed (title, url)
    pairs; until the rewritten content lands, both shapes load."""
    if isinstance(source, dict):
        return {
            key: source[key] for key in ("title", "publisher", "year", "url", "kind")
        }
    title, url = source
    return {"title": title, "url": url}


class StarterLoader:
    def __init__(self, content):
        self.content = content
        self.created = Counter()

    @transaction.atomic
    def load(self) -> Counter:
        for order, data in enumerate(self.content.CATEGORIES):
            self.load_category(order, data)
        for data in self.content.DIMENSIONS:
            self.load_dimension(data)
        new_terms = [data for data in self.content.TERMS if self.load_term(data)]
        for data in self.content.TERMS:
            self.load_values(data)
        for data in new_terms:
            self.load_relations(data)
        for data in self.content.COMPARISONS:
            self.load_comparison(data)
        return self.created

    def load_category(self, order, data):
        if first_time(f"category:{data['slug']}"):
            _, created = Category.objects.get_or_create(
                slug=data["slug"],
                defaults={
                    "name": data["name"],
                    "description": data["description"],
                    "order": order,
                },
            )
            self.created["categories"] += created

    def load_dimension(self, data):
        if first_time(f"dimension:{data['slug']}"):
            _, created = Dimension.objects.get_or_create(
                slug=data["slug"],
                defaults={key: data[key] for key in ("name", "help_text", "order")},
            )
            self.created["dimensions"] += created

    def load_term(self, data) -> bool:
        if not first_time(f"term:{data['slug']}"):
            return False
        category = Category.objects.filter(slug=data["category"]).first()
        if category is None or Term.objects.filter(slug=data["slug"]).exists():
            return False
        term = Term.objects.create(
            slug=data["slug"],
            name=data["name"],
            aliases="\n".join(data["aliases"]),
            misspellings="\n".join(data.get("misspellings", [])),
            category=category,
            definition=data["definition"],
            key_takeaways="\n".join(data.get("takeaways", [])),
            explanation=data["explanation"].strip(),
            example=data.get("example", "").strip(),
            fits_when=data.get("fits_when", "").strip(),
            not_fits_when=data.get("not_fits_when", "").strip(),
            last_reviewed=datetime.date.fromisoformat(self.content.LAST_REVIEWED),
            status=Term.Status.PUBLISHED,
        )
        Source.objects.bulk_create(
            Source(term=term, order=order, **source_fields(source))
            for order, source in enumerate(data["sources"])
        )
        self.created["terms"] += 1
        return True

    def load_values(self, data):
        term = Term.objects.filter(slug=data["slug"]).first()
        dimensions = {d.slug: d for d in Dimension.objects.all()}
        for dim_slug, value in data["values"].items():
            dimension = dimensions.get(dim_slug)
            if term is None or dimension is None:
                continue
            if first_time(f"value:{data['slug']}:{dim_slug}"):
                _, created = DimensionValue.objects.get_or_create(
                    term=term, dimension=dimension, defaults={"value": value}
                )
                self.created["values"] += created

    def load_relations(self, data):
        term = Term.objects.get(slug=data["slug"])
        term.related_terms.add(*Term.objects.filter(slug__in=data["related"]))

    def load_comparison(self, data):
        if not first_time(f"comparison:{data['a']}:{data['b']}"):
            return
        terms = {
            t.slug: t for t in Term.objects.filter(slug__in=[data["a"], data["b"]])
        }
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
                verdict=data.get("verdict", "").strip(),
            )
            self.created["comparisons"] += 1
