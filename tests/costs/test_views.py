"""/cost/ as a manager sees it: defaults, ranges, break-even gaps, drivers,
sources, what is left out; bad input answered with a message; never shared."""

import re

import pytest

from core import page_cache

pytestmark = pytest.mark.django_db

QUOTED = "/cost/?quote_1_option=offshore_outsourcing&quote_1_rate=50000&horizon=2"


def text(response) -> str:
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_with_nothing_typed_the_defaults_are_used_and_named(client):
    response = client.get("/cost/")
    page = text(response)
    assert "Size: 10 FTEs" in page
    assert "Cost of one FTE in-house: 100,000 a year" in page
    assert "Horizon: 5 years" in page
    assert "indicative, not a business case" in page
    assert "carries the figures you type" in page


def test_the_page_is_private_noindex_and_never_stored_in_the_page_cache(
    client, monkeypatch
):
    stored = []
    monkeypatch.setattr(
        page_cache.PageCacheMiddleware,
        "store",
        staticmethod(lambda request, response, prefix: stored.append(request.path)),
    )
    client.get("/robots.txt")  # a public page: the spy sees it stored
    assert stored == ["/robots.txt"]
    for url in ("/cost/", QUOTED):
        response = client.get(url)
        assert "private" in response["Cache-Control"]
        assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert stored == ["/robots.txt"]


def test_a_quote_gives_a_rounded_range_against_in_house(client, make_factor):
    # 10 FTEs at 50,000 for 2 years: 1,000,000. Uplift 0 / 10 / 20%:
    # 1,000,000 / 1,100,000 / 1,200,000. In-house: 2,000,000.
    make_factor("uplift", "outsourcing", 0, 10, 20)
    page = text(client.get(QUOTED))
    assert "Offshore outsourcing 1,000,000 to 1,200,000, likely 1,100,000" in page
    assert "In-house about 2,000,000" in page


def test_the_break_even_gap_is_stated_for_every_option(client, make_factor):
    # Uplift 0-20% on outsourcing: break-even at 100,000 (no gap) with the
    # low factor and at 100,000 / 1.2 (a gap of 1/6, 17%) with the high one.
    make_factor("uplift", "outsourcing", 0, 10, 20)
    page = text(client.get("/cost/?horizon=2"))
    assert (
        "Offshore outsourcing must cost at least 0–17% less per FTE than your "
        "in-house cost to save money over 2 years." in page
    )
    assert "Out-staffing saves money over 2 years at any rate below" in page


def test_drivers_and_the_stack_name_their_values(client, make_factor):
    make_factor("uplift", "outsourcing", 0, 10, 20)
    make_factor("governance", "outsourcing", 4, 6, 8)
    html = client.get(QUOTED).content.decode()
    # Uplift swing: 20% of 1,060,000 (quote and 6% governance): 212,000.
    assert 'aria-label="Optimism uplift moves the likely total by 210,000"' in html
    assert "What moves Offshore outsourcing most" in html
    assert re.search(r"The quote \(rate x FTEs x years\): 1,000,000 \(\d+%\)", html)


def test_factors_link_to_their_glossary_terms_and_sources(
    client, make_factor, make_term
):
    make_term("Retained organisation")
    make_factor("governance", "outsourcing", 4, 6, 8, note="Read as a share.")
    page = client.get("/cost/").content.decode()
    assert '<a href="/glossary/retained-organisation/">Governance and contract' in page
    assert "https://doi.org/10.0000/costs" in page
    assert "Read as a share." in page
    assert "Reviewed 1 Nov 2026" in page
    assert "4 / 6 / 8 (% a year; low / likely / high)" in page


def test_a_missing_figure_is_named_as_left_out(client, make_factor):
    make_factor("uplift", "outsourcing", 0, 10, 20)
    page = text(client.get("/cost/"))
    assert "Always: tax, currency movements" in page
    assert "Captive offshore centre: no published figure for set-up capital" in page
    assert "optimism uplift" in page.split("Captive offshore centre: no published")[1]


