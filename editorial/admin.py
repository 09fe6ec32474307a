"""The base of every content admin: history with revert and recovery
(django-reversion), a readable diff, and lost-update protection."""

from collections.abc import Callable

import reversion
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import quote, unquote
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from reversion.admin import VersionAdmin
from reversion.models import Version

from . import history
from .conflicts import EditConflictFormMixin


class EditorialAdmin(VersionAdmin):
    """Every save is a revision (who, when, what, with the rows edited inline);
    deleted entries can be recovered with those rows; a save based on an
    outdated copy is refused instead of overwriting someone else's work."""

    save_on_top = True
    history_latest_first = True
    change_form_template = "admin/editorial/change_form.html"
    object_history_template = "admin/editorial/object_history.html"
    # Markdown fields get a preview button and their [[links]] are checked by
    # `link_checker` (texts -> slugs visitors would see as plain text).
    markdown_fields: list[str] = []
    link_checker: Callable[..., list[str]] | None = None

    class Media:
        js = ["admin_editorial/markdown_preview.js"]
        css = {"all": ["admin_editorial/editorial.css"]}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.markdown_fields:
            kwargs["widget"] = forms.Textarea(
                attrs={
                    "rows": 6,
                    "class": "vLargeTextField",
                    # By name: the preview view belongs to the editorial app.
                    "data-markdown-preview": reverse("editorial:markdown-preview"),
                }
            )
            formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
            formfield.help_text = (
                f"{formfield.help_text} Link a term with [[slug]] or [[slug|label]]."
            ).strip()
            return formfield
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    # Links that lead nowhere: told on opening the form and after saving.

    def unlinked_slugs(self, obj) -> list[str]:
        if self.link_checker is None or obj is None:
            return []
        texts = [getattr(obj, name) or "" for name in self.markdown_fields]
        return self.link_checker(*texts)

    def warn_about_links(self, request, obj) -> None:
        slugs = self.unlinked_slugs(obj)
        if slugs:
            messages.warning(
                request,
                f"{obj}: these links point to no published term, so visitors see "
                "them as plain text: "
                + ", ".join(f"[[{slug}]]" for slug in slugs)
                + ". Check the slug, or publish the term.",
            )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET":
            self.warn_about_links(request, self.get_object(request, unquote(object_id)))
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        self.warn_about_links(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if obj is None:
            return form
        return type(form.__name__, (EditConflictFormMixin, form), {})

    # Deleting: keep the last state, so it can be recovered with its rows even
    # if it was never saved through admin (starter content, a shell).

    def delete_model(self, request, obj):
        self.record_before_delete(request, [obj])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self.record_before_delete(request, queryset)
        super().delete_queryset(request, queryset)

    def changelist_view(self, request, extra_context=None):
        if request.method == "POST" and request.POST.get("action") == "delete_selected":
            # Outside VersionAdmin's revision: one opened around the whole
            # request would be saved after the delete, and reversion drops
            # versions of rows that no longer exist.
            return admin.ModelAdmin.changelist_view(self, request, extra_context)
        return super().changelist_view(request, extra_context)

    def record_before_delete(self, request, objects):
        # One revision each: recovering one entry must not bring back the
        # others deleted with it in a bulk action.
        for obj in objects:
            with self.create_revision(request):
                reversion.set_comment("Deleted (this is the state it was in).")
                reversion.add_to_revision(obj)

    # History: who, when, and what changed, field by field.

    def history_view(self, request, object_id, extra_context=None):
        opts = self.model._meta
        versions = list(
            Version.objects.get_for_object_reference(self.model, unquote(object_id))
            .select_related("revision__user")
            .prefetch_related("revision__version_set")
            .order_by("pk")
        )
        urls = [
            reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                args=[quote(version.object_id), version.pk],
            )
            for version in versions
        ]
        context = {"entries": history.history(self.model, versions, urls)}
        return super().history_view(
            request, object_id, {**context, **(extra_context or {})}
        )


class LabelledInlineFormSet(BaseInlineFormSet):
    """Tabular inlines show column headings but give no field a label, so a
    screen reader announces each box as just "edit text" (axe: label,
    select-name). Each field is named after its column and its row."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if form.instance.pk:
            row = str(form.instance)
        else:
            row = "new row" if index is None else f"new row {index + 1}"
        for name, field in form.fields.items():
            label = "Delete" if name == "DELETE" else field.label
            # A related field's select sits inside admin's wrapper widget.
            widget = getattr(field.widget, "widget", field.widget)
            widget.attrs["aria-label"] = f"{label}: {row}"


class LabelledTabularInline(admin.TabularInline):
    formset = LabelledInlineFormSet
