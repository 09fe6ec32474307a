from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Site"

    def ready(self):
        from .page_cache import bump_after_migrate, install_write_watcher

        # Every write to a content table, from any code path, invalidates the
        # cached public pages that read it (see core/page_cache.py).
        connection_created.connect(install_write_watcher, weak=False)
        # A deploy runs migrate: pages rendered by the old code go too.
        post_migrate.connect(bump_after_migrate, sender=self)
