"""export_content / import_content: a backup that round-trips exactly, and an
import that changes nothing when the file is bad."""

import copy
import datetime
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from advisor.models import Rule, SourcingModel
from citations.models import Work
from editorial.content_io import content_models
from editorial.management.commands import import_content
from glossary.models import SlugRedirect, Term

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def backups(tmp_path, monkeypatch):
    """Where import_content saves its copies, fresh (and not yet made) per test."""
    directory = tmp_path / "var" / "backups"
    monkeypatch.setattr(import_content, "BACKUP_DIR", directory)
    return directory


@pytest.fixture
def content(glossary):
    model = SourcingModel.objects.create(
        key="reshoring", name="Reshoring", term=glossary["reshoring"], risks="- Cost"
    )
    Rule.objects.create(
        question="control",
        answer="high",
        option=model,
        weight=3,
        explanation="Control matters.",
        work=Work.objects.create(title="A study", year=2020, url="https://a.org/s"),
        locator="p. 4",
    )
    SlugRedirect.objects.create(old_slug="off-shoring", term=glossary["offshoring"])
    return glossary


def export(path):
    call_command("export_content", str(path), stderr=StringIO())
    return path.read_text(encoding="utf-8")


def wipe():
    for model in reversed(content_models()):
        model.objects.all().delete()


def test_export_wipe_import_export_gives_the_identical_file(content, tmp_path):
    first = export(tmp_path / "first.json")
    wipe()
    assert not Term.objects.exists()

    call_command("import_content", str(tmp_path / "first.json"), stdout=StringIO())
    second = export(tmp_path / "second.json")

    assert second == first
    outsourcing = Term.objects.get(slug="outsourcing")
    assert sorted(t.slug for t in outsourcing.related_terms.all()) == [
        "offshoring",
        "reshoring",
        "secret-draft",
    ]
    assert outsourcing.values.count() == 3
    assert Rule.objects.get().option.term.slug == "reshoring"


@pytest.mark.parametrize("fraction", [".000123", ".000000", ".123456", ".120000"])
def test_timestamps_keep_every_digit_from_export_to_import_to_export(
    content, tmp_path, fraction
):
    # DjangoJSONEncoder keeps milliseconds only: .000123 was written ".000" and
    # came back as a whole second, so the second export differed from the first.
    moment = datetime.datetime.fromisoformat(f"2026-03-04T14:10:37{fraction}+00:00")
    Term.objects.filter(slug="offshoring").update(updated_at=moment)
    first = export(tmp_path / "first.json")
    wipe()

    call_command(
        "import_content",
        str(tmp_path / "first.json"),
        replace=True,
        delete_missing=True,
        stdout=StringIO(),
    )
    export(tmp_path / "second.json")

    assert (tmp_path / "second.json").read_bytes() == (
        tmp_path / "first.json"
    ).read_bytes()
    assert f'"updated_at": "2026-03-04T14:10:37{fraction}Z"' in first
    assert Term.objects.get(slug="offshoring").updated_at == moment


def test_the_file_names_things_by_their_keys_not_ids(content, tmp_path):
    document = json.loads(export(tmp_path / "content.json"))
    by_model = {}
    for record in document["records"]:
        by_model.setdefault(record["model"], []).append(record["fields"])

    value = by_model["glossary.dimensionvalue"][0]
    rule = by_model["advisor.rule"][0]
    assert value["term"] == ["nearshoring"]
    assert value["dimension"] == ["basic-definition"]
    assert rule["option"] == ["reshoring"]
    assert by_model["glossary.comparison"][0]["term_a"] == ["outsourcing"]
    assert all("id" not in fields for fields in by_model["glossary.term"])


def test_import_into_a_site_with_content_needs_replace(content, tmp_path):
    path = tmp_path / "content.json"
    first = export(path)

    with pytest.raises(CommandError, match="already has content.*--replace"):
        call_command("import_content", str(path), stdout=StringIO())
    call_command("import_content", str(path), replace=True, stdout=StringIO())

    assert export(tmp_path / "again.json") == first


def corrupt(path, change):
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document["records"])
    path.write_text(json.dumps(document), encoding="utf-8")


def first_of(records, model):
    return next(r for r in records if r["model"] == model)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda rs: first_of(rs, "glossary.term")["fields"].update(
                category=["no-such-category"]
            ),
            r"glossary.term nearshoring\): category: no category "
            r"\['no-such-category'\]",
        ),
        (
            lambda rs: first_of(rs, "advisor.rule")["fields"].update(weight=99),
            r"\(advisor.rule control, high, \['reshoring'\]\): weight: "
            r"Ensure this value is less than or equal to 10",
        ),
        (
            lambda rs: rs.append(copy.deepcopy(first_of(rs, "glossary.term"))),
            r"glossary.term nearshoring\): .*slug: Term with this Slug already exists",
        ),
        (
            lambda rs: rs.append({"model": "auth.user", "fields": {}}),
            r'"auth.user" is not content this site imports',
        ),
        (
            lambda rs: first_of(rs, "glossary.term")["fields"].update(colour="red"),
            r"unknown field\(s\): colour",
        ),
        (
            lambda rs: first_of(rs, "glossary.term")["fields"].update(
                related_terms=[["ghost"]]
            ),
            r"related_terms: no term \['ghost'\] in the file",
        ),
    ],
    ids=["unknown-category", "weight-out-of-range", "duplicate-slug", "not-content",
         "unknown-field", "unknown-related-term"],
)  # fmt: skip
def test_a_corrupted_import_names_the_record_and_changes_nothing(
    content, tmp_path, change, message
):
    path = tmp_path / "content.json"
    before = export(path)
    corrupt(path, change)

    with pytest.raises(CommandError, match=message) as refused:
        call_command("import_content", str(path), replace=True, stdout=StringIO())

    assert str(refused.value).startswith("Nothing imported. Record ")
    assert export(tmp_path / "after.json") == before


