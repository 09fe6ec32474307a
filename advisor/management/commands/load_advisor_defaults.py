from django.core.management.base import BaseCommand

from advisor import default_rules
from advisor.starter import load


class Command(BaseCommand):
    help = (
        "Load the advisor's default sourcing models and scoring rules. Safe to run "
        "again: editors' changes and deletions are kept. Run after the glossary's "
        "load_starter_content so models link to their terms."
    )

    def handle(self, *args, **options):
        created = load(default_rules)
        summary = ", ".join(
            f"{count} {kind}" for kind, count in sorted(created.items())
        )
        self.stdout.write(f"Advisor defaults: {summary or 'nothing new'}.")
