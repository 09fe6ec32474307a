"""Comparison pages: the table first, a verdict, the advisor, and a three-way
comparison the reader can trim or change without JavaScript."""

import re

import pytest

from glossary.models import Comparison

pytestmark = pytest.mark.django_db

THREE_WAY = "/compare/nearshoring-vs-offshoring-vs-reshoring/"


def html(response):
    return response.content.decode()


def text(fragment):
    return " ".join(re.sub(r"<[^>]+>", "", fragment).split())


@pytest.fixture
def verdict(glossary):
    comparison = glossary["comparison"]
    comparison.verdict = "Choose **outsourcing** when skills matter."
    comparison.save()
    return comparison


def test_the_table_comes_before_any_prose(client, verdict):
    page = html(client.get("/compare/outsourcing-vs-offshoring/"))
    table = page.index('<table class="table comparison-table">')

    for prose in ("When to choose which", "Key differences", "Two <strong>"):
        assert table < page.index(prose), prose


def test_definitions_appear_once_in_the_tables_first_row(client, verdict, glossary):
    page = html(client.get("/compare/outsourcing-vs-offshoring/"))

    assert page.count(glossary["outsourcing"].definition) == 0
    assert page.count("Outsourcing Basic definition value") == 1


def test_a_curated_pair_says_when_to_choose_which(client, verdict):
    page = html(client.get("/compare/outsourcing-vs-offshoring/"))

    verdict_block = re.search(
        r'<section class="compare-verdict.*?</section>', page, re.S
    )[0]
    assert "When to choose which" in verdict_block
    assert "Choose <strong>outsourcing</strong> when skills matter." in verdict_block


def test_every_comparison_links_into_the_advisor(client, glossary):
    for path in ("/compare/outsourcing-vs-offshoring/", THREE_WAY):
        page = html(client.get(path))
        assert '<a class="btn btn-primary" href="/advisor/">Start the advisor</a>' in (
            page
        )


def test_a_three_way_summary_groups_terms_by_decision_and_cites_explained_pairs(
    client, glossary
):
    Comparison.objects.create(
        term_a=glossary["offshoring"],
        term_b=glossary["reshoring"],
        introduction="Opposites.",
        key_differences="- Direction",
        verdict="Choose reshoring when lead times hurt.",
    )

    page = html(client.get(THREE_WAY))
    summary = re.search(r'<section class="three-way-summary.*?</section>', page, re.S)

    assert text(summary[0]) == (
        "In short Where the work is done: Nearshoring, Offshoring, Reshoring "
        "Offshoring vs Reshoring, explained Choose reshoring when lead times hurt."
    )
    assert page.index("comparison-table") < page.index("three-way-summary")


def test_each_term_of_a_three_way_comparison_can_be_removed_by_a_link(client, glossary):
    page = html(client.get("/compare/offshoring-vs-outsourcing-vs-reshoring/"))

    removals = re.findall(
        r'<a class="btn btn-link" href="([^"]+)">Remove (\w+)</a>', page
    )
    # Without Reshoring the pair is curated: its link keeps the title order.
    assert removals == [
        ("/compare/outsourcing-vs-reshoring/", "Offshoring"),
        ("/compare/offshoring-vs-reshoring/", "Outsourcing"),
        ("/compare/outsourcing-vs-offshoring/", "Reshoring"),
    ]


def test_swapping_a_term_opens_the_new_comparison(client, glossary):
    response = client.get(THREE_WAY, {"replace": "reshoring", "by": "outsourcing"})

    assert response.status_code == 302
    assert response["Location"] == "/compare/nearshoring-vs-offshoring-vs-outsourcing/"


def test_swap_pickers_preselect_nothing(client, glossary):
    page = html(client.get(THREE_WAY))

    assert page.count('<option value="" selected') == 0
    assert " selected>" not in page
    label = '<label for="swap-offshoring-by" class="form-label">'
    assert page.count(label + "Swap Offshoring for</label>") == 1


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"replace": "reshoring", "by": ""}, "Choose the term to swap in."),
        ({"replace": "reshoring", "by": "offshoring"}, "not yet in this comparison"),
        ({"replace": "reshoring", "by": "secret-draft"}, "must be in the glossary"),
        ({"replace": "nothing", "by": "outsourcing"}, "not in this comparison"),
        ({"replace": "x" * 5000, "by": "\x01"}, "not in this comparison"),
    ],
)
def test_a_bad_swap_says_what_is_wrong(client, glossary, params, message):
    response = client.get(THREE_WAY, params)

    assert response.status_code == 200
    errors = re.findall(r'<p id="swap-[\w-]+-error"[^>]*>(.*?)</p>', html(response))
    assert len(errors) == 1
    assert message in errors[0]
    assert 'aria-invalid="true"' in html(response)


def test_adding_a_third_term_opens_the_three_way_comparison(client, glossary):
    response = client.get("/compare/outsourcing-vs-offshoring/", {"add": "reshoring"})

    assert response["Location"] == "/compare/offshoring-vs-outsourcing-vs-reshoring/"


@pytest.mark.parametrize(
    ("choice", "message"),
    [
        ("", "Choose a term to add."),
        ("offshoring", "not yet in this comparison"),
        ("no-such-term", "must be in the glossary"),
    ],
)
def test_a_bad_third_term_says_what_is_wrong(client, glossary, choice, message):
    response = client.get("/compare/outsourcing-vs-offshoring/", {"add": choice})

    assert response.status_code == 200
    error = re.search(r'<p id="add-error"[^>]*>(.*?)</p>', html(response))
    assert message in error[1]


def test_comparison_pages_keep_their_query_budget(
    client, glossary, django_assert_max_num_queries
):
    for path in ("/compare/outsourcing-vs-offshoring/", THREE_WAY):
        with django_assert_max_num_queries(6):
            client.get(path)


def test_term_names_in_the_add_list_are_escaped(client, glossary, make_term):
    make_term('Tom & <b>Jerry</b> "sourcing"', slug="tom-and-jerry")
    page = html(client.get("/compare/outsourcing-vs-offshoring/"))
    assert (
        '<option value="tom-and-jerry">Tom &amp; &lt;b&gt;Jerry&lt;/b&gt; '
        "&quot;sourcing&quot;</option>"
    ) in page
    assert "<b>Jerry</b>" not in page


def test_a_rejected_swap_keeps_the_list_with_nothing_preselected(client, glossary):
    page = html(client.get(THREE_WAY, {"replace": "reshoring", "by": "nope"}))
    assert 'aria-invalid="true"' in page
    assert " selected>" not in page


def test_a_dimension_neither_term_has_a_value_for_is_left_out(client, glossary):
    from glossary.models import Dimension

    Dimension.objects.create(name="Unused aspect", slug="unused-aspect", order=99)
    page = html(client.get("/compare/outsourcing-vs-offshoring/"))
    assert "Unused aspect" not in page
    assert page.count('<th scope="row" class="dimension-col">') >= 2
