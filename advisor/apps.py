from django.apps import AppConfig


class AdvisorConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "advisor"

    def ready(self):
        from editorial import registry

        from . import content_upgrades, health

        registry.content("advisor.SourcingModel", ("key",))
        registry.content("advisor.Rule", ("question", "answer", "option"))
        registry.not_content(
            "advisor.Assessment",
            "a visitor's saved result: it keeps showing what they saw",
            editors_may_view=True,
        )
        registry.health_checks(health.checks)
        registry.export_upgrade(2, content_upgrades.rules_cite_works)
