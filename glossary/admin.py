from django import forms
from django.contrib import admin
from django.db import models

from editorial.admin import EditorialAdmin, LabelledTabularInline

from . import selectors
from .models import Category, Comparison, Dimension, DimensionValue, Source, Term

SLUG_HELP = (
    "The term's address: /glossary/offshoring/ for the slug “offshoring”. "
    "Changing it is safe: the old address then redirects to the new one."
)


@admin.register(Category)
class CategoryAdmin(EditorialAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Dimension)
class DimensionAdmin(EditorialAdmin):
    list_display = ["name", "help_text", "order"]
    list_editable = ["order"]
    search_fields = ["name", "help_text"]
    prepopulated_fields = {"slug": ["name"]}

    def reversion_register(self, model, **options):
        # Deleting a dimension deletes every term's value for it: keep them in
        # its history so that recovering the dimension brings them back.
        super().reversion_register(model, **{**options, "follow": ("values",)})


class DimensionValueInline(LabelledTabularInline):
    model = DimensionValue
    fields = ["dimension", "value"]
    # Eleven values of a sentence or two each: two lines apiece keeps the
    # whole table on a screen or two instead of ten.
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 70})}
    }
    verbose_name = "comparison value"
    verbose_name_plural = "Comparison values (one per dimension)"

    def get_extra(self, request, obj=None, **kwargs):
        # A new term gets one empty row per dimension, prefilled by TermAdmin.
        return 0 if obj else Dimension.objects.count()


class SourceInline(LabelledTabularInline):
    """The works a term cites (Cited works in admin), each with where in it."""

    model = Source
    fields = ["work", "locator", "order", "passage", "verified_in"]
    autocomplete_fields = ["work"]
    extra = 1
    # An address typed without a scheme is https (Django 6's default already).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Term)
class TermAdmin(EditorialAdmin):
    markdown_fields = ["explanation", "example", "fits_when", "not_fits_when"]
    link_checker = staticmethod(selectors.unknown_link_slugs)
    list_display = ["name", "category", "status", "last_reviewed", "updated_at"]
    list_filter = ["status", "category", "last_reviewed"]
    list_select_related = ["category"]
    search_fields = [
        "name",
        "slug",
        "aliases",
        "misspellings",
        "keywords",
        "definition",
    ]
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
        (
            "Names and links",
            {"fields": ["aliases", "misspellings", "keywords", "related_terms"]},
        ),
        ("Review", {"fields": ["last_reviewed"]}),
    ]

    def reversion_register(self, model, **options):
        # The search columns are the database's, derived from the fields kept
        # here: a version without them reads the same, and reading them back
        # from an old version would cost a query each.
        exclude = (*options.get("exclude", ()), *Term.SEARCH_COLUMNS)
        super().reversion_register(model, **{**options, "exclude": exclude})

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "definition":
            # A sentence, not a one-line box that hides most of it.
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 80})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        # The model's text shows "<slug>", which admin renders as HTML (a tag
        # that disappears): "/glossary//".
        kwargs["help_texts"] = {"slug": SLUG_HELP, **kwargs.get("help_texts", {})}
        return super().get_form(request, obj, change, **kwargs)

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, DimensionValueInline) and obj.pk is None:
            kwargs["initial"] = [
                {"dimension": pk}
                for pk in Dimension.objects.values_list("pk", flat=True)
            ]
        return kwargs


@admin.register(Comparison)
class ComparisonAdmin(EditorialAdmin):
    markdown_fields = ["introduction", "key_differences", "verdict"]
    link_checker = staticmethod(selectors.unknown_link_slugs)
    list_display = ["__str__", "updated_at"]
    list_select_related = ["term_a", "term_b"]
    search_fields = ["term_a__name", "term_b__name", "introduction"]
    autocomplete_fields = ["term_a", "term_b"]
    fields = ["term_a", "term_b", "introduction", "key_differences", "verdict"]
