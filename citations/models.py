from django.db import models


class Work(models.Model):
    """A work the site cites: a law, a paper, a survey, a statistics release,
    a book. One record however many entries cite it; each citation adds where
    in the work (the locator) and, for editors, the supporting passage."""

    class Kind(models.TextChoices):
        # The scholar's distinction: readers (and reviewers) weigh a claim by
        # whether it rests on the original evidence or on someone's summary.
        PRIMARY = "primary", "Primary (statistics, law, standards, research, surveys)"
        SECONDARY = "secondary", "Secondary (books, reputable press, trade bodies)"
        TERTIARY = "tertiary", "Tertiary (encyclopaedias, Wikipedia, Investopedia)"

    authors = models.CharField(
        max_length=300,
        blank=True,
        help_text="As printed, e.g. “Larsen, M. M., Manning, S. and Pedersen, T.”; "
        "empty when an institution publishes under its own name.",
    )
    title = models.CharField(max_length=300)
    publisher = models.CharField(
        max_length=200,
        blank=True,
        help_text="The journal (with volume and issue) or who published it: "
        "OECD, Eurostat, the Official Journal of the EU…",
    )
    year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Year of publication (or of the version read)."
    )
    url = models.URLField(
        max_length=500,
        unique=True,
        help_text="A stable address: a DOI link, a CELEX link, the publisher's page.",
    )
    kind = models.CharField(
        max_length=10,
        choices=Kind.choices,
        default=Kind.SECONDARY,
        help_text="Primary sources are marked for visitors: prefer them.",
    )

    class Meta:
        ordering = ["title"]

    def __str__(self):
        who = f"{self.authors} " if self.authors else ""
        when = f"({self.year}) " if self.year else ""
        return f"{who}{when}{self.title}"


class Citation(models.Model):
    """What every citing row has: the work, and where in it the claim rests.

    `passage` and `verified_in` are for editors and reviewers only, never
    shown to visitors: the words of the work that support the claim and the
    copy they were checked against."""

    work = models.ForeignKey(Work, on_delete=models.PROTECT, related_name="+")
    locator = models.CharField(
        max_length=120,
        blank=True,
        help_text="Where in the work: “Art. 28(8)”, “section 4.2”, “p. 12”, “Table 3”.",
    )
    passage = models.TextField(
        blank=True,
        help_text="For editors only: the words of the work that support the claim.",
    )
    verified_in = models.URLField(
        max_length=500,
        blank=True,
        help_text="For editors only: the copy of the work the passage was checked in.",
    )

    class Meta:
        abstract = True
