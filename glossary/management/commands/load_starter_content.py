from django.core.management.base import BaseCommand

from editorial.initial_versions import record_initial_versions
from glossary import starter, starter_content


class Command(BaseCommand):
    help = (
        "Load the glossary's starter terms, dimensions and comparisons. Safe to run "
        "again: what was loaded once is never reloaded, changed or brought back."
    )

    def handle(self, *args, **options):
        created = starter.load(starter_content)
        summary = ", ".join(
            f"{count} {kind}" for kind, count in sorted(created.items())
        )
        self.stdout.write(f"Starter content: created {summary or 'nothing new'}.")
        record_initial_versions("Loaded from the starter content.")
