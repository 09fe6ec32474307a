"""What a wizard POST costs in queries: the same for a handful of rules as for
hundreds, so a query per rule, model or step cannot creep in unnoticed.

bench/inprocess.py times the same POSTs under production settings; query
counts are how the test suite keeps them fast (never timings).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from advisor import engine
from advisor.models import Rule

from .conftest import GOALS, PROCESS, answer_up_to_review, begin, post_step, step_url

pytestmark = pytest.mark.django_db

# The session read; the session saved (a savepoint, the update, its release
# inside the test's transaction); the check that the advisor has models.
STEP_POST_QUERIES = 5
# The above, plus: the sourcing models with their terms, the rules, the
# comparison's dimensions and values, and the assessment saved (savepoint,
# insert, release; a run finished already is found by its duplicate insert).
REVIEW_POST_QUERIES = STEP_POST_QUERIES + 7


def add_many_rules(sourcing_models):
    """A rule for every answer of the plain questions and every option."""
    Rule.objects.bulk_create(
        Rule(
            question=question.key,
            answer=answer.value,
            option=model,
            weight=(position % 5) - 2 or 1,
            explanation="Because.",
        )
        for question in engine.QUESTIONS.values()
        if question.key not in ("goal", "problem")
        for position, answer in enumerate(question.answers)
        if answer.value != engine.UNSURE  # "Not sure" matches no rule
        for model in sourcing_models.values()
    )
    assert Rule.objects.count() > 300


def test_a_step_post_costs_a_fixed_number_of_queries(
    client, rules, django_assert_num_queries
):
    begin(client)
    with django_assert_num_queries(STEP_POST_QUERIES):
        response = post_step(client, "process", PROCESS)
    assert response["Location"] == "/advisor/step/goals/"


def test_finishing_costs_a_fixed_number_of_queries(
    client, rules, django_assert_num_queries
):
    answer_up_to_review(client)
    with django_assert_num_queries(REVIEW_POST_QUERIES):
        response = post_step(client, "review")
    assert response["Location"].startswith("/advisor/result/")


def test_finishing_costs_as_many_queries_with_hundreds_of_rules(
    client, sourcing_models, django_assert_num_queries
):
    add_many_rules(sourcing_models)
    answer_up_to_review(client)
    with django_assert_num_queries(REVIEW_POST_QUERIES):
        response = post_step(client, "review")
    assert response["Location"].startswith("/advisor/result/")


def test_looking_at_a_step_again_writes_nothing_and_keeps_every_answer(client, rules):
    # formtools' session storage wrote the session back on every GET; now only
    # a change does (an answer, or the step the visitor is on).
    begin(client)
    post_step(client, "process", PROCESS)
    with CaptureQueriesContext(connection) as looked:
        for _ in range(3):
            page = client.get(step_url("goals")).text
    writes = [q["sql"] for q in looked if q["sql"].startswith(("UPDATE", "INSERT"))]
    assert writes == []
    assert "Step 2 of 5: Goals" in page
    first = client.get(step_url("process")).text
    assert first.count(" checked") == len(PROCESS)  # the answers, as given
    post_step(client, "goals", GOALS)
    # Reachable only with both steps' answers kept.
    assert "Step 3 of 5: Constraints" in client.get(step_url("constraints")).text
