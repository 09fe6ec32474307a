"""The wizard's questions: every one explained, with its glossary terms."""

import pytest

from advisor import forms

pytestmark = pytest.mark.django_db


QUESTION_STEPS = forms.STEP_FORMS[:-1]


@pytest.mark.parametrize("step, form_class", QUESTION_STEPS)
def test_every_question_has_help_that_names_glossary_terms(step, form_class):
    form = form_class(prefix=step)
    for name, field in form.fields.items():
        assert field.glossary_slugs, name
        assert "](" not in field.help_text, name  # the markup is not shown
        assert len(field.help_text) >= 40, name


def test_definitions_shown_are_the_published_terms_a_question_names(glossary):
    form = forms.ProcessForm(prefix="process")
    form.show_definitions({"outsourcing": glossary["outsourcing"]})
    # Coreness names in-house, captive centre and outsourcing: one is published.
    assert form.fields["coreness"].glossary_terms == [glossary["outsourcing"]]
    assert form.fields["function"].glossary_terms == []


def test_an_unanswered_question_says_what_to_select():
    messages = [
        field.error_messages["required"]
        for _, form_class in QUESTION_STEPS
        for field in form_class.base_fields.values()
        if field.required
    ]
    assert "Select how core the process is to your business" in messages
    assert "Select how important lower cost is" in messages
    assert len(set(messages)) == len(messages)  # no message repeats
    assert all(message.startswith("Select ") for message in messages)


def test_no_answer_is_chosen_in_advance():
    for step, form_class in QUESTION_STEPS:
        form = form_class(prefix=step)
        for name, field in form.fields.items():
            assert field.initial is None, f"{step}-{name}"
            assert " checked" not in str(form[name]), f"{step}-{name}"


def test_glossary_mentions_become_plain_words():
    assert forms.hint_text("Costs < savings & [BPO](bpo)") == "Costs < savings & BPO"
    assert forms.glossary_slugs("[BPO](bpo) and [KPO](kpo)") == ["bpo", "kpo"]


def test_cleaned_answers_round_trip_into_stored_step_data():
    data = forms.as_step_data("problems", {"problems": ["quality", "risk"]})
    assert data == {"problems-problems": ["quality", "risk"]}
    form = forms.ProblemsForm(prefix="problems", data=_multi(data))
    assert form.is_valid()
    assert form.cleaned_data["problems"] == ["quality", "risk"]
    data = forms.as_step_data("goals", {"cost": 3, "skills": 0})
    assert data == {"goals-cost": ["3"], "goals-skills": ["0"]}


def _multi(data):
    from django.utils.datastructures import MultiValueDict

    return MultiValueDict(data)
