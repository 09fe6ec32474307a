"""Whatever editors do to sourcing models and rules, the advisor never fails."""

from io import StringIO

import pytest
from django.core.management import call_command

from advisor.models import Assessment, Rule, SourcingModel
from glossary.models import Term

from .test_wizard import answer_up_to_review, finish, post_step

pytestmark = pytest.mark.django_db


def test_deleting_a_sourcing_model_that_rules_use_is_refused(admin_client, rules):
    model = SourcingModel.objects.get(key="reshoring")

    page = admin_client.get(f"/admin/advisor/sourcingmodel/{model.pk}/delete/")
    response = admin_client.post(
        f"/admin/advisor/sourcingmodel/{model.pk}/delete/", {"post": "yes"}
    )
    text = page.content.decode()

    assert "would require deleting the following protected related objects" in text
    assert "(delete it, or point it at another model, first)" in text
    assert "problem=quality → Reshoring" in text
    assert response.status_code == 200  # the confirmation again, nothing deleted
    assert SourcingModel.objects.filter(key="reshoring").exists()
    assert Rule.objects.filter(option=model).count() == 2


def test_bulk_deleting_sourcing_models_that_rules_use_is_refused(admin_client, rules):
    ids = list(SourcingModel.objects.values_list("pk", flat=True))

    response = admin_client.post(
        "/admin/advisor/sourcingmodel/",
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )

    assert "protected related objects" in response.content.decode()
    assert SourcingModel.objects.count() == len(ids)
    assert Rule.objects.count() == len(rules)


def test_a_sourcing_model_without_rules_can_be_deleted(admin_client, rules):
    model = SourcingModel.objects.get(key="build_operate_transfer")

    admin_client.post(
        f"/admin/advisor/sourcingmodel/{model.pk}/delete/", {"post": "yes"}
    )

    assert not SourcingModel.objects.filter(key="build_operate_transfer").exists()


def delete_everything():
    Rule.objects.all().delete()
    SourcingModel.objects.all().delete()


def test_with_no_sourcing_model_the_advisor_says_it_is_being_updated(client, rules):
    delete_everything()

    for response in (
        client.get("/advisor/"),
        client.post("/advisor/begin/"),
        client.get("/advisor/step/process/"),
    ):
        assert response.status_code == 503
        assert response["Retry-After"] == "600"
        assert "The advisor is being updated" in response.content.decode()


def test_a_run_in_progress_when_every_model_is_deleted_ends_without_an_error(
    client, rules
):
    answer_up_to_review(client)
    delete_everything()

    response = post_step(client, "review")

    assert response.status_code == 503
    assert "Please try again in a few minutes" in response.content.decode()
    assert not Assessment.objects.exists()


def test_saved_results_still_open_while_the_advisor_is_off(client, rules):
    result_url = finish(client)["Location"]
    delete_everything()

    response = client.get(result_url)

    assert response.status_code == 200
    assert "Domestic outsourcing" in response.content.decode()


@pytest.mark.parametrize(
    "keep",
    [["reshoring"], ["offshore_outsourcing", "captive_offshore"], ["in_house"]],
    ids=["only-ruled-out", "only-offshore-ruled-out", "one-open"],
)
def test_the_wizard_finishes_with_whatever_models_editors_left(client, rules, keep):
    Rule.objects.exclude(option__key__in=keep).delete()
    SourcingModel.objects.exclude(key__in=keep).delete()

    result = client.get(finish(client)["Location"])

    assert result.status_code == 200
    names = {m.name for m in SourcingModel.objects.all()}
    assert all(name in result.content.decode() for name in names)


def test_the_wizard_finishes_when_every_rule_was_deleted(client, rules):
    Rule.objects.all().delete()

    result = client.get(finish(client)["Location"])

    assert result.status_code == 200
    assert "In-house" in result.content.decode()


def test_admin_warns_editors_when_the_advisor_is_off(admin_client, rules):
    delete_everything()

    for url in ("/admin/advisor/sourcingmodel/", "/admin/advisor/rule/", "/admin/"):
        page = admin_client.get(url).content.decode()
        assert "The advisor is switched off" in page, url
        assert "load_advisor_defaults --restore" in page


def test_restore_brings_back_deleted_defaults_and_keeps_edits(db):
    out = StringIO()
    call_command("load_advisor_defaults", stdout=out)
    rules = Rule.objects.count()
    edited = SourcingModel.objects.get(key="in_house")
    edited.summary = "Edited by an editor."
    edited.save()
    Rule.objects.filter(option__key="reshoring").delete()
    SourcingModel.objects.filter(key="reshoring").delete()

    call_command("load_advisor_defaults", stdout=out)  # a plain run: nothing back
    assert not SourcingModel.objects.filter(key="reshoring").exists()
    call_command("load_advisor_defaults", restore=True, stdout=out)

    assert SourcingModel.objects.filter(key="reshoring").exists()
    assert Rule.objects.count() == rules
    assert SourcingModel.objects.get(key="in_house").summary == "Edited by an editor."
    assert "Restoring" in out.getvalue()


def test_the_result_never_links_a_draft_term(client, rules, glossary):
    Term.objects.filter(pk=glossary["outsourcing"].pk).update(status="draft")

    page = client.get(finish(client)["Location"]).content.decode()

    assert "Domestic outsourcing" in page
    assert "/glossary/outsourcing/" not in page
    assert "/glossary/offshoring/" in page or "/glossary/reshoring/" in page


def test_the_result_links_terms_named_in_the_advice(client, rules, glossary):
    SourcingModel.objects.update(
        risks="- Costs rise: compare [[nearshoring]].",
        next_steps="1. Read [[secret-draft|the draft]].",
    )

    page = client.get(finish(client)["Location"]).content.decode()

    assert 'compare <a href="/glossary/nearshoring/"' in page
    assert "Read the draft." in page
    assert "/glossary/secret-draft/" not in page
