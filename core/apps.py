from django.apps import AppConfig
from django.db.backends.signals import connection_created


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Site"

    def ready(self):
        from .page_cache import install_write_watcher

        # Every write to a content table, from any code path, invalidates the
        # cached public pages that read it (see core/page_cache.py).
        connection_created.connect(install_write_watcher, weak=False)
