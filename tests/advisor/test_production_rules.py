"""The wizard under production rules: no session until the visitor posts,
405 for other methods, a rate limit on finishing, answers kept in an outage."""

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session

from advisor.models import Assessment
from advisor.views import RUN_FIELD, WIZARD_PREFIX

from .conftest import GOALS, PROCESS
from .test_wizard import answer_up_to_review, begin, post_step

pytestmark = pytest.mark.django_db


def wizard_post(step, answers, **extra):
    data = {f"{WIZARD_PREFIX}-current_step": step, **extra}
    data.update({f"{step}-{name}": value for name, value in answers.items()})
    return data


def broken_database(*args, **kwargs):
    from django.db import OperationalError

    raise OperationalError("connection to server at 127.0.0.1 failed: SECRET SQL")


@pytest.mark.parametrize(
    "method, url",
    [
        ("get", "/advisor/"),
        ("get", "/advisor/step/process/"),
        ("get", "/advisor/step/review/"),
        ("get", "/advisor/step/no-such-step/"),
        ("head", "/advisor/step/process/"),
        ("options", "/advisor/"),
        ("get", "/glossary/?q=offshoring"),
        ("get", "/admin/login/"),
    ],
)
def test_anonymous_requests_create_no_session(client, rules, method, url):
    getattr(client, method)(url)

    assert Session.objects.count() == 0
    assert settings.SESSION_COOKIE_NAME not in client.cookies


def test_the_first_posted_answer_starts_the_session(client, rules):
    page = client.get("/advisor/step/process/").content.decode()
    run_id = page.split(f'name="{RUN_FIELD}" value="')[1].split('"')[0]
    assert Session.objects.count() == 0

    response = client.post(
        "/advisor/step/process/",
        wizard_post("process", PROCESS, **{RUN_FIELD: run_id}),
    )

    assert response["Location"] == "/advisor/step/goals/"
    assert Session.objects.count() == 1
    goals = client.post("/advisor/step/goals/", wizard_post("goals", GOALS))
    assert goals["Location"] == "/advisor/step/constraints/"


@pytest.mark.parametrize("method", ["options", "put", "patch", "delete", "trace"])
@pytest.mark.parametrize("url", ["/", "/advisor/", "/advisor/step/process/"])
def test_unsupported_methods_get_a_405_page(client, rules, method, url):
    response = getattr(client, method)(url)

    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"
    assert "Method not allowed" in response.content.decode()
    assert Session.objects.count() == 0


def test_finishing_the_wizard_is_rate_limited(client, rules, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "finish": (1, 3600)}
    answer_up_to_review(client)
    assert post_step(client, "review").status_code == 302
    answer_up_to_review(client)

    response = post_step(client, "review")

    assert response.status_code == 429
    assert Assessment.objects.count() == 1


def test_a_wizard_post_during_an_outage_keeps_the_answers(client, rules, monkeypatch):
    begin(client)
    monkeypatch.setattr(
        "django.contrib.sessions.backends.db.SessionStore.load", broken_database
    )

    response = client.post("/advisor/step/process/", wizard_post("process", PROCESS))

    page = response.content.decode()
    assert response.status_code == 503
    assert "try again" in page.lower()
    assert 'action="/advisor/step/process/"' in page
    assert 'name="process-function" value="finance"' in page
    assert page.count('name="csrfmiddlewaretoken"') == 1
    monkeypatch.undo()
    resent = client.post("/advisor/step/process/", wizard_post("process", PROCESS))
    assert resent["Location"] == "/advisor/step/goals/"