def test_a_truncated_file_is_refused_before_anything_changes(content, tmp_path):
    path = tmp_path / "content.json"
    before = export(path)
    path.write_text(before[: len(before) // 2], encoding="utf-8")

    with pytest.raises(CommandError, match="is not valid JSON"):
        call_command("import_content", str(path), replace=True, stdout=StringIO())

    assert export(tmp_path / "after.json") == before


def test_a_file_that_is_not_a_content_export_is_refused(content, tmp_path):
    path = tmp_path / "other.json"
    path.write_text('[{"model": "glossary.term", "pk": 1}]', encoding="utf-8")

    with pytest.raises(CommandError, match='"format" must be'):
        call_command("import_content", str(path), replace=True, stdout=StringIO())

    assert Term.objects.count() == 5


def run_import(path, **options) -> str:
    out = StringIO()
    call_command("import_content", str(path), stdout=out, **options)
    return out.getvalue()


def empty_file(path):
    document = {"format": "sourcing-guide-content", "version": 1, "records": []}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "options", [{}, {"replace": True}, {"replace": True, "delete_missing": True}]
)
def test_a_file_with_no_records_is_always_refused(content, tmp_path, backups, options):
    before = export(tmp_path / "before.json")

    with pytest.raises(CommandError, match="Nothing imported. The file has no records"):
        run_import(empty_file(tmp_path / "empty.json"), **options)

    assert export(tmp_path / "after.json") == before
    assert Term.objects.count() == 5 and Rule.objects.count() == 1
    assert not backups.exists()


def test_a_file_with_no_records_is_refused_on_an_empty_site_too(db, tmp_path):
    with pytest.raises(CommandError, match="The file has no records"):
        run_import(empty_file(tmp_path / "empty.json"))


@pytest.fixture
def changed_since_export(content, tmp_path, make_term):
    """An export, then an edit to a term in it and a term it does not have."""
    path = tmp_path / "content.json"
    export(path)
    Term.objects.filter(slug="offshoring").update(definition="Edited since.")
    make_term("Insourcing")
    return path


def test_replace_updates_what_the_file_names_and_keeps_the_rest(
    changed_since_export, backups
):
    offshoring = Term.objects.get(slug="offshoring")
    records = json.loads(changed_since_export.read_text(encoding="utf-8"))["records"]
    (in_file,) = [
        r["fields"] for r in records if r["fields"].get("slug") == "offshoring"
    ]

    output = run_import(changed_since_export, replace=True)

    assert Term.objects.get(pk=offshoring.pk).definition == in_file["definition"]
    assert in_file["definition"] != "Edited since."
    assert Term.objects.filter(slug="insourcing").exists()
    (backup,) = backups.iterdir()
    assert f"Saved a copy of the current content to {backup}." in output
    assert "Imported " in output
    assert "Kept 1 records not in the file (--delete-missing deletes them)." in output
    assert "Deleted" not in output


def test_delete_missing_deletes_what_the_file_lacks_after_saving_a_copy(
    changed_since_export, backups, tmp_path
):
    output = run_import(changed_since_export, replace=True, delete_missing=True)

    assert not Term.objects.filter(slug="insourcing").exists()
    assert "Deleted 1 records not in the file." in output
    assert export(tmp_path / "after.json") == changed_since_export.read_text()
    (backup,) = backups.iterdir()
    assert f"Saved a copy of the current content to {backup}." in output
    assert backup.name.startswith("content-") and backup.suffix == ".json"
    saved = json.loads(backup.read_text(encoding="utf-8"))["records"]
    terms = {
        r["fields"]["slug"]: r["fields"] for r in saved if r["model"] == "glossary.term"
    }
    assert terms["insourcing"]["name"] == "Insourcing"
    assert terms["offshoring"]["definition"] == "Edited since."


def test_the_copy_can_be_imported_to_undo_an_import(changed_since_export, backups):
    before = Term.objects.count()
    run_import(changed_since_export, replace=True, delete_missing=True)
    (backup,) = backups.iterdir()

    run_import(backup, replace=True, delete_missing=True)

    assert Term.objects.count() == before
    assert Term.objects.get(slug="offshoring").definition == "Edited since."


def test_delete_missing_alone_is_refused(changed_since_export, backups):
    with pytest.raises(
        CommandError, match="--delete-missing only works with --replace"
    ):
        run_import(changed_since_export, delete_missing=True)

    assert Term.objects.filter(slug="insourcing").exists()
    assert not backups.exists()


def test_replace_keeps_each_rows_id_so_its_history_stays(content, tmp_path):
    path = tmp_path / "content.json"
    export(path)
    ids = dict(Term.objects.values_list("slug", "pk"))

    run_import(path, replace=True, delete_missing=True)

    assert dict(Term.objects.values_list("slug", "pk")) == ids
    assert export(tmp_path / "again.json") == path.read_text()
