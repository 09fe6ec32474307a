"""History: who changed what and when, a readable diff, revert and recovery."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from reversion.models import Version

from advisor.models import Rule, SourcingModel
from citations.models import Work
from glossary.models import Category, Comparison, Dimension, Source, Term

from .conftest import form_data, value_field

pytestmark = pytest.mark.django_db


def change_url(obj):
    opts = obj._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/change/"


def save_change(client, obj, **changes):
    """Open the change form, change some fields as an editor would, save."""
    page = client.get(change_url(obj))
    data = {**form_data(page), **changes}
    response = client.post(change_url(obj), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


def revision_urls(client, obj):
    history = client.get(change_url(obj).replace("/change/", "/history/"))
    return re.findall(r'href="([^"]+/history/\d+/)"', history.content.decode())


def test_the_history_names_the_editor_and_shows_old_and_new_words(
    editor_client, glossary
):
    term = glossary["offshoring"]
    save_change(editor_client, term)  # the first version: nothing to compare yet
    save_change(editor_client, term, definition="Moving work to a far country.")
    save_change(editor_client, term, definition="Moving work to a distant land.")

    page = editor_client.get(change_url(term).replace("/change/", "/history/"))
    text = page.content.decode()

    assert text.count("by alice") == 3
    newest = text.index("<del>far country.</del>")
    assert "<ins>distant land.</ins>" in text
    # Newest first: the last save's diff comes before the one before it.
    assert newest < text.index("<del>distant</del>")
    assert "<ins>far</ins>" in text
    assert '<th scope="row">Definition</th>' in text


def test_the_history_shows_changed_comparison_values_and_added_sources(
    editor_client, glossary
):
    term = glossary["offshoring"]
    save_change(editor_client, term)  # a first version to compare with
    page = editor_client.get(change_url(term))
    data = form_data(page)
    data[value_field(data, "Location", page)] = "Far away"
    data["sources-TOTAL_FORMS"] = str(int(data["sources-TOTAL_FORMS"]) + 1)
    new = int(data["sources-TOTAL_FORMS"]) - 1
    oecd = Work.objects.create(
        title="Offshoring (OECD)", url="https://www.oecd.org/offshoring", kind="primary"
    )
    data[f"sources-{new}-work"] = str(oecd.pk)
    data[f"sources-{new}-order"] = "1"
    assert editor_client.post(change_url(term), data).status_code == 302

    text = editor_client.get(
        change_url(term).replace("/change/", "/history/")
    ).content.decode()

    assert "Offshoring / Location: Value" in text
    assert "<ins>Far away</ins>" in text
    assert "Added: source: Offshoring (OECD)" in text


def test_reverting_brings_back_the_old_dimension_value(editor_client, glossary):
    term = glossary["offshoring"]
    save_change(editor_client, term)
    page = editor_client.get(change_url(term))
    data = form_data(page)
    field = value_field(data, "Location", page)
    data[field] = "Somewhere else"
    editor_client.post(change_url(term), data)
    assert term.values.get(dimension__name="Location").value == "Somewhere else"

    oldest = revision_urls(editor_client, term)[-1]
    revert_form = editor_client.get(oldest)
    assert "Offshoring Location value" in revert_form.content.decode()
    response = editor_client.post(oldest, form_data(revert_form))

    assert response.status_code == 302
    assert term.values.get(dimension__name="Location").value == (
        "Offshoring Location value"
    )
    history = editor_client.get(change_url(term).replace("/change/", "/history/"))
    assert "Reverted to previous version" in history.content.decode()


def test_a_deleted_term_is_recovered_with_its_values_and_sources(
    editor_client, glossary
):
    term = glossary["outsourcing"]
    values = sorted(term.values.values_list("value", flat=True))
    sources = list(term.sources.values_list("work__title", "work__url", "locator"))
    delete = change_url(term).replace("/change/", "/delete/")
    assert editor_client.post(delete, {"post": "yes"}).status_code == 302
    assert not Term.objects.filter(slug="outsourcing").exists()

    recover_list = editor_client.get("/admin/glossary/term/recover/")
    text = recover_list.content.decode()
    assert "Outsourcing" in text
    recover_url = re.search(r'href="(/admin/glossary/term/recover/\d+/)"', text)[1]
    form = editor_client.get(recover_url)
    response = editor_client.post(recover_url, form_data(form))

    assert response.status_code == 302
    recovered = Term.objects.get(slug="outsourcing")
    assert sorted(recovered.values.values_list("value", flat=True)) == values
    recovered_sources = recovered.sources.values_list(
        "work__title", "work__url", "locator"
    )
    assert list(recovered_sources) == sources
    assert editor_client.get("/glossary/outsourcing/").status_code == 200


def test_bulk_deleted_terms_are_recovered_one_at_a_time(editor_client, glossary):
    ids = [glossary["offshoring"].pk, glossary["reshoring"].pk]
    editor_client.post(
        "/admin/glossary/term/",
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )
    assert not Term.objects.filter(pk__in=ids).exists()

    text = editor_client.get("/admin/glossary/term/recover/").content.decode()
    reshoring = re.search(
        r'href="(/admin/glossary/term/recover/\d+/)">[^<]*</a></th>\s*<td>Reshoring',
        text,
    )[1]
    editor_client.post(reshoring, form_data(editor_client.get(reshoring)))

    assert list(Term.objects.filter(pk__in=ids).values_list("name", flat=True)) == [
        "Reshoring"
    ]
    assert Term.objects.get(name="Reshoring").values.count() == 3


@pytest.mark.parametrize(
    "model", [Category, Dimension, Term, Comparison, SourcingModel, Rule]
)
def test_every_content_model_can_be_recovered_in_admin(editor_client, glossary, model):
    response = editor_client.get(
        f"/admin/{model._meta.app_label}/{model._meta.model_name}/recover/"
    )

    assert response.status_code == 200
    assert f"Recover deleted {model._meta.verbose_name_plural}" in (
        response.content.decode()
    )


def test_a_recovered_dimension_brings_back_every_terms_value(editor_client, glossary):
    dimension = Dimension.objects.get(name="Location")
    delete = change_url(dimension).replace("/change/", "/delete/")
    editor_client.post(delete, {"post": "yes"})
    assert not glossary["offshoring"].values.filter(dimension__name="Location")

    text = editor_client.get("/admin/glossary/dimension/recover/").content.decode()
    recover_url = re.search(r'href="(/admin/glossary/dimension/recover/\d+/)"', text)[1]
    editor_client.post(recover_url, form_data(editor_client.get(recover_url)))

    value = glossary["offshoring"].values.get(dimension__name="Location")
    assert value.value == "Offshoring Location value"


def test_starter_content_gets_a_first_version_each(db):
    call_command("load_starter_content", stdout=StringIO())
    call_command("load_advisor_defaults", stdout=StringIO())
    term = Term.objects.get(slug="reshoring")

    versions = Version.objects.get_for_object(term)
    rule = Rule.objects.first()

    assert [v.revision.comment for v in versions] == [
        "Loaded from the starter content."
    ]
    assert versions[0].revision.version_set.count() == 1 + term.values.count() + (
        term.sources.count()
    )
    assert Version.objects.get_for_object(rule).exists()
    call_command("load_starter_content", stdout=StringIO())
    assert Version.objects.get_for_object(term).count() == 1


def test_history_page_costs_a_fixed_number_of_queries(
    editor_client, glossary, django_assert_max_num_queries
):
    term = glossary["outsourcing"]
    save_change(editor_client, term)
    url = change_url(term).replace("/change/", "/history/")
    editor_client.get(url)  # warm the content type cache
    with django_assert_max_num_queries(16) as few:
        editor_client.get(url)
    baseline = len(few)
    for i in range(5):
        save_change(editor_client, term, definition=f"Version {i}.")
    editor_client.get(url)  # shows (and so clears) the "changed" message
    with django_assert_max_num_queries(baseline):
        page = editor_client.get(url)
    assert page.content.decode().count("View or revert to this version") == 6


def test_deleting_keeps_the_deleted_state_even_without_earlier_history(
    editor_client, glossary
):
    source_count = Source.objects.filter(term=glossary["outsourcing"]).count()
    assert not Version.objects.get_for_object(glossary["outsourcing"]).exists()
    editor_client.post(
        change_url(glossary["outsourcing"]).replace("/change/", "/delete/"),
        {"post": "yes"},
    )

    deleted = Version.objects.get_deleted(Term).get()
    assert deleted.object_repr == "Outsourcing"
    assert deleted.revision.user.username == "alice"
    assert deleted.revision.version_set.count() == 1 + 3 + source_count
