from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """On top of the apps: content health, export and import, admin extras."""

    name = "editorial"
    verbose_name = "Editorial workflow"
