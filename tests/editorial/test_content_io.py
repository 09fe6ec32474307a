"""export_content / import_content: a backup that round-trips exactly, and an
import that changes nothing when the file is bad."""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from advisor.models import Rule, SourcingModel
from editorial.content_io import content_models
from glossary.models import SlugRedirect, Term

pytestmark = pytest.mark.django_db


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
        source="A study (2020)",
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

    call_command("import_content", str(tmp_path / "first.json"), stdout=StringIO())
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
            lambda rs: first_of(rs, "glossary.term")["fields"].update(
                slug="outsourcing"
            ),
            r"glossary.term outsourcing\): slug: Term with this Slug already exists",
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
