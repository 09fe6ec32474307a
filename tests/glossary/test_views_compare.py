"""Comparison pages: the answer before the long table, the advisor, and a
three-way comparison the reader can trim or change without JavaScript."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from glossary.models import Comparison, Dimension, DimensionValue

pytestmark = pytest.mark.django_db

THREE_WAY = "/compare/nearshoring-vs-offshoring-vs-reshoring/"


def html(response):
    return response.content.decode()


def text(fragment):
    return " ".join(re.sub(r"<[^>]+>", "", fragment).split())


def h2s(page):
    return [text(h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page, re.S)]


@pytest.fixture
def verdict(glossary):
    comparison = glossary["comparison"]
    comparison.verdict = "Choose **outsourcing** when skills matter."
    comparison.save()
    return comparison


def test_a_curated_comparison_leads_with_the_answer_then_the_table(client, verdict):
    page = html(client.get("/compare/outsourcing-vs-offshoring/"))

    # Source order is reading order (screen readers) and the order on every
    # screen: no CSS reordering.
    assert h2s(page) == [
        "In short",
        "When to choose which",
        "Key differences",
        "Side by side, in detail",
        "Which one fits your process?",
        "Add a third term",
    ]
    table = page.index('<table class="table comparison-table">')
    for prose in ("Two <strong>", "Choose <strong>outsourcing", "Who versus where"):
        assert page.index(prose) < table, prose


def test_a_pair_without_a_curated_text_starts_with_the_table(client, glossary):
    page = html(client.get("/compare/nearshoring-vs-reshoring/"))

    assert h2s(page)[:2] == ["Side by side", "Which one fits your process?"]


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
        "Where they differ All three are about the same decision: "
        "Where the work is done: Nearshoring, Offshoring, Reshoring "
        "Offshoring vs Reshoring, explained Choose reshoring when lead times hurt."
    )
    assert page.index("three-way-summary") < page.index("comparison-table")


def test_a_three_way_summary_says_what_each_term_is_chosen_for(client, glossary):
    goal = Dimension.objects.create(name="Primary goal", slug="primary-goal", order=9)
    for name in ("outsourcing", "offshoring"):
        term = glossary[name]
        DimensionValue.objects.create(term=term, dimension=goal, value=f"{name} aim")

    page = html(client.get("/compare/reshoring-vs-outsourcing-vs-offshoring/"))
    summary = text(
        re.search(r'<section class="three-way-summary.*?</section>', page, re.S)[0]
    )

    assert summary == (
        "Where they differ They are about different decisions: "
        "Where the work is done: Reshoring, Offshoring "
        "Who does the work: Outsourcing "
        "What each is usually chosen for "
        # In the page's order; a term without a goal is left out.
        "Outsourcing: outsourcing aim Offshoring: offshoring aim "
        "Outsourcing vs Offshoring, explained"
    )


def test_three_terms_are_shown_in_the_order_chosen_with_the_sorted_canonical(
    client, glossary
):
    response = client.get("/compare/reshoring-vs-outsourcing-vs-nearshoring/")
    page = html(response)

    assert response.status_code == 200  # served as asked, not redirected
    assert text(re.search(r"<h1>(.*?)</h1>", page)[1]) == (
        "Reshoring vs Outsourcing vs Nearshoring"
    )
    headers = re.findall(r'<th scope="col"><a href="/glossary/([\w-]+)/">', page)
    assert headers == ["reshoring", "outsourcing", "nearshoring"]
    assert (
        '<link rel="canonical" '
        'href="http://testserver/compare/nearshoring-vs-outsourcing-vs-reshoring/">'
    ) in page
    assert '<meta name="robots" content="noindex, follow">' in page


@pytest.mark.parametrize(
    ("path", "canonical"),
    [
        ("/compare/outsourcing-vs-offshoring/", "outsourcing-vs-offshoring"),
        ("/compare/nearshoring-vs-reshoring/", "nearshoring-vs-reshoring"),
        (THREE_WAY, "nearshoring-vs-offshoring-vs-reshoring"),
    ],
)
def test_every_comparison_names_its_canonical_address(
    client, glossary, path, canonical
):
    page = html(client.get(path))

    links = re.findall(r'<link rel="canonical" href="([^"]+)">', page)
    assert links == [f"http://testserver/compare/{canonical}/"]


def test_each_order_of_three_terms_is_cached_as_its_own_page(
    client, glossary, django_assert_num_queries
):
    """The page cache keys pages by path (never a query string): each order is
    an entry of its own."""
    orders = [
        "/compare/reshoring-vs-outsourcing-vs-nearshoring/",
        "/compare/nearshoring-vs-outsourcing-vs-reshoring/",
    ]
    first, second = (html(client.get(path)) for path in orders)
    with django_assert_num_queries(0):  # both from the page cache
        cached = [html(client.get(path)) for path in orders]

    assert cached == [first, second]
    assert "<h1>Reshoring <span" in first
    assert "<h1>Nearshoring <span" in second


def test_each_term_of_a_three_way_comparison_can_be_removed_by_a_link(client, glossary):
    page = html(client.get("/compare/reshoring-vs-offshoring-vs-outsourcing/"))

    removals = re.findall(
        r'<a class="btn btn-link" href="([^"]+)">Remove (\w+)</a>', page
    )
    # In the page's order; without Reshoring the pair is curated: its link
    # keeps the title order.
    assert removals == [
        ("/compare/outsourcing-vs-offshoring/", "Reshoring"),
        ("/compare/outsourcing-vs-reshoring/", "Offshoring"),
        ("/compare/offshoring-vs-reshoring/", "Outsourcing"),
    ]


def test_swapping_a_term_puts_the_new_one_in_its_place(client, glossary):
    response = client.get(THREE_WAY, {"replace": "offshoring", "by": "outsourcing"})

    assert response.status_code == 302
    assert response["Location"] == "/compare/nearshoring-vs-outsourcing-vs-reshoring/"


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

    # The pair as it was shown, then the term added.
    assert response["Location"] == "/compare/outsourcing-vs-offshoring-vs-reshoring/"


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


@pytest.mark.parametrize(
    "path",
    [
        "/compare/outsourcing-vs-offshoring/",
        "/compare/reshoring-vs-offshoring-vs-nearshoring/",
    ],
)
def test_every_form_submits_to_the_page_itself(client, glossary, path):
    page = html(client.get(path))

    actions = re.findall(r"<form [^>]*>", page)
    assert actions
    for form in actions:
        assert f'action="{path}"' in form
    assert 'action=""' not in page


def test_a_refused_third_term_uses_the_sites_error_summary(client, glossary):
    page = html(client.get("/compare/outsourcing-vs-offshoring/", {"add": ""}))

    assert re.search(r"<title>Error: Outsourcing vs Offshoring ", page)
    summary = re.search(r'<div class="error-summary".*?</div>\s*</div>', page, re.S)[0]
    assert page.index(summary) < page.index("<h1>")
    assert re.findall(r'<a href="([^"]+)">([^<]+)</a>', summary) == [
        ("#add-add", "Choose a term to add.")
    ]
    # The link leads to the list, which is marked invalid and described by
    # its message (placed between its label and the list).
    field = re.search(r'<select id="add-add"[^>]*>', page)[0]
    assert 'aria-invalid="true"' in field
    assert 'aria-describedby="add-error"' in field
    message = re.search(r'<p id="add-error"[^>]*>(.*?)</p>', page)[1]
    assert text(message) == "Error: Choose a term to add."
    label = page.index('<label for="add-add"')
    assert label < page.index('<p id="add-error"') < page.index('<select id="add-add"')


@pytest.mark.parametrize(
    ("params", "anchor", "message"),
    [
        ({"replace": "reshoring", "by": ""}, "#swap-reshoring-by", "Choose the term"),
        # A tampered hidden field: reported on the first term's list.
        ({"replace": "nothing", "by": "outsourcing"}, "#swap-nearshoring-by", "not in"),
    ],
)
def test_a_refused_swap_uses_the_sites_error_summary(
    client, glossary, params, anchor, message
):
    page = html(client.get(THREE_WAY, params))

    assert "<title>Error: " in page
    summary = re.search(r'<div class="error-summary".*?</div>\s*</div>', page, re.S)[0]
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', summary)
    assert len(links) == 1
    assert links[0][0] == anchor
    assert message in links[0][1]
    field = re.search(rf'<select id="{anchor[1:]}"[^>]*>', page)[0]
    assert 'aria-invalid="true"' in field


def test_a_comparison_without_a_refused_form_has_no_error_summary(client, glossary):
    for path in ("/compare/outsourcing-vs-offshoring/", THREE_WAY):
        page = html(client.get(path))
        assert "error-summary" not in page.replace("error-summary.js", "")
        assert "<title>Error" not in page


# --- With the shipped content ---------------------------------------------


@pytest.fixture
def shipped(db):
    call_command("load_starter_content", stdout=StringIO())


def test_a_shipped_term_offers_no_comparison_nobody_asks_for(client, shipped):
    page = html(client.get("/glossary/offshoring/"))
    block = re.search(r'<ul class="compare-with[^"]*">(.*?)</ul>', page, re.S)[1]
    offered = re.findall(r">Offshoring vs ([^<]+)</a>", block)

    assert "Total cost of ownership" not in offered
    assert "Hidden costs of outsourcing" not in offered
    # The explained ones (Outsourcing is another decision, but editors
    # explained the pair), then other places to do the work.
    assert offered[:2] == ["Nearshoring", "Outsourcing"]
    assert {"Reshoring", "Onshoring", "Friendshoring"} <= set(offered)


def test_a_shipped_three_way_comparison_says_what_each_is_chosen_for(client, shipped):
    page = html(client.get("/compare/reshoring-vs-nearshoring-vs-offshoring/"))
    summary = re.search(r'<section class="three-way-summary.*?</section>', page, re.S)

    goals = re.search(r'<ul class="summary-goals">(.*?)</ul>', summary[0], re.S)[1]
    goals = re.findall(r'<span class="fw-semibold">([^<]+):</span>', goals)
    assert goals == ["Reshoring", "Nearshoring", "Offshoring"]
    assert "All three are about the same decision" in summary[0]
