from django.core.management.base import BaseCommand

from editorial.initial_versions import record_initial_versions
from locations import starter, starter_content


class Command(BaseCommand):
    help = (
        "Load the shortlist's starter countries, cities and data-transfer rows. "
        "Safe to run again: what was loaded once is never reloaded, changed or "
        "brought back."
    )

    def handle(self, *args, **options):
        created = starter.load(starter_content)
        summary = ", ".join(
            f"{count} {kind}" for kind, count in sorted(created.items())
        )
        self.stdout.write(f"Locations: created {summary or 'nothing new'}.")
        record_initial_versions("Loaded from the starter content.")
