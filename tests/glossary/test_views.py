"""What a visitor sees on the glossary, comparison and home pages."""

import json
import re

import pytest

from glossary.models import Category, Comparison

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S | re.I)


def html(response):
    return response.content.decode()


def structured_data(response):
    """The page's JSON-LD: the block must end at its own </script>."""
    blocks = JSON_LD.findall(html(response))
    assert len(blocks) == 1
    return json.loads(blocks[0])


def result_names(response):
    """Term names in the order the result list shows them."""
    return re.findall(
        r'<h3 class="h5 mb-1"><a href="[^"]+">([^<]+)</a>', html(response)
    )


# --- Glossary index -------------------------------------------------------


def test_index_lists_published_terms_and_hides_drafts(client, glossary):
    response = client.get("/glossary/")

    assert result_names(response) == [
        "Nearshoring",
        "Offshoring",
        "Outsourcing",
        "Reshoring",
    ]
    assert "Secret draft" not in html(response)
    assert "/glossary/secret-draft/" not in html(response)


def test_a_to_z_links_only_letters_that_have_terms(client, glossary):
    page = html(client.get("/glossary/"))

    linked = re.findall(r'<a href="#letter-([A-Z#])">', page)
    assert linked == ["N", "O", "R"]
    assert '<span class="az-empty" aria-hidden="true">A</span>' in page
    assert 'id="letter-O"' in page
    assert 'id="letter-A"' not in page


def test_terms_not_starting_with_a_letter_are_listed_under_hash(
    client, glossary, make_term
):
    make_term("3PL", slug="3pl", definition="Third-party logistics.")

    page = html(client.get("/glossary/"))

    assert '<a href="#letter-#">#</a>' in page
    assert 'id="letter-#"' in page
    assert '<a href="/glossary/3pl/">3PL</a>' in page


def test_a_category_without_terms_says_so(client, glossary):
    Category.objects.create(name="Contracts", slug="contracts")

    response = client.get("/glossary/?category=contracts")

    assert result_names(response) == []
    assert "No published terms in this category yet." in html(response)


def test_category_filter_narrows_the_list(client, glossary):
    response = client.get("/glossary/?category=location")

    assert result_names(response) == ["Nearshoring", "Offshoring", "Reshoring"]
    assert 'aria-current="page">Where the work is done</a>' in html(response)


def test_unknown_category_warns_and_shows_every_term(client, glossary):
    response = client.get("/glossary/?category=no-such-thing")

    assert response.status_code == 200
    assert "There is no category called “no-such-thing”" in html(response)
    assert "Showing all terms instead." in html(response)
    assert len(result_names(response)) == 4


def test_search_lists_ranked_results_with_their_count(client, glossary, make_term):
    make_term(
        "Business process outsourcing",
        slug="bpo",
        definition="A provider runs a whole back-office process.",
    )

    response = client.get("/glossary/?q=outsourc")

    assert result_names(response) == ["Outsourcing", "Business process outsourcing"]
    assert "2 results for “outsourc”." in html(response)


def test_search_counts_one_result_in_the_singular(client, glossary):
    response = client.get("/glossary/?q=near")

    assert result_names(response) == ["Nearshoring"]
    assert "1 result for “near”." in html(response)


def test_search_never_shows_drafts(client, glossary):
    response = client.get("/glossary/?q=secret")

    assert result_names(response) == []
    assert "0 results for “secret”." in html(response)
    assert "No term matches." in html(response)


def test_search_within_a_category(client, glossary):
    response = client.get("/glossary/?q=country&category=location")

    assert result_names(response) == ["Nearshoring", "Offshoring", "Reshoring"]
    assert "3 results for “country” in Where the work is done." in html(response)


