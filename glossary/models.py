from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Func, Q, Value
from django.db.models.functions import Concat, Greatest, Least, Lower
from django.urls import reverse

from citations.models import Citation

# "/compare/<a>-vs-<b>/" splits on this separator, so no slug may contain it.
COMPARE_SEPARATOR = "-vs-"


def validate_not_compare_separator(value):
    if COMPARE_SEPARATOR in value:
        raise ValidationError(
            'A slug cannot contain "%(sep)s": comparison URLs use it.',
            code="slug_separator",
            params={"sep": COMPARE_SEPARATOR},
        )


class Category(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.CharField(max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["order", "name"]
        verbose_name_plural = "categories"
        indexes = [models.Index(fields=["order", "name"], name="category_ordering")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('glossary:term-list')}?category={self.slug}"


class FullTextVector(SearchVector):
    """A term's words for full-text search (to_tsvector) on PostgreSQL.

    SQLite has no tsvector and searches in Python (glossary/selectors.py):
    there the column this fills is an empty one that nothing reads, so both
    databases share one model and one migration."""

    def as_sqlite(self, compiler, connection, **extra_context):
        return "NULL", []


class SearchLabels(Func):
    """A term's names, aliases, misspellings and keywords, one a line, as
    search in PostgreSQL compares them (glossary/postgres_search.py): written
    as glossary.search.normalise writes a query (lower case, every run of
    characters other than letters and digits one space), every word after a
    space and every line between newlines: "\\n time and materials t m \\n t m \\n".
    So "T&M" is a whole line, and a line or word starts right after "\\n " or " ".

    SQLite searches in Python and never reads it: there it is the lines as
    they are, lower-cased (SQLite has no regular expressions of its own)."""

    output_field = models.TextField()

    def __init__(self, *fields):
        lines = [part for field in fields for part in (Value("\n"), field)][1:]
        super().__init__(Lower(Concat(*lines, output_field=models.TextField())))

    def as_sql(self, compiler, connection, **extra_context):
        return compiler.compile(self.source_expressions[0])

    def as_postgresql(self, compiler, connection, **extra_context):
        def replace(text, pattern, replacement):
            return Func(
                text,
                Value(pattern),
                Value(replacement),
                Value("g"),
                function="REGEXP_REPLACE",
                output_field=models.TextField(),
            )

        words = replace(self.source_expressions[0], "[^[:alnum:]\n]+", " ")
        lines = replace(words, " *\n[ \n]*", " \n ")
        trimmed = Func(
            lines, Value(" \n"), function="BTRIM", output_field=models.TextField()
        )
        framed = Concat(
            Value("\n "), trimmed, Value(" \n"), output_field=models.TextField()
        )
        return compiler.compile(framed)


class TermQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Term.Status.PUBLISHED)

    def summaries(self):
        """Without the long texts only a term's own page shows: lists, search
        and links read a few short fields of many terms."""
        return self.defer(*Term.PAGE_TEXTS)


class Term(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft (hidden from the public)"
        PUBLISHED = "published", "Published"

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(
        max_length=120,
        unique=True,
        validators=[validate_not_compare_separator],
        help_text="The term's permanent address: /glossary/<slug>/. Change with care.",
    )
    aliases = models.TextField(
        blank=True,
        help_text="Real synonyms and abbreviations only, one per line: shown as "
        "“also called”, and search goes straight to the term for any of them.",
    )
    misspellings = models.TextField(
        blank=True,
        help_text="Common misspellings, one per line (“resoring”). Search "
        "finds the term by them and says what it corrected; never shown on the page.",
    )
    keywords = models.TextField(
        "search keywords",
        blank=True,
        help_text="What people type when they look for this term but is not "
        "another name for it, one per line (“BPO company”, “profit sharing”). "
        "Search lists the term first for them; never shown on the page.",
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="terms"
    )
    definition = models.CharField(
        max_length=300,
        help_text="One plain sentence, shown in lists and search results.",
    )
    key_takeaways = models.TextField(
        blank=True,
        help_text="Three short sentences, one per line, shown first on the term's "
        "page: what a busy manager must remember.",
    )
    explanation = models.TextField(
        blank=True, help_text="Markdown. Raw HTML is removed when shown."
    )
    example = models.TextField(
        blank=True,
        help_text="Markdown. One concrete example: who did what, where, and why.",
    )
    fits_when = models.TextField(
        "when it fits",
        blank=True,
        help_text="Markdown bullet list: the situations this option suits.",
    )
    not_fits_when = models.TextField(
        "when it does not fit",
        blank=True,
        help_text="Markdown bullet list: the situations where it is the wrong choice.",
    )
    related_terms = models.ManyToManyField("self", blank=True, symmetrical=True)
    # Shown on the term's own page only (see TermQuerySet.summaries).
    PAGE_TEXTS = (
        "key_takeaways",
        "explanation",
        "example",
        "fits_when",
        "not_fits_when",
    )
    last_reviewed = models.DateField(null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # What search in PostgreSQL reads (glossary/postgres_search.py): one column
    # per purpose, each with its GIN index (migration 0007), kept up to date by
    # the database on every write. Derived, so never exported or edited.
    search_labels = models.GeneratedField(
        # Names, aliases, misspellings and keywords as search compares them
        # (see SearchLabels): "contains", line and word starts, and typos
        # (trigrams and regular expressions), one column and one index.
        expression=SearchLabels("name", "aliases", "misspellings", "keywords"),
        output_field=models.TextField(),
        db_persist=True,
        serialize=False,
    )
    search_document = models.GeneratedField(
        expression=FullTextVector(
            "name",
            "aliases",
            "misspellings",
            "keywords",
            "definition",
            config="english",
        ),
        output_field=SearchVectorField(null=True),
        db_persist=True,
        serialize=False,
    )

    SEARCH_COLUMNS = ("search_labels", "search_document")

    objects = TermQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        # The GIN indexes of search_labels and search_document are not listed
        # here: SQLite has no GIN, and it rebuilds a table from this list when
        # a migration changes it. Migration 0007 makes them on PostgreSQL only.
        indexes = [
            # Published terms by name (lists, pickers, sitemap) without a sort.
            models.Index(fields=["status", "name"], name="term_status_name"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("glossary:term-detail", args=[self.slug])

    @property
    def alias_list(self):
        return _lines(self.aliases)

    @property
    def misspelling_list(self):
        return _lines(self.misspellings)

    @property
    def keyword_list(self):
        return _lines(self.keywords)

    @property
    def takeaway_list(self):
        return _lines(self.key_takeaways)

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED


def _lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


class Source(Citation):
    """A work a term cites (the site's one model of cited works), in order."""

    term = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="sources")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "id"]
        # A term's sources in their order, read from the index without a sort.
        indexes = [models.Index(fields=["term", "order"], name="source_term_order")]

    def __str__(self):
        return str(self.work)


class Dimension(models.Model):
    """A comparison row (Location, Who does the work...): every term has a value."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    help_text = models.CharField(max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["order", "name"]
        indexes = [models.Index(fields=["order", "name"], name="dimension_ordering")]

    def __str__(self):
        return self.name


class DimensionValue(models.Model):
    term = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="values")
    dimension = models.ForeignKey(
        Dimension, on_delete=models.CASCADE, related_name="values"
    )
    value = models.TextField()

    class Meta:
        ordering = ["dimension__order", "dimension__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["term", "dimension"], name="one_value_per_term_and_dimension"
            )
        ]

    def __str__(self):
        return f"{self.term} / {self.dimension}"


class Comparison(models.Model):
    """A curated pair: an introduction and key differences on top of the table.

    The pair is stored in its title order ("Outsourcing vs offshoring"), which
    is also the order of its canonical URL.
    """

    term_a = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="+")
    term_b = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="+")
    introduction = models.TextField(help_text="Markdown.")
    key_differences = models.TextField(help_text="Markdown, usually a bullet list.")
    verdict = models.TextField(
        "when to choose which",
        blank=True,
        help_text="Markdown: “Choose X when …; choose Y when …”.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["term_a__name", "term_b__name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(term_a=F("term_b")),
                name="comparison_of_two_different_terms",
                violation_error_message="A term cannot be compared with itself.",
            ),
            # One curated comparison per pair, whichever order it was entered in.
            models.UniqueConstraint(
                Least("term_a", "term_b"),
                Greatest("term_a", "term_b"),
                name="one_comparison_per_pair",
                violation_error_message="These two terms already have a comparison.",
            ),
        ]

    def __str__(self):
        return f"{self.term_a} vs {self.term_b}"

    def get_absolute_url(self):
        return reverse("glossary:compare", args=[COMPARE_SEPARATOR.join(self.slugs)])

    @property
    def slugs(self):
        return (self.term_a.slug, self.term_b.slug)


class SlugRedirect(models.Model):
    """A term's former address: links to it keep working after a rename."""

    old_slug = models.SlugField(max_length=120, unique=True)
    term = models.ForeignKey(Term, on_delete=models.CASCADE, related_name="old_slugs")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["old_slug"]

    def __str__(self):
        return f"{self.old_slug} → {self.term.slug}"
