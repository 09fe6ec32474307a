"""The wizard's questions: every one explained, with a link into the glossary."""

import re

import pytest

from advisor import forms

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("step, form_class", forms.STEP_FORMS[:-1])
def test_every_question_has_help_that_links_the_glossary(step, form_class):
    form = form_class(prefix=step)
    for name, field in form.fields.items():
        help_text = str(field.help_text)
        assert re.search(r'<a href="/glossary/[a-z0-9-]+/">[^<]+</a>', help_text), name
        assert len(re.sub("<[^>]+>", "", help_text)) >= 40, name


def test_help_text_outside_the_links_is_escaped():
    html = forms.with_glossary_links("Costs < savings & [BPO](bpo) <b>")
    assert html == (
        'Costs &lt; savings &amp; <a href="/glossary/bpo/">BPO</a> &lt;b&gt;'
    )


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
