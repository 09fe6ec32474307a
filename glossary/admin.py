from django.contrib import admin
from django.db import models

from .models import Category, Comparison, Dimension, DimensionValue, Source, Term


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Dimension)
class DimensionAdmin(admin.ModelAdmin):
    list_display = ["name", "help_text", "order"]
    list_editable = ["order"]
    search_fields = ["name", "help_text"]
    prepopulated_fields = {"slug": ["name"]}


class DimensionValueInline(admin.TabularInline):
    model = DimensionValue
    fields = ["dimension", "value"]
    verbose_name = "comparison value"
    verbose_name_plural = "Comparison values (one per dimension)"

    def get_extra(self, request, obj=None, **kwargs):
        # A new term gets one empty row per dimension, prefilled by TermAdmin.
        return 0 if obj else Dimension.objects.count()


class SourceInline(admin.TabularInline):
    model = Source
    fields = ["title", "publisher", "year", "url", "kind", "order"]
    extra = 1
    # An address typed without a scheme is https (Django 6's default already).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Term)
class TermAdmin(admin.ModelAdmin):
    list_display = ["name", "category", "status", "last_reviewed", "updated_at"]
    list_filter = ["status", "category", "last_reviewed"]
    list_select_related = ["category"]
    search_fields = ["name", "slug", "aliases", "misspellings", "definition"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["category", "related_terms"]
    date_hierarchy = "updated_at"
    inlines = [DimensionValueInline, SourceInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "status", "category", "definition"]}),
        (
            "Teaching",
            {
                "description": "The term's page shows these in this order: "
                "takeaways first, then explanation, example, when it fits and not.",
                "fields": [
                    "key_takeaways",
                    "explanation",
                    "example",
                    "fits_when",
                    "not_fits_when",
                ],
            },
        ),
        ("Names and links", {"fields": ["aliases", "misspellings", "related_terms"]}),
        ("Review", {"fields": ["last_reviewed"]}),
    ]

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, DimensionValueInline) and obj.pk is None:
            kwargs["initial"] = [
                {"dimension": pk}
                for pk in Dimension.objects.values_list("pk", flat=True)
            ]
        return kwargs


@admin.register(Comparison)
class ComparisonAdmin(admin.ModelAdmin):
    list_display = ["__str__", "updated_at"]
    list_select_related = ["term_a", "term_b"]
    search_fields = ["term_a__name", "term_b__name", "introduction"]
    autocomplete_fields = ["term_a", "term_b"]
    fields = ["term_a", "term_b", "introduction", "key_differences", "verdict"]
