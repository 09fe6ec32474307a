from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save


class EditorialConfig(AppConfig):
    """The base the content apps build on: history, conflicts, export and
    import, content health, and the registry of content models that ties
    them (and the page cache) to the apps' models."""

    name = "editorial"
    verbose_name = "Editorial workflow"

    def ready(self):
        from core.page_cache import bump_content_version

        from . import registry

        # The starter loaders' ledger travels with the content it describes,
        # so an imported site does not bring back what its editors deleted.
        registry.content(
            "core.StarterItem", ("key",), edited_by_editors=False, shown_on_pages=False
        )
        # Any saved, deleted or re-related content row makes every cached page
        # out of date (core/page_cache.py); bulk loaders bump it themselves.
        for entry in registry.content_models():
            if not entry.shown_on_pages:
                continue
            for signal in (post_save, post_delete):
                signal.connect(bump_content_version, sender=entry.model, weak=False)
            for field in entry.model._meta.local_many_to_many:
                m2m_changed.connect(
                    bump_content_version, sender=field.remote_field.through, weak=False
                )
        # A deploy runs migrate: pages rendered by the old code go too.
        post_migrate.connect(bump_content_version, dispatch_uid="pages-after-migrate")
