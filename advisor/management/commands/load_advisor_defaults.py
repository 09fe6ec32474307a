from django.core.management.base import BaseCommand

from advisor.default_rules import DEFAULT_RULES, OPTION_CONTENT
from advisor.starter import load_defaults
from editorial.initial import record_initial_versions


class Command(BaseCommand):
    help = (
        "Load the advisor's default sourcing models and scoring rules. Safe to run "
        "again: editors' changes and deletions are kept. Run after the glossary's "
        "load_starter_content so models link to their terms."
    )

    def handle(self, *args, **options):
        created = load_defaults(OPTION_CONTENT, DEFAULT_RULES)
        summary = ", ".join(
            f"{count} {kind}" for kind, count in sorted(created.items())
        )
        self.stdout.write(f"Advisor defaults: created {summary or 'nothing new'}.")
        record_initial_versions("Loaded from the advisor's defaults.")
