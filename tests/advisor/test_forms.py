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
    assert "Select the goal that matters most" in messages
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
    answers = {"current": "offshore_provider", "problems": ["quality", "risk"]}
    data = forms.as_step_data("situation", answers)
    assert data == {
        "situation-current": ["offshore_provider"],
        "situation-problems": ["quality", "risk"],
    }
    form = forms.SituationForm(prefix="situation", data=_multi(data))
    assert form.is_valid()
    assert form.cleaned_data == answers
    data = forms.as_step_data("goals", {"first": "cost", "second": "skills"})
    assert data == {"goals-first": ["cost"], "goals-second": ["skills"]}


@pytest.mark.parametrize(
    ("posted", "field", "message"),
    [
        ({}, "first", "Select the goal that matters most"),
        (
            {"first": "cost", "second": "cost"},
            "second",
            "You chose “Lower cost” already: choose another goal or none",
        ),
        (
            {"first": "cost", "third": "speed"},
            "third",
            "Choose a second priority first, or leave the third empty",
        ),
        ({"first": "moon"}, "first", "Select one of the goals shown"),
    ],
)
def test_goal_priorities_that_do_not_make_sense_are_refused(posted, field, message):
    form = forms.GoalsForm(data=posted)
    assert not form.is_valid()
    assert form.errors[field] == [message]


def test_goals_are_up_to_three_priorities_read_as_levels():
    form = forms.GoalsForm(data={"first": "quality", "second": "cost"})
    assert form.is_valid()
    levels = forms.goal_levels(form.cleaned_data)
    assert (levels["quality"], levels["cost"], levels["speed"]) == (3, 2, 0)
    assert form.answer_summary() == [
        ("First priority", "Higher quality"),
        ("Second priority", "Lower cost"),
    ]


def test_old_answers_with_a_level_for_each_goal_prefill_as_priorities():
    # Saved before goals were priorities: several could be "essential".
    old = {"cost": 3, "skills": 0, "focus": 3, "speed": 1, "markets": 0, "quality": 2}
    assert forms.goal_priorities(old) == {
        "first": "cost",
        "second": "focus",
        "third": "quality",
    }


def _multi(data):
    from django.utils.datastructures import MultiValueDict

    return MultiValueDict(data)
