from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "glossary"

    def ready(self):
        from editorial import registry

        from . import content_upgrades, health, redirects, selectors  # noqa: F401

        # Parents before children: the order of export and import.
        registry.content("glossary.Category", ("slug",))
        registry.content("glossary.Dimension", ("slug",))
        registry.content("glossary.Term", ("slug",))
        registry.content("glossary.DimensionValue", ("term", "dimension"))
        registry.content("glossary.Source", None)
        registry.content("glossary.Comparison", ("term_a", "term_b"))
        # Made by a rename, followed by visitors; editors never edit them.
        registry.content(
            "glossary.SlugRedirect", ("old_slug",), edited_by_editors=False
        )
        registry.health_checks(health.checks)
        registry.export_upgrade(1, content_upgrades.sources_cite_works)
        registry.markdown_links(selectors.term_links, selectors.unknown_link_slugs)