def test_an_edited_factor_shows_on_the_next_request(client, make_factor):
    # The page keeps what it reads under the content version: an edit makes
    # a new one, so nobody sees the old figure once the editor has saved.
    factor = make_factor("uplift", "outsourcing", 0, 10, 20)
    page = text(client.get(QUOTED))
    assert "Offshore outsourcing 1,000,000 to 1,200,000, likely 1,100,000" in page
    factor.high = 40
    factor.save()
    page = text(client.get(QUOTED))
    assert "Offshore outsourcing 1,000,000 to 1,400,000, likely 1,100,000" in page
    assert "0 / 10 / 40 (% of the total; low / likely / high)" in page


def test_a_factor_for_one_option_beats_its_groups(client, make_factor):
    make_factor("uplift", "outsourcing", 0, 10, 20)
    make_factor("uplift", "offshore_outsourcing", 50, 50, 50)
    page = text(client.get(QUOTED))
    assert "Offshore outsourcing about 1,500,000" in page


def test_the_advisor_ranking_orders_the_options_and_links_back(client):
    response = client.get(
        "/cost/?options=captive_offshore,domestic_outsourcing&result=abc123"
    )
    gaps = text(response).split("Break-even gaps")[1].split("Ranges against")[0]
    order = [
        gaps.index(label)
        for label in ("Captive offshore", "Domestic outsourcing", "Nearshore out")
    ]
    assert order == sorted(order)
    assert '<a href="/advisor/result/abc123/">Back to your advisor result</a>' in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("size=-3", "Enter at least 1 FTE"),
        ("size=0", "Enter at least 1 FTE"),
        ("size=100001", "Enter at most 100,000 FTEs"),
        ("size=ten", "Enter the number of FTEs as a whole number"),
        ("in_house=0", "Enter the cost per FTE of at least 1"),
        ("in_house=10000001", "Enter the cost per FTE of at most 10,000,000"),
        ("in_house=nan", "Enter the cost per FTE as a number"),
        ("in_house=1e400", "Enter the cost per FTE as a number"),
        ("horizon=0", "Enter a horizon of at least 1 year"),
        ("horizon=100", "Enter a horizon of at most 15 years"),
        ("people_costs=-5", "Enter the people costs of at least 0"),
        ("quote_1_option=offshore_outsourcing&quote_1_rate=-1", "Enter quote 1 of"),
        ("quote_1_rate=40000", "Choose which option quote 1 is for"),
        ("quote_2_option=moon_base", "Choose an option from the list for quote 2"),
        (
            "quote_1_option=reshoring&quote_1_rate=1&quote_2_option=reshoring",
            "Quote 2 is for an option already quoted",
        ),
        ("options=in_house,drop%20table", "lists options this page does not know"),
        ("result=..%2Fadmin", "link back to your advisor result is damaged"),
    ],
)
def test_bad_input_gets_a_clear_message_in_the_error_summary(client, query, message):
    response = client.get(f"/cost/?{query}")
    assert response.status_code == 200
    summary = text(response).split("There is a problem")[1].split("How much?")[0]
    assert message in summary
    assert "Break-even gaps" not in text(response)


def test_a_fixed_number_of_queries_whatever_the_number_of_factors(
    client, make_factor, django_assert_num_queries
):
    make_factor("uplift", "outsourcing", 0, 10, 20)
    with django_assert_num_queries(2):  # the factors, the glossary terms
        client.get(QUOTED)
    for cost_type in ("search", "transition", "governance", "travel", "exit"):
        for option in ("offshore_outsourcing", "captive_offshore", "reshoring"):
            make_factor(cost_type, option, 1, 2, 3)
    with django_assert_num_queries(2):
        response = client.get(QUOTED)
    assert text(response).count("Source:") == 16


def test_extreme_figures_give_a_picture_not_an_error(client):
    big = client.get(
        "/cost/?size=100000&in_house=10000000&horizon=15&people_costs=100000000000"
        "&quote_1_option=offshore_outsourcing&quote_1_rate=10000000"
    )
    assert "In-house about 15,000,000,000,000" in text(big)
    assert "Offshore outsourcing about 15,000,000,000,000" in text(big)
    # One-off people costs far above what the work costs: no rate can save.
    small = text(client.get("/cost/?size=1&in_house=1&horizon=1&people_costs=1000"))
    assert (
        "Reshoring cannot cost less than in-house over 1 year at any rate: its "
        "one-off costs alone are more than in-house costs." in small
    )
