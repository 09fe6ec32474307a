"""Every model of the project's apps is declared content or not content, so
none is silently left out of history, editors' permissions, the export or the
page cache's invalidation."""

import reversion
from django.apps import apps
from django.contrib import admin

from editorial import registry
from editorial.content_io import content_models as exported_models
from editorial.initial_versions import entries_with_history
from editorial.management.commands.setup_editors import editor_permissions

PROJECT_APPS = (
    "core",
    "citations",
    "glossary",
    "advisor",
    "locations",
    "costs",
    "editorial",
)


def project_models():
    return [
        model for app in PROJECT_APPS for model in apps.get_app_config(app).get_models()
    ]


def test_every_model_of_the_project_is_content_or_declared_not_to_be():
    declared = {entry.label.lower() for entry in registry.content_models()} | {
        other.label.lower() for other in registry.not_content_models()
    }
    undeclared = [
        m._meta.label for m in project_models() if m._meta.label_lower not in declared
    ]
    assert not undeclared, (
        "Declare these in their app's ready() with editorial.registry.content() "
        f"or not_content(): {undeclared}"
    )


def test_nothing_is_declared_both_ways_and_every_declaration_is_a_model():
    content = {entry.label.lower() for entry in registry.content_models()}
    other = {entry.label.lower() for entry in registry.not_content_models()}
    assert not content & other
    for label in content | other:
        assert apps.get_model(label)


def test_every_content_model_is_exported_and_every_edited_one_has_history(db):
    assert exported_models() == [e.model for e in registry.content_models()]
    with_history = set(entries_with_history())
    for entry in registry.content_models():
        if entry.edited_by_editors and admin.site.is_registered(entry.model):
            assert reversion.is_registered(entry.model), entry.label
            assert entry.model in with_history, entry.label


def test_editors_get_every_permission_the_registry_gives_them(db):
    granted = {(p.content_type.app_label, p.codename) for p in editor_permissions()}
    for entry in registry.content_models():
        opts = entry.model._meta
        for action in ("add", "change", "delete", "view"):
            wanted = (opts.app_label, f"{action}_{opts.model_name}")
            assert (wanted in granted) == entry.edited_by_editors, wanted
    assert ("advisor", "view_assessment") in granted
    assert ("advisor", "change_assessment") not in granted
