from django.apps import AppConfig


class CostsConfig(AppConfig):
    """How much? Cost factors with their sources, and the cost picture at /cost/."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "costs"
    verbose_name = "Cost factors"

    def ready(self):
        from editorial import registry

        from . import health

        registry.content("costs.CostFactor", ("cost_type", "applies_to", "band"))
        registry.health_checks(health.checks)
