from django.apps import AppConfig


class CitationsConfig(AppConfig):
    """The site's one model of cited works: what the glossary's sources, and
    later the advisor's rules and the location and cost data, point to."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "citations"
    verbose_name = "Cited works"

    def ready(self):
        from editorial import registry

        from . import health

        # Before the apps that cite works: the export loads works first.
        registry.content("citations.Work", ("url",))
        registry.health_checks(health.checks)