def test_choosing_a_category_keeps_the_search(client, glossary):
    page = html(client.get("/glossary/", {"q": "country & co"}))

    link = 'href="/glossary/?q=country%20%26%20co&amp;category=location"'
    assert f'<a class="nav-link" {link}>' in page
    # Following it searches within the category; "All categories" searches all.
    narrowed = html(client.get("/glossary/?q=country%20%26%20co&category=location"))
    assert "in Where the work is done." in narrowed
    assert 'href="/glossary/?q=country%20%26%20co"' in narrowed


def test_without_a_search_a_category_link_is_the_category_s_page(client, glossary):
    page = html(client.get("/glossary/"))

    assert '<a class="nav-link" href="/glossary/?category=location">' in page


def test_a_lone_exact_hit_goes_straight_to_the_term(client, glossary):
    response = client.get("/glossary/?q=Backshoring")

    assert response.status_code == 302
    assert response["Location"] == "/glossary/reshoring/"


def test_a_very_long_query_gives_a_normal_results_page(client, glossary):
    response = client.get("/glossary/", {"q": "offshoring" * 1_000})

    assert response.status_code == 200
    assert "0 results for" in html(response)


def test_a_query_with_a_nul_byte_gives_a_normal_page(client, glossary):
    response = client.get("/glossary/?q=off%00shoring", follow=True)

    assert response.status_code == 200
    assert response.redirect_chain == [("/glossary/offshoring/", 302)]
    assert "<h1>Offshoring</h1>" in html(response)


def test_a_query_of_invalid_utf8_gives_a_normal_page(client, glossary):
    response = client.get("/glossary/?q=%ED%A0%80%FF")

    assert response.status_code == 200
    assert "result" in html(response)


def test_a_query_of_control_characters_only_lists_everything(client, glossary):
    response = client.get("/glossary/?q=%00%01%1b")

    assert response.status_code == 200
    assert len(result_names(response)) == 4


def test_index_structured_data_is_the_set_of_published_terms(client, glossary):
    data = structured_data(client.get("/glossary/"))

    assert data["@type"] == "DefinedTermSet"
    assert data["url"] == "http://testserver/glossary/"
    assert [term["name"] for term in data["hasDefinedTerm"]] == [
        "Nearshoring",
        "Offshoring",
        "Outsourcing",
        "Reshoring",
    ]


# --- Term page --------------------------------------------------------------


def test_term_page_shows_the_definition_and_safe_explanation(client, glossary):
    page = html(client.get("/glossary/outsourcing/"))

    assert "<h1>Outsourcing</h1>" in page
    assert "Handing a business process to an outside provider." in page
    assert "A <strong>provider</strong> runs the process." in page
    assert "alert(1)" not in page


def test_term_page_shows_aliases_category_and_review_date(client, glossary):
    page = html(client.get("/glossary/reshoring/"))

    assert "Also called:</span> backshoring</p>" in page
    assert "resoring" not in page
    assert 'Category: <a href="/glossary/?category=location">' in page
    assert '<time datetime="2026-11-01">1 November 2026</time>' in page


def test_term_page_lists_published_related_terms_only(client, glossary):
    page = html(client.get("/glossary/outsourcing/"))

    assert '<a href="/glossary/offshoring/">Offshoring</a>' in page
    assert '<a href="/glossary/reshoring/">Reshoring</a>' in page
    assert "Secret draft" not in page
    assert "secret-draft" not in page


def test_term_page_lists_sources(client, glossary):
    page = html(client.get("/glossary/outsourcing/"))

    assert (
        '<a href="https://en.wikipedia.org/wiki/Outsourcing" '
        'rel="noopener noreferrer">Outsourcing (Wikipedia)</a>'
    ) in page


