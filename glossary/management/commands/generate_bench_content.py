"""Fills a throwaway database with a large generated glossary, for `make bench`.

The generated terms are never shipped: they only show how each page's cost
grows (or, as it must, does not) from the starter content's few dozen terms to
thousands. The command refuses to run unless told the database is disposable.
"""

import datetime
import random

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from citations.models import Work
from core.page_cache import bump_content_version
from glossary.models import (
    Category,
    Comparison,
    Dimension,
    DimensionValue,
    Source,
    Term,
)

# Real glossary entries are written from a small sourcing vocabulary: the same
# few words recur in thousands of names and definitions. Made-up words would
# each match a handful of terms and hide what a common word costs a search.
VOCABULARY = (
    "supplier service centre offshore onshore nearshore contract delivery "
    "governance outsourcing captive shared vendor process management model "
    "agreement transition partner risk cost business operating sourcing"
).split()
# A real definition is mostly ordinary words around three or four of these
# ("Handing a business process to an outside provider.").
DEFINITIONS = (
    "A {0} {1} in which a company hands the {2} of its {3} to someone else.",
    "Running {0} {1} work through a {2}, with the {3} kept in house.",
    "How a firm moves {0} work abroad and keeps its {1} {2} close to the {3}.",
)
BATCH = 1000
# What VACUUM does to GIN indexes, for a transaction (where VACUUM cannot run):
# rows written since are kept in a pending list the planner costs as slow.
FLUSH_GIN_PENDING_LISTS = """
    SELECT gin_clean_pending_list(index.oid::regclass)
    FROM pg_class index JOIN pg_am method ON method.oid = index.relam
    WHERE method.amname = 'gin' AND index.relnamespace = 'public'::regnamespace
"""


def sourcing_name(rng: random.Random) -> str:
    return " ".join(rng.sample(VOCABULARY, rng.randint(2, 3))).capitalize()


def sourcing_definition(rng: random.Random) -> str:
    return rng.choice(DEFINITIONS).format(*rng.sample(VOCABULARY, 4))


class Command(BaseCommand):
    help = (
        "Top the glossary up to --terms terms and --dimensions dimensions with "
        "generated content (benchmarks only; needs --database-is-disposable)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--terms", type=int, default=5000)
        parser.add_argument("--dimensions", type=int, default=20)
        parser.add_argument("--seed", type=int, default=8)
        parser.add_argument(
            "--database-is-disposable",
            action="store_true",
            help="Confirms this database holds nothing anyone needs.",
        )

    def handle(self, *args, terms, dimensions, seed, **options):
        if not options["database_is_disposable"]:
            raise CommandError(
                "This adds thousands of made-up terms. Run it only on a throwaway "
                "database, and say so with --database-is-disposable."
            )
        rng = random.Random(seed)
        with transaction.atomic():
            dims = self.top_up_dimensions(dimensions)
            new_terms = self.top_up_terms(rng, terms)
            self.add_values(new_terms, dims)
            self.add_relations_sources_comparisons(rng, new_terms)
        # bulk_create() sends no signals: cached pages go by hand.
        bump_content_version()
        if connection.vendor == "postgresql":
            # Fresh statistics and flushed GIN pending lists, as autovacuum
            # would leave them on a real site: otherwise the planner guesses.
            # VACUUM cannot run in a transaction (a test's, say): the rest can.
            with connection.cursor() as cursor:
                if connection.in_atomic_block:
                    cursor.execute(FLUSH_GIN_PENDING_LISTS)
                    cursor.execute("ANALYZE")
                else:
                    cursor.execute("VACUUM ANALYZE")
        self.stdout.write(
            f"{Term.objects.count()} terms, {Dimension.objects.count()} dimensions."
        )

    def top_up_dimensions(self, wanted):
        existing = Dimension.objects.count()
        Dimension.objects.bulk_create(
            Dimension(
                name=f"Generated aspect {n:02d}",
                slug=f"generated-aspect-{n:02d}",
                help_text="A generated comparison row.",
                order=200 + n,
            )
            for n in range(existing, wanted)
        )
        return list(Dimension.objects.all())

    def top_up_terms(self, rng, wanted):
        category = Category.objects.order_by("order").first() or (
            Category.objects.create(name="Generated", slug="generated")
        )
        taken = set(Term.objects.values_list("name", flat=True))
        names = []
        while len(taken) + len(names) < wanted:
            name = sourcing_name(rng)
            if name not in taken and name not in names:
                names.append(name)
        reviewed = datetime.date(2026, 11, 1)
        slugs = [name.lower().replace(" ", "-") for name in names]
        Term.objects.bulk_create(
            (
                Term(
                    name=name,
                    slug=slug,
                    # An abbreviation, as real entries have ("BPO", "GCC").
                    aliases="".join(word[0] for word in name.split()).upper(),
                    category=category,
                    definition=sourcing_definition(rng),
                    explanation=f"**{name}** exists only in benchmarks.\n\n- a\n- b",
                    last_reviewed=reviewed,
                    status=Term.Status.DRAFT if n % 20 == 19 else Term.Status.PUBLISHED,
                )
                for n, (name, slug) in enumerate(zip(names, slugs, strict=True))
            ),
            batch_size=BATCH,
        )
        return list(Term.objects.filter(slug__in=slugs))

    def add_values(self, terms, dims):
        DimensionValue.objects.bulk_create(
            (
                DimensionValue(term=term, dimension=dim, value=f"{term.name}: {dim}.")
                for term in terms
                for dim in dims
            ),
            batch_size=BATCH,
            ignore_conflicts=True,
        )

    def add_relations_sources_comparisons(self, rng, terms):
        # Generated terms relate among themselves only: the starter content's
        # pages then show the same things at 5,000 terms as at 40, and any
        # change in their cost is the cost of the glossary's size.
        through = Term.related_terms.through
        pairs = {
            (term.pk, other.pk)
            for term in terms
            for other in rng.sample(terms, 3)
            if other.pk != term.pk
        }
        pairs |= {(b, a) for a, b in pairs}
        through.objects.bulk_create(
            (through(from_term_id=a, to_term_id=b) for a, b in pairs),
            batch_size=BATCH,
            ignore_conflicts=True,
        )
        works = [
            Work.objects.get_or_create(
                url=f"https://example.com/bench-work-{i}",
                defaults={"title": f"Benchmark work {i}"},
            )[0]
            for i in range(2)
        ]
        Source.objects.bulk_create(
            (Source(term=term, work=work) for term in terms for work in works),
            batch_size=BATCH,
        )
        Comparison.objects.bulk_create(
            (
                Comparison(
                    term_a=a, term_b=b, introduction="Generated.", key_differences="- A"
                )
                for a, b in zip(terms[::20], terms[1::20], strict=False)
            ),
            batch_size=BATCH,
        )
