"""Editors manage the glossary in the admin, and only the glossary."""

import re

import pytest

from citations.models import Work
from glossary.models import Term

pytestmark = pytest.mark.django_db


def html(response):
    return response.content.decode()


def selected_dimensions(page):
    """The dimension preselected in each row of the comparison-value inline."""
    selects = re.findall(r'<select name="values-\d+-dimension".*?</select>', page, re.S)
    chosen = [re.search(r'<option value="(\d+)" selected>', s) for s in selects]
    return [match[1] if match else None for match in chosen]


def test_term_changelist_searches_names_aliases_and_definitions(admin_client, glossary):
    by_alias = html(admin_client.get("/admin/glossary/term/", {"q": "backshoring"}))
    by_definition = html(admin_client.get("/admin/glossary/term/", {"q": "distant"}))

    assert ">Reshoring</a>" in by_alias
    assert ">Outsourcing</a>" not in by_alias
    assert ">Offshoring</a>" in by_definition
    assert "1 result" in by_definition


def test_term_changelist_filters_by_status_and_category(admin_client, glossary):
    drafts = html(admin_client.get("/admin/glossary/term/", {"status": "draft"}))
    location = glossary["offshoring"].category
    in_location = html(
        admin_client.get("/admin/glossary/term/", {"category__id__exact": location.pk})
    )

    assert ">Secret draft</a>" in drafts
    assert ">Outsourcing</a>" not in drafts
    assert ">Nearshoring</a>" in in_location
    assert ">Outsourcing</a>" not in in_location
    assert "By status" in drafts
    assert "By category" in drafts


def test_new_term_form_has_a_row_per_dimension_prefilled(admin_client, dimensions):
    page = html(admin_client.get("/admin/glossary/term/add/"))

    assert re.search(r'name="values-TOTAL_FORMS" value="3"', page)
    assert selected_dimensions(page) == [str(d.pk) for d in dimensions]
    assert "Comparison values (one per dimension)" in page


def test_a_new_term_is_saved_with_its_values_and_sources(
    admin_client, category, dimensions
):
    work = Work.objects.create(
        title="Insourcing (Wikipedia)",
        publisher="Wikipedia",
        year=2025,
        url="https://en.wikipedia.org/wiki/Insourcing",
        kind=Work.Kind.TERTIARY,
    )
    data = {
        "name": "Insourcing",
        "slug": "insourcing",
        "status": "published",
        "category": category.pk,
        "definition": "Doing the work with your own staff.",
        "explanation": "",
        "aliases": "backsourcing",
        "misspellings": "insorcing",
        "keywords": "insourcing company",
        "key_takeaways": "Own staff do it.\nYou keep control.\nYou carry the cost.",
        "fits_when": "- The process is core",
        "last_reviewed": "2026-11-01",
        "values-TOTAL_FORMS": "3",
        "values-INITIAL_FORMS": "0",
        "sources-TOTAL_FORMS": "1",
        "sources-INITIAL_FORMS": "0",
        "sources-0-work": work.pk,
        "sources-0-locator": "History",
        "sources-0-order": "0",
    }
    for i, dimension in enumerate(dimensions):
        data[f"values-{i}-dimension"] = dimension.pk
        data[f"values-{i}-value"] = f"Own staff {i}"

    response = admin_client.post("/admin/glossary/term/add/", data)

    assert response.status_code == 302
    term = Term.objects.get(slug="insourcing")
    assert [v.value for v in term.values.all()] == [
        "Own staff 0",
        "Own staff 1",
        "Own staff 2",
    ]
    assert term.takeaway_list == [
        "Own staff do it.",
        "You keep control.",
        "You carry the cost.",
    ]
    assert (term.alias_list, term.misspelling_list) == (["backsourcing"], ["insorcing"])
    assert term.keyword_list == ["insourcing company"]
    source = term.sources.get()
    assert (source.work, source.locator) == (work, "History")


def test_a_slug_with_the_compare_separator_is_refused_in_the_admin(
    admin_client, category
):
    response = admin_client.post(
        "/admin/glossary/term/add/",
        {
            "name": "Odd",
            "slug": "odd-vs-even",
            "status": "draft",
            "category": category.pk,
            "definition": "Odd.",
            "values-TOTAL_FORMS": "0",
            "values-INITIAL_FORMS": "0",
            "sources-TOTAL_FORMS": "0",
            "sources-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 200
    assert "comparison URLs use it" in html(response)
    assert not Term.objects.exists()


def test_a_term_at_a_taken_address_is_refused_in_the_admin(admin_client, glossary):
    response = admin_client.post(
        "/admin/glossary/term/add/",
        {
            "name": "Outsourcing again",
            "slug": "outsourcing",
            "status": "published",
            "category": glossary["outsourcing"].category_id,
            "definition": "A second entry.",
            "values-TOTAL_FORMS": "0",
            "values-INITIAL_FORMS": "0",
            "sources-TOTAL_FORMS": "0",
            "sources-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 200
    assert "Term with this Slug already exists." in html(response)
    assert Term.objects.get(slug="outsourcing").name == "Outsourcing"


def test_term_change_page_shows_inlines_and_view_on_site(admin_client, glossary):
    term = glossary["outsourcing"]

    page = html(admin_client.get(f"/admin/glossary/term/{term.pk}/change/"))

    assert "Comparison values (one per dimension)" in page
    assert "Outsourcing Location value" in page
    assert "Outsourcing (Wikipedia)" in page  # the cited work, chosen by name
    assert "View on site" in page
    view_on_site = admin_client.get(
        re.search(r'href="(/admin/r/[^"]+)"[^>]*>View on site', page)[1]
    )
    assert view_on_site["Location"].endswith("/glossary/outsourcing/")


@pytest.mark.parametrize("page", ["add/", "{pk}/change/"], ids=["add", "change"])
def test_term_forms_open_without_deprecation_warnings(admin_client, glossary, page):
    url = "/admin/glossary/term/" + page.format(pk=glossary["outsourcing"].pk)

    assert admin_client.get(url).status_code == 200


def test_related_terms_autocomplete_finds_terms(admin_client, glossary):
    response = admin_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "glossary",
            "model_name": "term",
            "field_name": "related_terms",
            "term": "out",
        },
    )

    assert response.status_code == 200
    texts = [result["text"] for result in response.json()["results"]]
    assert texts == ["Outsourcing"]
