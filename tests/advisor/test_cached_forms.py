"""The advisor's pages with forms come from the page cache for new visitors,
each with a CSRF token of their own and no run shared with anyone."""

import re

import pytest
from django.conf import settings
from django.core.cache import caches
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


@pytest.mark.parametrize("url", ["/advisor/", "/advisor/step/process/"])
def test_each_new_visitor_gets_the_cached_page_with_a_token_of_their_own(
    rules, url, django_assert_num_queries
):
    first, second = visitor(), visitor()
    first_page = first.get(url)
    with django_assert_num_queries(0):  # from the cache: nothing rendered
        second_page = second.get(url)

    assert token_of(first_page) != token_of(second_page)
    assert TOKEN.sub("", first_page.text) == TOKEN.sub("", second_page.text)
    assert "private" in second_page["Cache-Control"]
    cookie = second.cookies[settings.CSRF_COOKIE_NAME]
    assert cookie.value and cookie["httponly"]
    # Nothing that could be a visitor's token is kept in the cache.
    stored = b"".join(caches["pages"]._cache.values())  # locmem keeps pickles
    assert b"csrfmiddlewaretoken" in stored
    for page in (first_page, second_page):
        assert token_of(page).encode() not in stored
        assert page.cookies[settings.CSRF_COOKIE_NAME].value.encode() not in stored


def test_a_cached_token_works_for_its_visitor_only(rules):
    first, second = visitor(), visitor()
    first.get("/advisor/")
    page = second.get("/advisor/")
    begin = {"csrfmiddlewaretoken": token_of(page)}

    assert first.post("/advisor/begin/", begin).status_code == 403
    response = second.post("/advisor/begin/", begin)
    assert response.status_code == 302
    assert response["Location"] == "/advisor/step/process/"


def test_a_visitor_with_a_csrf_cookie_keeps_their_secret(rules):
    returning = visitor()
    returning.get("/")  # any page: no cookie yet
    returning.get("/advisor/")
    secret = returning.cookies[settings.CSRF_COOKIE_NAME].value
    page = returning.get("/advisor/")  # from the cache now
    assert returning.cookies[settings.CSRF_COOKIE_NAME].value == secret
    begin = {"csrfmiddlewaretoken": token_of(page)}
    assert returning.post("/advisor/begin/", begin).status_code == 302


def test_two_new_visitors_of_the_cached_first_step_finish_two_runs(rules):
    finished = []
    for client in (visitor(), visitor()):
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
        # Is the advisor ready, the definitions of the step's terms.
        ("/advisor/step/process/", 2, '<h1 class="h2">Your process</h1>'),
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
    assert TOKEN.search(page.text)


def test_rendering_a_saved_result_costs_one_query_or_two_with_links(
    client, rules, settings, django_assert_max_num_queries
):
    location = finish(client)["Location"]
    settings.PAGE_CACHE_ENABLED = False
    with django_assert_max_num_queries(2):  # the result, its terms' links
        page = client.get(location)
    assert "<h1>Your sourcing recommendation</h1>" in page.text
    assert "Why each option ranks where it does" in page.text
