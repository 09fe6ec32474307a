"""Countries, cities and data-transfer rules: what the shortlist at /where/
reads. Editors keep them in admin; every cell cites a work (citations.Work)
and every row has a last-reviewed date. Bands and overlaps are computed,
never stored (advisor.engine.geography, locations.overlap)."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from citations.models import Citation


class Regime(models.TextChoices):
    """A home's data-protection law, as far as transfers abroad go."""

    EU = "eu", "EU/EEA (GDPR)"
    UK = "uk", "United Kingdom (UK GDPR)"
    CH = "ch", "Switzerland (FADP)"
    NONE = "none", "None of these"


class WorkingWeek(models.TextChoices):
    MON_FRI = "mon_fri", "Monday to Friday"
    SUN_THU = "sun_thu", "Sunday to Thursday"


class EnglishBand(models.TextChoices):
    """The EF English Proficiency Index's bands; "official" where English is
    an official or main language, which the index leaves out."""

    OFFICIAL = "official", "Official language (not in the index)"
    VERY_HIGH = "very_high", "Very high"
    HIGH = "high", "High"
    MODERATE = "moderate", "Moderate"
    LOW = "low", "Low"
    VERY_LOW = "very_low", "Very low"


class IncomeGroup(models.TextChoices):
    """The World Bank's income groups (GNI per capita, Atlas method)."""

    LOW = "low", "Low income"
    LOWER_MIDDLE = "lower_middle", "Lower-middle income"
    UPPER_MIDDLE = "upper_middle", "Upper-middle income"
    HIGH = "high", "High income"


def validate_time_zone(name: str) -> None:
    if name not in zoneinfo.available_timezones():
        raise ValidationError(
            "“%(name)s” is not a time zone of the IANA database: use a city's "
            "zone such as Europe/Warsaw or America/Sao_Paulo.",
            params={"name": name},
            code="unknown_zone",
        )


class Country(models.Model):
    code = models.CharField(
        max_length=2, unique=True, help_text="ISO 3166-1 alpha-2 code, e.g. PL."
    )
    name = models.CharField(max_length=80)
    region = models.CharField(
        max_length=60, help_text="e.g. Central and Eastern Europe, Latin America."
    )
    regime = models.CharField(
        max_length=4,
        choices=Regime,
        help_text="The data-protection law a manager based here is under.",
    )
    working_week = models.CharField(
        max_length=7, choices=WorkingWeek, default=WorkingWeek.MON_FRI
    )
    english_band = models.CharField(
        max_length=9,
        choices=EnglishBand,
        blank=True,
        help_text="The EF EPI band (never its scores); empty when not checked.",
    )
    english_edition = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The EF EPI edition the band is from."
    )
    income_group = models.CharField(max_length=12, choices=IncomeGroup, blank=True)
    income_year = models.CharField(
        max_length=6, blank=True, help_text="The World Bank fiscal year, e.g. FY2026."
    )
    index_name = models.CharField(
        max_length=80, blank=True, help_text="Optional: a location index's name."
    )
    index_rank = models.PositiveSmallIntegerField(null=True, blank=True)
    index_edition = models.PositiveSmallIntegerField(null=True, blank=True)
    last_reviewed = models.DateField()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"

    def __str__(self):
        return self.name

    @property
    def days(self) -> frozenset[int]:
        if self.working_week == WorkingWeek.SUN_THU:
            return frozenset({6, 0, 1, 2, 3})
        return frozenset(range(5))


class CountrySource(Citation):
    """The work one cell of a country rests on."""

    class Cell(models.TextChoices):
        REGIME = "regime", "Data-protection regime"
        WORKING_WEEK = "working_week", "Working week"
        ENGLISH = "english", "English band"
        INCOME = "income", "Income group"
        INDEX = "index", "Index rank"

    country = models.ForeignKey(
        Country, on_delete=models.CASCADE, related_name="sources"
    )
    cell = models.CharField(max_length=12, choices=Cell.choices)

    class Meta:
        ordering = ["country", "cell"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "cell"],
                name="one_source_per_country_cell",
                violation_error_message="This cell already has a source.",
            )
        ]

    def __str__(self):
        return f"{self.country}: {self.get_cell_display()}"


class City(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(
        max_length=80, unique=True, help_text="In shortlist addresses: ?home=london."
    )
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="cities"
    )
    time_zone = models.CharField(
        max_length=64,
        validators=[validate_time_zone],
        help_text="The city's IANA zone (a country can span several).",
    )
    latitude = models.FloatField(
        validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    is_delivery = models.BooleanField(
        "delivery location", default=False, help_text="Shown on the shortlist."
    )
    is_home = models.BooleanField(
        "head-office city", default=False, help_text="Offered as a home city."
    )
    last_reviewed = models.DateField()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "cities"

    def __str__(self):
        return f"{self.name} ({self.country.code})" if self.country_id else self.name

    @property
    def point(self) -> tuple[float, float]:
        return (self.latitude, self.longitude)


class CitySource(Citation):
    class Cell(models.TextChoices):
        TIME_ZONE = "time_zone", "Time zone"
        COORDINATES = "coordinates", "Coordinates"

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="sources")
    cell = models.CharField(max_length=12, choices=Cell.choices)

    class Meta:
        ordering = ["city", "cell"]
        constraints = [
            models.UniqueConstraint(
                fields=["city", "cell"],
                name="one_source_per_city_cell",
                violation_error_message="This cell already has a source.",
            )
        ]

    def __str__(self):
        return f"{self.city}: {self.get_cell_display()}"


class Transfer(Citation):
    """Whether personal data may go from a home regime to a country, under
    which legal act, and until when. Same-regime pairs need no row."""

    class Status(models.TextChoices):
        ADEQUACY = "adequacy", "Adequacy decision"
        PARTIAL = "partial", "Partial adequacy"
        CLAUSES = "clauses", "No decision: contract clauses and an assessment needed"

    home_regime = models.CharField(
        max_length=4, choices=[c for c in Regime.choices if c[0] != Regime.NONE]
    )
    country = models.ForeignKey(
        Country, on_delete=models.CASCADE, related_name="transfers"
    )
    status = models.CharField(max_length=8, choices=Status.choices)
    scope = models.CharField(
        max_length=200,
        blank=True,
        help_text="For a partial decision, who it covers, e.g. “organisations "
        "certified under the EU-US Data Privacy Framework”.",
    )
    reference = models.CharField(
        max_length=200,
        blank=True,
        help_text="The legal act, e.g. “Implementing Decision (EU) 2023/1795”.",
    )
    decided = models.DateField(null=True, blank=True)
    next_review = models.DateField(
        null=True,
        blank=True,
        help_text="The next review or expiry; the health page lists it once passed.",
    )
    last_reviewed = models.DateField()

    class Meta:
        ordering = ["home_regime", "country"]
        constraints = [
            models.UniqueConstraint(
                fields=["home_regime", "country"],
                name="one_transfer_per_regime_country",
                violation_error_message="This regime already has a row for the "
                "country.",
            )
        ]

    def __str__(self):
        return f"{self.get_home_regime_display()} → {self.country}"
