from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """The editors' workflow in admin: history, conflicts, health, backups."""

    name = "editorial"
    verbose_name = "Editorial workflow"

    def ready(self):
        from . import redirects  # noqa: F401 - connects the rename signal
