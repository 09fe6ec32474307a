from django.contrib import admin
from django.db import models

from editorial.admin import EditorialAdmin, LabelledTabularInline

from .models import City, CitySource, Country, CountrySource, Transfer


class CellSourceInline(LabelledTabularInline):
    """The work each cell of a row rests on, one per cell."""

    fields = ["cell", "work", "locator", "passage", "verified_in"]
    autocomplete_fields = ["work"]
    extra = 0
    # An address typed without a scheme is https (Django 6's default already).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    verbose_name = "source of a cell"
    verbose_name_plural = "Sources (one per cell)"


class CountrySourceInline(CellSourceInline):
    model = CountrySource


@admin.register(Country)
class CountryAdmin(EditorialAdmin):
    list_display = [
        "name",
        "code",
        "regime",
        "english_band",
        "income_group",
        "last_reviewed",
    ]
    list_filter = ["regime", "region", "english_band", "income_group"]
    search_fields = ["name", "code", "region"]
    inlines = [CountrySourceInline]
    fieldsets = [
        (None, {"fields": ["name", "code", "region", "regime", "working_week"]}),
        (
            "Bands",
            {
                "description": "Bands and groups only, never scores or wages; "
                "each with the edition it comes from and its source below.",
                "fields": [
                    "english_band",
                    "english_edition",
                    "income_group",
                    "income_year",
                ],
            },
        ),
        (
            "Location index (optional)",
            {
                "classes": ["collapse"],
                "fields": ["index_name", "index_rank", "index_edition"],
            },
        ),
        ("Review", {"fields": ["last_reviewed"]}),
    ]


class CitySourceInline(CellSourceInline):
    model = CitySource


@admin.register(City)
class CityAdmin(EditorialAdmin):
    list_display = [
        "name",
        "country",
        "time_zone",
        "is_delivery",
        "is_home",
        "last_reviewed",
    ]
    list_filter = ["is_delivery", "is_home", "country__region"]
    list_select_related = ["country"]
    search_fields = ["name", "slug", "time_zone", "country__name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["country"]
    inlines = [CitySourceInline]
    fields = [
        "name",
        "slug",
        "country",
        "time_zone",
        ("latitude", "longitude"),
        ("is_delivery", "is_home"),
        "last_reviewed",
    ]


@admin.register(Transfer)
class TransferAdmin(EditorialAdmin):
    list_display = [
        "country",
        "home_regime",
        "status",
        "reference",
        "next_review",
        "last_reviewed",
    ]
    list_filter = ["home_regime", "status"]
    list_select_related = ["country"]
    search_fields = ["country__name", "reference", "scope"]
    autocomplete_fields = ["country", "work"]
    # An address typed without a scheme is https (Django 6's default already).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["home_regime", "country", "status", "scope"]}),
        ("Legal act", {"fields": ["reference", "decided", "next_review"]}),
        (
            "Source",
            {
                "description": "Passage and “verified in” are for editors only.",
                "fields": ["work", "locator", "passage", "verified_in"],
            },
        ),
        ("Review", {"fields": ["last_reviewed"]}),
    ]
