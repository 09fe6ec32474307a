from django.apps import AppConfig


class CostsConfig(AppConfig):
    """How much? Cost factors with their sources, and the cost picture at /cost/."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "costs"
    verbose_name = "Cost factors"
