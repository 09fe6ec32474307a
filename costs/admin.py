from django.contrib import admin
from django.db import models

from editorial.admin import EditorialAdmin

from .models import CostFactor


@admin.register(CostFactor)
class CostFactorAdmin(EditorialAdmin):
    list_display = ["__str__", "low", "likely", "high", "unit_label", "last_reviewed"]
    list_filter = ["cost_type", "applies_to", "band"]
    search_fields = ["work__title", "work__authors", "note", "locator"]
    list_select_related = ["work"]
    autocomplete_fields = ["work"]
    # An address typed without a scheme is https (Django 6's default already).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["cost_type", "applies_to", "band"]}),
        ("Figure", {"fields": ["low", "likely", "high", "note", "last_reviewed"]}),
        (
            "Source",
            {"fields": ["work", "locator", "passage", "verified_in"]},
        ),
    ]

    @admin.display(description="Unit")
    def unit_label(self, obj):
        return obj.unit_label
