from django.contrib import admin, messages
from django.db import models
from django.urls import reverse
from django.utils.html import format_html

from editorial.admin import EditorialAdmin
from glossary import selectors as glossary_selectors

from .availability import advisor_is_ready
from .models import Assessment, Rule, SourcingModel

ADVISOR_OFF = (
    "The advisor is switched off: there is no sourcing model, so visitors see "
    "“The advisor is being updated”. Recover deleted sourcing models (Recover "
    "deleted sourcing models, on their list) or run "
    "`manage.py load_advisor_defaults --restore`."
)


class AdvisorStatusMixin:
    """Editors see at once when their deletions switched the advisor off."""

    def changelist_view(self, request, extra_context=None):
        if request.method == "GET" and not advisor_is_ready():
            messages.warning(request, ADVISOR_OFF)
        return super().changelist_view(request, extra_context)


@admin.register(SourcingModel)
class SourcingModelAdmin(AdvisorStatusMixin, EditorialAdmin):
    markdown_fields = ["risks", "next_steps"]
    link_checker = staticmethod(glossary_selectors.unknown_link_slugs)
    list_display = ["name", "key", "term", "order"]
    list_editable = ["order"]
    list_select_related = ["term"]
    search_fields = ["name", "summary"]
    autocomplete_fields = ["term"]
    fields = ["key", "name", "term", "summary", "risks", "next_steps", "order"]

    def get_deleted_objects(self, objs, request):
        """Refuse to delete a model that rules still score: deleting it would
        silently delete them too and change every advice given from then on."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(
            objs, request
        )
        rules = Rule.objects.filter(option__in=objs).select_related("option")
        protected = list(protected) + [
            format_html(
                'Rule: <a href="{}">{}</a> (delete it, or point it at another '
                "model, first)",
                reverse("admin:advisor_rule_change", args=[rule.pk]),
                rule,
            )
            for rule in rules
        ]
        return deleted, counts, perms_needed, protected


@admin.register(Rule)
class RuleAdmin(AdvisorStatusMixin, EditorialAdmin):
    list_display = [
        "question",
        "answer",
        "option",
        "weight",
        "rules_out",
        "explanation",
    ]
    list_editable = ["weight"]
    list_filter = ["question", "option", "rules_out", "work"]
    list_select_related = ["option", "work"]
    search_fields = ["explanation", "answer", "premise", "source_note", "work__title"]
    autocomplete_fields = ["work"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["question", "answer", "option", "weight", "rules_out"]}),
        ("Why", {"fields": ["explanation", "premise", "excluded_by"]}),
        ("Source", {"fields": ["work", "locator"]}),
        (
            "For editors only: how the citation was checked",
            {
                "classes": ["collapse"],
                "fields": ["passage", "verified_in", "source_note"],
            },
        ),
    ]

    def get_deleted_objects(self, objs, request):
        """Refuse to delete a rule the rule set needs (a rule-out that keeps
        what needs an entity abroad from coming first, say): deleting it
        would let the advisor break a promise it makes to every visitor."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(
            objs, request
        )
        protected = list(protected) + [
            format_html("Rule: {} ({})", rule, problem)
            for rule in objs
            for problem in rule.problems_if_deleted()
        ]
        return deleted, counts, perms_needed, protected


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