def test_compare_links_point_at_the_canonical_pair(client, glossary):
    glossary["reshoring"].related_terms.add(glossary["nearshoring"])
    outsourcing = html(client.get("/glossary/outsourcing/"))
    offshoring = html(client.get("/glossary/offshoring/"))
    reshoring = html(client.get("/glossary/reshoring/"))
    nearshoring = html(client.get("/glossary/nearshoring/"))

    # The curated pair keeps its title order from both sides...
    assert 'href="/compare/outsourcing-vs-offshoring/"' in outsourcing
    assert 'href="/compare/outsourcing-vs-offshoring/"' in offshoring
    assert "offshoring-vs-outsourcing" not in offshoring
    # ...any other pair is alphabetical, whichever page it is linked from.
    assert 'href="/compare/nearshoring-vs-reshoring/"' in reshoring
    assert 'href="/compare/nearshoring-vs-reshoring/"' in nearshoring
    assert "reshoring-vs-nearshoring" not in reshoring


def test_draft_term_page_is_not_found(client, glossary):
    response = client.get("/glossary/secret-draft/")

    assert response.status_code == 404
    assert "Not yet public." not in html(response)


def test_term_structured_data_describes_the_term(client, glossary):
    data = structured_data(client.get("/glossary/outsourcing/"))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "DefinedTerm"
    assert data["name"] == "Outsourcing"
    assert data["description"] == "Handing a business process to an outside provider."
    assert data["url"] == "http://testserver/glossary/outsourcing/"
    assert data["inDefinedTermSet"] == "http://testserver/glossary/"
    assert data["alternateName"] == ["contracting out"]


def test_a_definition_cannot_break_out_of_the_structured_data(client, make_term):
    nasty = 'Ends </script><script>alert("x")</script> & <!-- here'
    make_term("Nasty", definition=nasty, aliases="</SCRIPT>")

    for url in ("/glossary/nasty/", "/glossary/"):
        response = client.get(url)
        data = structured_data(response)
        term = data if url == "/glossary/nasty/" else data["hasDefinedTerm"][0]
        assert term["description"] == nasty
        assert term["alternateName"] == ["</SCRIPT>"]
        assert '<script>alert("x")' not in html(response)


# --- Comparisons --------------------------------------------------------------


def test_comparison_shows_every_dimension_with_each_terms_value(client, glossary):
    page = html(client.get("/compare/outsourcing-vs-offshoring/"))

    assert "<h1>Outsourcing <span" in page
    for dimension in ("Basic definition", "Location", "Who does the work"):
        assert dimension in page
        for term in ("Outsourcing", "Offshoring"):
            cell = f'<td data-label="{term}">{term} {dimension} value</td>'
            assert cell in page
    assert "Whose employees carry out the work." in page


def test_comparison_cells_follow_the_column_order(client, glossary):
    page = html(client.get("/compare/outsourcing-vs-offshoring/"))

    assert page.index("Outsourcing Location value") < page.index(
        "Offshoring Location value"
    )


def test_a_missing_value_shows_a_dash(client, glossary, make_term):
    make_term("Insourcing")

    page = html(client.get("/compare/insourcing-vs-outsourcing/"))

    assert '<td data-label="Insourcing">—</td>' in page


def test_curated_comparison_shows_its_introduction_and_differences(client, glossary):
    page = html(client.get("/compare/outsourcing-vs-offshoring/"))

    assert "Two <strong>separate</strong> decisions." in page
    assert "<li>Who versus where</li>" in page
    assert "noindex" not in page


def test_an_uncurated_pair_has_the_table_but_no_introduction(client, glossary):
    page = html(client.get("/compare/nearshoring-vs-reshoring/"))

    assert "Reshoring Location value" in page
    assert "Key differences" not in page
    assert '<meta name="robots" content="noindex, follow">' in page


@pytest.mark.parametrize(
    ("requested", "canonical"),
    [
        ("offshoring-vs-outsourcing", "outsourcing-vs-offshoring"),
        ("reshoring-vs-nearshoring", "nearshoring-vs-reshoring"),
    ],
)
def test_a_pair_in_another_order_redirects_permanently_to_the_canonical_url(
    client, glossary, requested, canonical
):
    response = client.get(f"/compare/{requested}/")

    assert response.status_code == 301
    assert response["Location"] == f"/compare/{canonical}/"


