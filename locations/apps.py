from django.apps import AppConfig


class LocationsConfig(AppConfig):
    """Where? Delivery and head-office cities, data-transfer rules between
    legal regimes, and the shortlist at /where/."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "locations"
    verbose_name = "Locations"

    def ready(self):
        from editorial import registry

        from . import health

        # Parents before children: the order of export and import.
        registry.content("locations.Country", ("code",))
        registry.content("locations.CountrySource", ("country", "cell"))
        registry.content("locations.City", ("slug",))
        registry.content("locations.CitySource", ("city", "cell"))
        registry.content("locations.Transfer", ("home_regime", "country"))
        registry.health_checks(health.checks)
