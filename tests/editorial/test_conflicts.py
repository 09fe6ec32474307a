"""Two editors on one entry: the second save never silently replaces the first."""

import pytest

from advisor.models import Rule, SourcingModel
from glossary.models import Category, Comparison, Dimension, Term

from .conftest import form_data, value_field

pytestmark = pytest.mark.django_db


def change_url(obj):
    opts = obj._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/change/"


def test_the_second_of_two_interleaved_saves_gets_a_conflict_and_keeps_its_text(
    editor_client, second_editor_client, glossary
):
    term = glossary["offshoring"]
    url = change_url(term)
    alice_form = editor_client.get(url)
    bob_form = second_editor_client.get(url)

    alice = {**form_data(alice_form), "explanation": "Alice's explanation."}
    assert editor_client.post(url, alice).status_code == 302
    bob = {**form_data(bob_form), "definition": "Bob's definition."}
    response = second_editor_client.post(url, bob)
    page = response.content.decode()

    assert response.status_code == 200
    assert "alice saved this term" in page
    assert "<strong>not saved</strong>" in page
    assert f'<a href="{url}" target="_blank" rel="noopener">open the newer version' in (
        page
    )
    assert "Bob&#x27;s definition." in page  # Bob's text is still in the form
    term.refresh_from_db()
    assert term.explanation == "Alice's explanation."  # the first edit survives
    assert term.definition == "Moving work to a distant country."


def test_saving_again_after_a_conflict_is_still_refused(
    editor_client, second_editor_client, glossary
):
    """A second click on Save must not overwrite: the editor has to start from
    the newer version."""
    term = glossary["offshoring"]
    url = change_url(term)
    bob_form = form_data(second_editor_client.get(url))
    editor_client.post(url, {**form_data(editor_client.get(url)), "aliases": "x"})
    bob = {**bob_form, "definition": "Bob's definition."}
    second_editor_client.post(url, bob)

    again = second_editor_client.post(url, bob)

    assert "<strong>not saved</strong>" in again.content.decode()
    term.refresh_from_db()
    assert term.aliases == "x"


def test_a_change_to_a_dimension_value_conflicts_with_an_older_term_form(
    editor_client, second_editor_client, glossary
):
    term = glossary["offshoring"]
    url = change_url(term)
    bob_form = form_data(second_editor_client.get(url))
    page = editor_client.get(url)
    alice = form_data(page)
    alice[value_field(alice, "Location", page)] = "Very far"
    editor_client.post(url, alice)

    response = second_editor_client.post(url, {**bob_form, "definition": "New."})

    assert "<strong>not saved</strong>" in response.content.decode()
    assert term.values.get(dimension__name="Location").value == "Very far"


def test_saves_one_after_the_other_do_not_conflict(
    editor_client, second_editor_client, glossary
):
    term = glossary["offshoring"]
    url = change_url(term)
    editor_client.post(url, {**form_data(editor_client.get(url)), "aliases": "a"})

    bob = {**form_data(second_editor_client.get(url)), "definition": "Bob's."}
    response = second_editor_client.post(url, bob)

    assert response.status_code == 302
    term.refresh_from_db()
    assert (term.aliases, term.definition) == ("a", "Bob's.")


@pytest.fixture
def one_of_each(glossary):
    model = SourcingModel.objects.create(key="reshoring", name="Reshoring")
    rule = Rule.objects.create(
        question="control",
        answer="high",
        option=model,
        weight=2,
        explanation="Control matters.",
    )
    return {
        "category": Category.objects.first(),
        "dimension": Dimension.objects.first(),
        "term": glossary["reshoring"],
        "comparison": Comparison.objects.first(),
        "sourcing model": model,
        "rule": rule,
    }


@pytest.mark.parametrize(
    "kind", ["category", "dimension", "term", "comparison", "sourcing model", "rule"]
)
def test_every_content_model_refuses_an_outdated_save(
    editor_client, second_editor_client, one_of_each, kind
):
    obj = one_of_each[kind]
    url = change_url(obj)
    stale = form_data(second_editor_client.get(url))
    first = form_data(editor_client.get(url))
    text_field = next(
        name
        for name in ("description", "help_text", "definition", "introduction")
        + ("summary", "explanation")
        if name in first
    )
    assert editor_client.post(url, {**first, text_field: "First."}).status_code == 302

    response = second_editor_client.post(url, {**stale, text_field: "Second."})

    assert response.status_code == 200
    assert f"saved this {obj._meta.verbose_name}" in response.content.decode()
    obj.refresh_from_db()
    assert getattr(obj, text_field) == "First."


def test_the_new_term_form_has_no_conflict_check(admin_client, category):
    page = admin_client.get("/admin/glossary/term/add/").content.decode()

    assert "_edit_token" not in page
    assert Term.objects.count() == 0
