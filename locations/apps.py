from django.apps import AppConfig


class LocationsConfig(AppConfig):
    """Where? Delivery and head-office cities, data-transfer rules between
    legal regimes, and the shortlist at /where/."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "locations"
    verbose_name = "Locations"
