"""The advisor's result links to the shortlist with its answers applied."""

import pytest

from locations.links import shortlist_url

NO_RULE = {"data_residency": "none", "hours_overlap": "some"}


@pytest.mark.parametrize(
    ("option", "constraints", "url"),
    [
        ("nearshore_outsourcing", NO_RULE, "/where/?band=nearshore"),
        ("offshore_outsourcing", NO_RULE, "/where/?band=offshore"),
        ("captive_offshore", NO_RULE, "/where/?band=offshore"),
        ("build_operate_transfer", NO_RULE, "/where/"),
        (
            "out_staffing",
            {**NO_RULE, "data_residency": "region"},
            "/where/?residency=region",
        ),
        (
            "nearshore_outsourcing",
            {"data_residency": "region", "hours_overlap": "full"},
            "/where/?band=nearshore&residency=region&overlap=5",
        ),
    ],
)
def test_options_abroad_link_with_band_and_data_rule(option, constraints, url):
    assert shortlist_url(option, constraints) == url


@pytest.mark.parametrize("option", ["in_house", "domestic_outsourcing", "reshoring"])
def test_options_at_home_have_no_link(option):
    assert shortlist_url(option, NO_RULE) is None


def test_out_staffing_with_data_in_the_country_has_no_link():
    assert shortlist_url("out_staffing", {"data_residency": "country"}) is None


def test_the_link_opens_the_shortlist_with_its_answers_applied(client, places):
    url = shortlist_url(
        "nearshore_outsourcing", {"data_residency": "region", "hours_overlap": "full"}
    )
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<option value="nearshore" selected>' in html
    assert '<option value="region" selected>' in html
    assert "Data rule: the UK and the countries its data bridges" in html


def test_the_result_page_snippet_shows_the_link_or_nothing():
    from django.template.loader import render_to_string

    html = render_to_string(
        "locations/_advisor_link.html",
        {
            "shortlist_url": "/where/?band=offshore",
            "option_name": "Offshore outsourcing",
        },
    )
    assert (
        '<a href="/where/?band=offshore">Where? Shortlist delivery cities for '
        "offshore outsourcing</a>" in html
    )
    assert render_to_string("locations/_advisor_link.html", {}).strip() == ""
