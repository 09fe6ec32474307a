"""Hostile input at the advisor's URLs and forms (the kinds listed in
tests/test_bad_input.py): a clear 4xx or form error, never a 5xx, nothing
stored. Here because the advisor needs its sourcing models to be open."""

import pytest

from advisor.views import WIZARD_PREFIX

from ..test_bad_input import HOSTILE, assert_handled, get_each, post_each

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "template", ["/advisor/step/{}/", "/advisor/step/process/?from={}"]
)
def test_hostile_input_in_wizard_urls_never_breaks_a_step(client, rules, template):
    from django.contrib.sessions.models import Session

    get_each(client, template)

    assert Session.objects.count() == 0


def test_hostile_answers_in_every_wizard_field_are_refused_and_not_stored(
    client, rules
):
    from advisor.forms import STEP_FORMS
    from advisor.models import Assessment

    client.post("/advisor/begin/")
    step, form_class = STEP_FORMS[0]
    for field in form_class.base_fields:
        body = f"advisor_wizard-current_step={step}&{step}-{field}={{}}"
        for name, response in post_each(client, f"/advisor/step/{step}/", body):
            if response.status_code == 200:
                assert "error" in response.content.decode().lower(), (field, name)
    stored = client.session[f"wizard_{WIZARD_PREFIX}"]["step_data"]
    assert step not in stored
    assert not Assessment.objects.exists()


def test_hostile_wizard_bookkeeping_fields_never_break_it(client, rules):
    from advisor.models import Assessment

    client.post("/advisor/begin/")
    for body in [
        "advisor_wizard-current_step={}",
        "advisor_wizard-current_step=process&advisor_run={}",
        "advisor_wizard-current_step=review&wizard_goto_step={}",
        "{}={}",
    ]:
        list(post_each(client, "/advisor/step/process/", body))
        list(post_each(client, "/advisor/step/review/", body))
    assert not Assessment.objects.exists()


def test_hostile_posts_to_begin_and_change_never_break_them(client, rules):
    from advisor.models import Assessment

    list(post_each(client, "/advisor/begin/", "{}={}"))
    for name, payload in HOSTILE.items():
        response = client.post(f"/advisor/result/{payload}/change/")
        assert_handled(response, name)
    assert not Assessment.objects.exists()
