from django.apps import AppConfig, apps
from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Site"

    def ready(self):
        from .page_cache import bump_content_version

        # Any saved, deleted or re-related content row makes every cached page
        # out of date (see core/page_cache.py); bulk loaders bump it themselves.
        for model in content_models():
            for signal in (post_save, post_delete):
                signal.connect(bump_content_version, sender=model, weak=False)
            for field in model._meta.local_many_to_many:
                m2m_changed.connect(
                    bump_content_version, sender=field.remote_field.through, weak=False
                )
        # A deploy runs migrate: pages rendered by the old code go too.
        post_migrate.connect(bump_content_version, sender=self, weak=False)


def content_models():
    skip = {label.lower() for label in settings.PAGE_CACHE_NOT_CONTENT}
    return [
        model
        for app_label in settings.PAGE_CACHE_CONTENT_APPS
        for model in apps.get_app_config(app_label).get_models()
        if model._meta.label_lower not in skip
    ]
