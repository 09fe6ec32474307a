from pathlib import Path

from django.core.management.base import BaseCommand

from editorial.content_io import dumps, export_content


class Command(BaseCommand):
    help = (
        "Write all editorial content (terms, categories, dimensions and values, "
        "sources, comparisons, sourcing models, rules, old slugs) to a JSON file "
        "with natural keys; import_content loads it back. Use '-' for stdout."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write the JSON ('-' for stdout)")

    def handle(self, *args, file, **options):
        document = export_content()
        text = dumps(document) + "\n"
        if file == "-":
            self.stdout.write(text, ending="")
            return
        Path(file).write_text(text, encoding="utf-8")
        self.stderr.write(f"Exported {len(document['records'])} records to {file}.")
