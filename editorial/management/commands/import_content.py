import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from editorial.content_io import (
    ImportRefused,
    checked_records,
    dumps,
    export_content,
    has_content,
    import_content,
)
from editorial.initial_versions import record_initial_versions

BACKUP_DIR = settings.BASE_DIR / "var" / "backups"


class Command(BaseCommand):
    help = (
        "Load a file written by export_content. Every record is checked and "
        "everything is saved in one transaction: a bad file changes nothing, "
        "and the error names the record and the reason. A file with no records "
        "is always refused. Into a database with content, only with --replace: "
        "each record then replaces the one with the same key (slug, key...), "
        "and content the file does not name is kept, unless --delete-missing is "
        "also given. Before replacing anything, the current content is exported "
        "to var/backups/ (see --backup-dir) and the file's path printed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a JSON file from export_content")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="let the file's records replace existing ones with the same key; "
            "content the file does not name is kept",
        )
        parser.add_argument(
            "--delete-missing",
            action="store_true",
            help="with --replace: also delete the content the file does not name",
        )
        parser.add_argument(
            "--backup-dir",
            type=Path,
            default=BACKUP_DIR,
            help="where the copy made before replacing goes (default var/backups/)",
        )

    def handle(self, *args, file, replace, delete_missing, backup_dir, **options):
        if delete_missing and not replace:
            raise CommandError("--delete-missing only works with --replace.")
        try:
            document = json.loads(Path(file).read_text(encoding="utf-8"))
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(f"{file} is not valid JSON: {error}.") from error
        try:
            checked_records(document)
            if replace and has_content():
                backup = write_backup(backup_dir)
                self.stdout.write(f"Saved a copy of the current content to {backup}.")
            imported = import_content(
                document, replace=replace, delete_missing=delete_missing
            )
        except ImportRefused as error:
            raise CommandError(f"Nothing imported. {error}") from error
        record_initial_versions(f"Imported from {Path(file).name}.")
        self.stdout.write(f"Imported {imported.saved} records from {file}.")
        if imported.deleted:
            self.stdout.write(f"Deleted {imported.deleted} records not in the file.")
        if imported.kept:
            self.stdout.write(
                f"Kept {imported.kept} records not in the file "
                "(--delete-missing deletes them)."
            )


def write_backup(directory: Path) -> Path:
    """The current content as export_content writes it, in a new file."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S-%f")
    path = directory / f"content-{stamp}.json"
    with path.open("x", encoding="utf-8") as backup:
        backup.write(dumps(export_content()) + "\n")
    return path
