from django.core.management.base import BaseCommand

from costs import starter, starter_content
from editorial.initial_versions import record_initial_versions


class Command(BaseCommand):
    help = (
        "Load the cost picture's starter factors (each with its source). Safe to "
        "run again: editors' changes and deletions are kept."
    )

    def handle(self, *args, **options):
        created = starter.load(starter_content)
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(created.items()))
        self.stdout.write(f"Cost factors: {summary or 'nothing new'}.")
        record_initial_versions("Loaded from the cost picture's starter factors.")
