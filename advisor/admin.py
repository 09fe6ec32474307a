from django.contrib import admin

from .models import Assessment, Rule, SourcingModel


@admin.register(SourcingModel)
class SourcingModelAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "term", "order"]
    list_editable = ["order"]
    list_select_related = ["term"]
    search_fields = ["name", "summary"]
    autocomplete_fields = ["term"]
    fields = ["key", "name", "term", "summary", "risks", "next_steps", "order"]


@admin.register(Rule)
class RuleAdmin(admin.ModelAdmin):
    list_display = [
        "question",
        "answer",
        "option",
        "weight",
        "rules_out",
        "explanation",
    ]
    list_editable = ["weight"]
    list_filter = ["question", "option", "rules_out"]
    list_select_related = ["option"]
    search_fields = ["explanation", "source", "answer"]
    fieldsets = [
        (None, {"fields": ["question", "answer", "option", "weight", "rules_out"]}),
        ("Why", {"fields": ["explanation", "source"]}),
    ]


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    """Saved results, read-only: they must keep showing what visitors saw."""

    list_display = ["short_token", "top_option", "created_at"]
    # The facet counts next to each filter value are the count of top
    # recommendations editors asked for.
    list_filter = ["top_option", "created_at"]
    show_facets = admin.ShowFacets.ALWAYS
    date_hierarchy = "created_at"
    readonly_fields = [
        "token",
        "run_id",
        "top_option",
        "answers",
        "result",
        "created_at",
    ]

    @admin.display(description="Token")
    def short_token(self, obj):
        return f"{obj.token[:10]}…"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
