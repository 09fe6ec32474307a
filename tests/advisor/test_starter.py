"""Loading the advisor's defaults: once, without overwriting editors' work."""

import pytest
from django.core.management import call_command

from advisor import default_rules, engine
from advisor.default_rules import DEFAULT_RULES, OPTION_CONTENT
from advisor.models import Rule, SourcingModel
from advisor.starter import load

pytestmark = pytest.mark.django_db


@pytest.fixture
def model_terms(make_term):
    """A glossary term with the same name as every sourcing model."""
    return {
        option.key: make_term(option.name, slug=OPTION_CONTENT[option.key]["term_slug"])
        for option in engine.DEFAULT_OPTIONS
    }


def test_every_model_links_the_term_of_the_same_name(model_terms):
    call_command("load_advisor_defaults", verbosity=0)
    for model in SourcingModel.objects.select_related("term"):
        assert model.term.name == model.name
    assert Rule.objects.count() == len(DEFAULT_RULES)
    nearshore = SourcingModel.objects.get(key="captive_nearshore")
    assert nearshore.name == "Nearshore captive centre"
    assert (
        nearshore.rules.filter(question="data_residency", rules_out=True).count() == 1
    )


def test_loading_again_changes_nothing_editors_did(model_terms):
    load(default_rules)
    Rule.objects.filter(question="goal").delete()
    SourcingModel.objects.filter(key="in_house").update(summary="Editor's words.")
    assert load(default_rules) == {}
    assert not Rule.objects.filter(question="goal").exists()
    assert SourcingModel.objects.get(key="in_house").summary == "Editor's words."


def test_a_database_from_before_is_brought_in_line(model_terms, make_term):
    """Models loaded by the first version: old name, old term links, no nearshore
    captive centre. The loader renames and relinks them, unless an editor did."""
    load(default_rules)
    SourcingModel.objects.filter(key="captive_nearshore").delete()
    SourcingModel.objects.filter(key="out_staffing").update(
        name="Out-staffing / staff augmentation", term=None
    )
    SourcingModel.objects.filter(key="offshore_outsourcing").update(
        term=make_term("Offshoring")
    )
    SourcingModel.objects.filter(key="nearshore_outsourcing").update(
        term=make_term("Near-shore delivery")  # an editor's choice
    )
    call_command("load_advisor_defaults", verbosity=0)
    models = {m.key: m for m in SourcingModel.objects.select_related("term")}
    assert models["out_staffing"].name == "Out-staffing"
    assert models["out_staffing"].term == model_terms["out_staffing"]
    assert models["offshore_outsourcing"].term == model_terms["offshore_outsourcing"]
    assert models["nearshore_outsourcing"].term.name == "Near-shore delivery"
    # Deleted by an editor: stays deleted, like any default.
    assert "captive_nearshore" not in models
