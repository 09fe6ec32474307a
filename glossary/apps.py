from django.apps import AppConfig
from django.db.backends.signals import connection_created


class GlossaryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "glossary"

    def ready(self):
        from sourcing_site.page_cache import install_write_watcher

        # Every write to a content table, from any code path, invalidates the
        # cached public pages (see sourcing_site/page_cache.py).
        connection_created.connect(install_write_watcher, weak=False)
