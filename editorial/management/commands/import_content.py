import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from editorial.content_io import ImportRefused, import_content
from editorial.initial_versions import record_initial_versions


class Command(BaseCommand):
    help = (
        "Load a file written by export_content. Every record is checked and "
        "everything is saved in one transaction: a bad file changes nothing, "
        "and the error names the record and the reason. Into a database with "
        "content, only with --replace (which replaces all content)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a JSON file from export_content")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="delete all existing content first (in the same transaction)",
        )

    def handle(self, *args, file, replace=False, **options):
        try:
            document = json.loads(Path(file).read_text(encoding="utf-8"))
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(f"{file} is not valid JSON: {error}.") from error
        try:
            count = import_content(document, replace=replace)
        except ImportRefused as error:
            raise CommandError(f"Nothing imported. {error}") from error
        record_initial_versions(f"Imported from {Path(file).name}.")
        self.stdout.write(f"Imported {count} records from {file}.")