def test_three_terms_side_by_side(client, glossary):
    page = html(client.get("/compare/nearshoring-vs-offshoring-vs-reshoring/"))

    assert "<h1>Nearshoring <span" in page
    for term in ("Nearshoring", "Offshoring", "Reshoring"):
        assert f'<td data-label="{term}">{term} Location value</td>' in page
    assert "Add a third term" not in page


def test_a_two_term_comparison_offers_a_third_term(client, glossary):
    page = html(client.get("/compare/outsourcing-vs-offshoring/"))

    assert "Add a third term" in page
    # Nothing preselected: the visitor picks the third term.
    options = re.findall(r'<option value="([^"]*)"( selected)?>', page)
    assert options == [("", ""), ("nearshoring", ""), ("reshoring", "")]


@pytest.mark.parametrize(
    "path",
    [
        "/compare/outsourcing-vs-nothing/",
        "/compare/outsourcing-vs-secret-draft/",
        "/compare/outsourcing/",
        "/compare/nearshoring-vs-offshoring-vs-outsourcing-vs-reshoring/",
        "/compare/outsourcing-vs-vs-offshoring/",
        "/compare/vs-outsourcing/",
    ],
)
def test_impossible_comparisons_are_not_found(client, glossary, path):
    response = client.get(path)

    assert response.status_code == 404
    assert "Page not found" in html(response)


def test_an_unknown_term_in_a_comparison_explains_why_not(client, glossary):
    response = client.get("/compare/outsourcing-vs-nothing/")

    assert "One of these terms is not in the glossary." in html(response)


def test_a_term_compared_with_itself_explains_why_not(client, glossary):
    response = client.get("/compare/outsourcing-vs-outsourcing/")

    assert response.status_code == 404
    assert "A term cannot be compared with itself." in html(response)


@pytest.mark.parametrize(
    "path",
    [
        "/compare/OUTSOURCING-vs-offshoring/",
        "/compare/a--vs--b/",
        "/compare/outsourcing-vs-offshóring/",
        "/compare/-vs-/",
        "/glossary/%00/",
        "/glossary/..%2f/",
        "/glossary/OUTSOURCING/",
        "/glossary/offshóring/",
        "/glossary/%E2%80%AE/",
    ],
)
def test_odd_addresses_are_not_found_rather_than_errors(client, glossary, path):
    response = client.get(path)

    assert response.status_code == 404
    assert "Page not found" in html(response)


def test_picker_redirects_to_the_canonical_comparison(client, glossary):
    curated = client.get("/compare/", {"a": "offshoring", "b": "outsourcing"})
    plain = client.get("/compare/", {"a": "reshoring", "b": "nearshoring"})
    three = client.get(
        "/compare/", {"a": "reshoring", "b": "offshoring", "c": "nearshoring"}
    )

    assert curated["Location"] == "/compare/outsourcing-vs-offshoring/"
    assert plain["Location"] == "/compare/nearshoring-vs-reshoring/"
    # Three terms in the order they were picked (the page names its canonical).
    assert three["Location"] == "/compare/reshoring-vs-offshoring-vs-nearshoring/"


def test_picker_refuses_the_same_term_twice(client, glossary):
    response = client.get("/compare/", {"a": "offshoring", "b": "offshoring"})

    assert response.status_code == 200
    assert "Pick different terms: a term cannot be compared with itself." in html(
        response
    )


def test_picker_refuses_the_same_term_as_third_term(client, glossary):
    response = client.get(
        "/compare/", {"a": "outsourcing", "b": "reshoring", "c": "outsourcing"}
    )

    assert "Pick different terms: a term cannot be compared with itself." in html(
        response
    )


def test_picker_shows_no_errors_before_anything_is_picked(client, glossary):
    response = client.get("/compare/", {"utm_source": "newsletter"})

    assert response.status_code == 200
    assert "This field is required." not in html(response)


