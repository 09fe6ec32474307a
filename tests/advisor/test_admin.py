"""Editors tune the advisor in admin; saved assessments stay read-only."""

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from advisor.models import Assessment, Rule

from .conftest import finish

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, monkeypatch):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "a-long-editor-password")
    call_command("setup_editors", user="editor")
    client.force_login(User.objects.get(username="editor"))
    return client


def test_rules_list_has_editable_weights_and_filters(admin_client, rules):
    page = admin_client.get("/admin/advisor/rule/").content.decode()
    assert 'name="form-0-weight"' in page
    for filter_title in ("By question", "By option", "By rules out"):
        assert filter_title in page
    filtered = admin_client.get("/admin/advisor/rule/?question__exact=data_residency")
    assert filtered.context["cl"].result_count == 2


def test_editor_changes_a_weight_from_the_list(editor_client, rules):
    rule = Rule.objects.get(question="work_type")
    changelist = editor_client.get("/admin/advisor/rule/")
    formset = changelist.context["cl"].formset
    data = {
        "form-TOTAL_FORMS": str(formset.total_form_count()),
        "form-INITIAL_FORMS": str(formset.initial_form_count()),
        "_save": "Save",
    }
    for index, form in enumerate(formset.forms):
        data[f"form-{index}-id"] = str(form.instance.pk)
        weight = 7 if form.instance.pk == rule.pk else form.instance.weight
        data[f"form-{index}-weight"] = str(weight)
    response = editor_client.post("/admin/advisor/rule/", data)
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.weight == 7


def test_a_rule_for_the_wrong_question_is_refused_with_a_message(admin_client, rules):
    option = Rule.objects.first().option
    response = admin_client.post(
        "/admin/advisor/rule/add/",
        {
            "question": "coreness",
            "answer": "country",
            "option": option.pk,
            "weight": 1,
            "explanation": "Mismatched.",
        },
    )
    assert response.status_code == 200
    assert "is not an answer to" in response.content.decode()
    response = admin_client.post(
        "/admin/advisor/rule/add/",
        {
            "question": "goal",
            "answer": "cost",
            "option": option.pk,
            "weight": 0,
            "rules_out": "on",
            "explanation": "No.",
        },
    )
    assert "A goal cannot rule an option out." in response.content.decode()


def test_assessments_are_read_only_with_top_recommendation_counts(
    client, admin_client, rules
):
    finish(client)
    finish(client)
    page = admin_client.get("/admin/advisor/assessment/").content.decode()
    assert "Domestic outsourcing (2)" in page  # facet count of top recommendations
    assessment = Assessment.objects.first()
    detail = admin_client.get(f"/admin/advisor/assessment/{assessment.pk}/change/")
    assert detail.status_code == 200
    assert 'name="_save"' not in detail.content.decode()
    assert admin_client.get("/admin/advisor/assessment/add/").status_code == 403


def test_editor_cannot_manage_users_or_change_assessments(editor_client, client, rules):
    assert editor_client.get("/admin/advisor/sourcingmodel/").status_code == 200
    assert editor_client.get("/admin/auth/user/").status_code == 403
    assert editor_client.get("/admin/auth/group/").status_code == 403
    finish(client)
    assessment = Assessment.objects.get()
    response = editor_client.post(
        f"/admin/advisor/assessment/{assessment.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 403
    assert Assessment.objects.exists()
