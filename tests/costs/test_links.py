"""costs.links: the advisor's result carries its ranking, horizon and the way
back to the cost picture."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from costs.links import cost_picture_url


def query(url):
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def test_the_ranking_and_the_result_are_carried_over():
    url = cost_picture_url(
        ["offshore_outsourcing", "in_house", "captive_offshore"], result_token="t0k"
    )
    assert url.startswith("/cost/?")
    assert query(url) == {
        "options": "offshore_outsourcing,in_house,captive_offshore",
        "result": "t0k",
    }


@pytest.mark.parametrize(
    ("duration", "horizon"), [("short", "1"), ("medium", "3"), ("long", None)]
)
def test_the_duration_answer_sets_the_horizon_it_covers(duration, horizon):
    assert query(cost_picture_url([], duration=duration)).get("horizon") == horizon


@pytest.mark.parametrize("volume", ["small", "medium", "large", None])
def test_a_size_band_is_not_turned_into_a_number(volume):
    assert "size" not in query(cost_picture_url(["reshoring"], volume=volume))


def test_options_the_cost_picture_does_not_know_are_left_out():
    url = cost_picture_url(["offshore_outsourcing", "an_editors_new_model"])
    assert query(url)["options"] == "offshore_outsourcing"
    assert cost_picture_url([]) == "/cost/"


@pytest.mark.django_db
def test_the_link_opens_a_picture_in_the_advisors_order(client):
    url = cost_picture_url(
        ["reshoring", "domestic_outsourcing"], duration="medium", result_token="abc"
    )
    page = client.get(url).content.decode()
    assert "There is a problem" not in page
    assert "over 3 years" in page
    gaps = page.split("Break-even gaps")[1]
    assert gaps.index("Reshoring") < gaps.index("Domestic outsourcing")
    assert re.search(r'href="/advisor/result/abc/"', page)


def test_the_advisor_snippet_links_to_the_picture():
    from django.template.loader import render_to_string

    url = cost_picture_url(["reshoring"], duration="short", result_token="t")
    html = render_to_string("costs/_advisor_link.html", {"cost_url": url})
    assert '<a href="/cost/?horizon=1&amp;options=reshoring&amp;result=t">' in html
    assert "How much would these options cost?" in html
