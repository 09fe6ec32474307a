"""Rules and sourcing models take their choices from the engine, when asked."""

import dataclasses

import pytest
from django.core.management import call_command

from advisor import engine
from advisor.models import Rule

pytestmark = pytest.mark.django_db


@pytest.fixture
def reworded(monkeypatch):
    """The engine with one answer reworded, as an editor of the code would."""
    question = engine.QUESTIONS["coreness"]
    answers = tuple(
        dataclasses.replace(a, label="Central to why customers choose you")
        if a.value == "core"
        else a
        for a in question.answers
    )
    monkeypatch.setitem(
        engine.QUESTIONS, "coreness", dataclasses.replace(question, answers=answers)
    )


def test_rewording_an_answer_needs_no_migration(reworded):
    # Exits with status 1 (SystemExit) if a migration were missing.
    call_command("makemigrations", "advisor", check=True, dry_run=True, verbosity=0)


def test_admin_shows_the_answers_current_wording(admin_client, reworded, rules):
    page = admin_client.get("/admin/advisor/rule/add/").content.decode()
    assert "Central to why customers choose you" in page
    assert "Core to your competitive advantage" not in page
    field = Rule._meta.get_field("answer")
    assert ("core", "Central to why customers choose you") in field.flatchoices
