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
def test_the_size_band_is_carried_never_a_number(volume):
    carried = query(cost_picture_url(["reshoring"], volume=volume))
    assert "size" not in carried
    assert carried.get("size_band") == volume


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("volume", "size", "band"),
    [("small", 3, "under 5 people"), ("medium", 20, "5 to 50 people")],
)
def test_the_page_names_the_figure_it_uses_for_the_advisors_size_band(
    client, volume, size, band
):
    page = client.get(cost_picture_url(["offshore_outsourcing"], volume=volume)).text
    assert "There is a problem" not in page
    defaults = page.split('id="defaults-heading"')[1]
    assert f"Size: {size} FTEs, a figure inside your advisor answer ({band})" in (
        defaults
    )
    # Typed, the manager's own size wins and no default is named.
    typed = client.get(cost_picture_url([], volume=volume) + "&size=7").text
    assert "Size:" not in typed.split('id="defaults-heading"')[1]


@pytest.mark.django_db
def test_an_unknown_size_band_gets_a_message(client):
    page = client.get("/cost/?size_band=huge").text
    assert "There is a problem" in page
    assert "The address gives a size this page does not know" in page


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