def picker_summary(page):
    """The picker's error summary: its (link, text) pairs."""
    summary = re.search(
        r'<div class="error-summary" tabindex="-1" data-error-summary>(.*?)</ul>',
        page,
        re.S,
    )
    assert summary, "no error summary"
    return re.findall(r'<a href="(#[^"]+)">([^<]+)</a>', summary[1])


def test_picker_errors_follow_the_advisors_pattern(client, glossary):
    page = html(client.get("/compare/", {"a": "", "b": ""}))

    assert "<title>Error: Compare sourcing terms · Sourcing Guide</title>" in page
    assert page.index("data-error-summary") < page.index("<h1>")
    assert picker_summary(page) == [
        ("#id_a", "Choose the first term to compare"),
        ("#id_b", "Choose the second term to compare"),
    ]
    assert "This field is required." not in page
    for name, message in (("a", "first"), ("b", "second")):
        assert (
            f'<p class="form-group__error" id="id_{name}_error">'
            f'<span class="visually-hidden">Error:</span> Choose the {message} '
            "term to compare</p>"
        ) in page
        select = re.search(rf'<select name="{name}"[^>]*>', page)[0]
        assert 'aria-invalid="true"' in select
        assert f'aria-describedby="id_{name}_error"' in select
    third = re.search(r'<select name="c"[^>]*>', page)[0]
    assert "aria-invalid" not in third
    assert '<meta name="robots" content="noindex">' in page


def test_the_same_term_twice_is_an_error_of_the_later_field(client, glossary):
    page = html(
        client.get(
            "/compare/", {"a": "outsourcing", "b": "reshoring", "c": "outsourcing"}
        )
    )

    assert picker_summary(page) == [
        ("#id_c", "Pick different terms: a term cannot be compared with itself.")
    ]
    assert 'aria-invalid="true"' in re.search(r'<select name="c"[^>]*>', page)[0]
    # What was chosen stays chosen.
    assert '<option value="reshoring" selected>' in page


def test_a_picker_without_errors_has_a_plain_title(client, glossary):
    page = html(client.get("/compare/"))

    assert "<title>Compare sourcing terms · Sourcing Guide</title>" in page
    assert "data-error-summary" not in page
    assert "aria-invalid" not in page


@pytest.mark.parametrize("slug", ["no-such-term", "secret-draft"])
def test_picker_refuses_a_term_not_in_the_glossary(client, glossary, slug):
    response = client.get("/compare/", {"a": "offshoring", "b": slug})

    assert response.status_code == 200
    assert "That term is not in the glossary. Pick one from the list." in html(response)


def test_compare_index_lists_curated_comparisons_of_published_terms(client, glossary):
    Comparison.objects.create(
        term_a=glossary["outsourcing"],
        term_b=glossary["draft"],
        introduction="x",
        key_differences="y",
    )

    page = html(client.get("/compare/"))

    assert '<a href="/compare/outsourcing-vs-offshoring/">' in page
    assert "secret-draft" not in page
    assert "Pick different terms" not in page


# --- Home, crawlers, operators --------------------------------------------


def test_home_leads_into_glossary_compare_and_advisor(client, glossary):
    page = html(client.get("/"))

    assert 'action="/glossary/"' in page
    assert (
        '<a href="/compare/outsourcing-vs-offshoring/">Outsourcing vs Offshoring'
        in (page)
    )
    assert 'href="/compare/"' in page
    assert 'href="/advisor/"' in page


def test_home_features_only_comparisons_of_published_terms(client, glossary):
    Comparison.objects.create(
        term_a=glossary["draft"],
        term_b=glossary["offshoring"],
        introduction="x",
        key_differences="y",
    )

    page = html(client.get("/"))

    assert "Secret draft" not in page
    assert "secret-draft" not in page


def test_search_results_carry_no_structured_data_as_they_are_not_indexed(
    client, glossary
):
    page = client.get("/glossary/", {"q": "shoring"}).content.decode()
    assert '<meta name="robots" content="noindex">' in page
    assert "application/ld+json" not in page
