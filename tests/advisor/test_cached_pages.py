"""The advisor's pages a new visitor sees: the start page and saved results
carry no form token and come from the page cache; question pages are rendered
for each visitor, with their own token and no run shared with anyone."""

import re

import pytest
from django.test import Client

from advisor.models import Assessment

from .conftest import (
    CONSTRAINTS,
    GOALS,
    PROCESS,
    SITUATION_IN_HOUSE,
    finish,
    step_data,
)

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="(\w+)"')


def visitor():
    return Client(headers={"host": "testserver"}, enforce_csrf_checks=True)


def token_of(response):
    return TOKEN.search(response.content.decode()).group(1)


def test_the_start_page_and_a_saved_result_carry_no_token_and_come_from_the_cache(
    rules, django_assert_num_queries
):
    location = finish(Client())["Location"]
    for url in ("/advisor/", location):
        first, second = visitor(), visitor()
        first_page = first.get(url)
        with django_assert_num_queries(0):  # from the cache: nothing rendered
            second_page = second.get(url)
        assert second_page.text == first_page.text
        assert "csrfmiddlewaretoken" not in second_page.text
        assert "public" in second_page["Cache-Control"]
        assert not second_page.cookies  # no token, no cookie, no session


def test_the_start_link_leads_to_the_first_question(rules):
    page = visitor().get("/advisor/")
    assert 'href="/advisor/step/process/">Start the advisor</a>' in page.text


def test_a_question_page_is_rendered_for_each_visitor_with_their_own_token(
    rules, django_assert_max_num_queries
):
    first, second = visitor(), visitor()
    first_page = first.get("/advisor/step/process/")
    with django_assert_max_num_queries(2) as rendered:
        second_page = second.get("/advisor/step/process/")
    assert len(rendered.captured_queries) > 0
    assert token_of(first_page) != token_of(second_page)
    assert "public" not in second_page.get("Cache-Control", "")


def test_change_answers_asks_first_then_fills_in_the_saved_answers(rules):
    location = finish(Client())["Location"]
    result = visitor().get(location)
    change_url = f"{location}change/"
    assert f'href="http://testserver{change_url}">Change answers</a>' in result.text
    assert 'href="http://testserver/advisor/">Start again</a>' in result.text

    newcomer = visitor()  # someone the link was shared with
    confirm = newcomer.get(change_url)
    assert "<h1>Change your answers</h1>" in confirm.text
    assert not newcomer.session.get("wizard_advisor_wizard")  # nothing started yet
    response = newcomer.post(change_url, {"csrfmiddlewaretoken": token_of(confirm)})
    assert response.status_code == 302
    assert response["Location"] == "/advisor/step/review/"
    review = newcomer.get("/advisor/step/review/")
    assert "A finance and accounting process" in review.text  # the saved answer


def test_two_new_visitors_of_the_cached_first_step_finish_two_runs(rules):
    finished = []
    for client in (visitor(), visitor()):
        client.get("/advisor/")
        page = client.get("/advisor/step/process/")
        assert 'name="advisor_run" value=""' in page.text
        token = {"csrfmiddlewaretoken": token_of(page)}
        for step, answers in [
            ("process", PROCESS),
            ("goals", GOALS),
            ("constraints", CONSTRAINTS),
            ("situation", SITUATION_IN_HOUSE),
            ("review", {}),
        ]:
            response = client.post(
                f"/advisor/step/{step}/", {**step_data(step, answers), **token}
            )
            assert response.status_code == 302, (step, response.status_code)
        finished.append(response["Location"])

    assert finished[0] != finished[1]
    assert Assessment.objects.count() == 2
    assert len(set(Assessment.objects.values_list("run_id", flat=True))) == 2


@pytest.mark.parametrize(
    ("url", "budget", "heading"),
    [
        # Is the advisor ready.
        ("/advisor/", 1, "<h1>Which sourcing model fits your process?</h1>"),
        # Is the advisor ready; the definitions of the step's terms are a
        # fragment kept from the first request until the next content edit.
        ("/advisor/step/process/", 1, "What this term means"),
    ],
)
def test_rendering_the_advisor_pages_a_visitor_starts_with_stays_in_budget(
    client, rules, settings, url, budget, heading, django_assert_num_queries
):
    settings.PAGE_CACHE_ENABLED = False
    client.get(url)
    with django_assert_num_queries(budget):
        page = client.get(url)
    assert heading in page.text


def test_rendering_a_saved_result_costs_one_query_or_two_with_links(
    client, rules, settings, django_assert_max_num_queries
):
    location = finish(client)["Location"]
    settings.PAGE_CACHE_ENABLED = False
    with django_assert_max_num_queries(2):  # the result, its terms' links
        page = client.get(location)
    assert "<h1>Your sourcing recommendation</h1>" in page.text
    assert "Why each option ranks where it does" in page.text
