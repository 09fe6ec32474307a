"""Drafts are previewed by editors only; renamed terms keep their old links."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from glossary.models import Comparison, Term

from .conftest import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_outside_editors(db):
    user = get_user_model().objects.create_user(
        "visitor-staff", password="another long password 9", is_staff=True
    )
    client = Client()
    client.force_login(user)
    return client


def test_an_editor_previews_a_draft_at_its_real_address(editor_client, glossary):
    response = editor_client.get("/glossary/secret-draft/")
    page = response.content.decode()

    assert response.status_code == 200
    assert "Draft, not public." in page
    assert "<h1>Secret draft</h1>" in page
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_a_published_term_has_no_draft_banner_for_editors(editor_client, glossary):
    page = editor_client.get("/glossary/outsourcing/").content.decode()

    assert "Draft, not public." not in page


@pytest.mark.parametrize("who", ["anonymous", "staff outside the Editors group"])
def test_others_get_not_found_for_a_draft(client, staff_outside_editors, glossary, who):
    visitor = client if who == "anonymous" else staff_outside_editors

    response = visitor.get("/glossary/secret-draft/")

    assert response.status_code == 404
    assert "Secret draft" not in response.content.decode()


def test_drafts_are_absent_from_every_public_list(client, glossary):
    Comparison.objects.create(
        term_a=glossary["draft"],
        term_b=glossary["offshoring"],
        introduction="Hidden.",
        key_differences="- Hidden",
    )
    pages = {
        "list": client.get("/glossary/"),
        "search": client.get("/glossary/", {"q": "secret"}),
        "sitemap": client.get("/sitemap.xml"),
        "compare index": client.get("/compare/"),
        "related terms": client.get("/glossary/outsourcing/"),
        "home": client.get("/"),
        "another comparison": client.get("/compare/outsourcing-vs-offshoring/"),
    }

    for name, response in pages.items():
        assert response.status_code == 200, name
        text = response.content.decode()
        assert "secret-draft" not in text, name
        assert "Secret draft" not in text, name
    assert "Offshoring" in pages["compare index"].content.decode()


def test_a_comparison_with_a_draft_is_not_found(client, glossary):
    response = client.get("/compare/offshoring-vs-secret-draft/")

    assert response.status_code == 404


def rename(client, term, new_slug):
    url = f"/admin/glossary/term/{term.pk}/change/"
    data = {**form_data(client.get(url)), "slug": new_slug}
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_a_renamed_term_answers_at_its_old_address_with_a_permanent_redirect(
    editor_client, client, glossary
):
    rename(editor_client, glossary["offshoring"], "offshore-relocation")

    response = client.get("/glossary/offshoring/")

    assert response.status_code == 301
    assert response["Location"] == "/glossary/offshore-relocation/"
    assert client.get("/glossary/offshore-relocation/").status_code == 200


def test_comparison_addresses_with_an_old_slug_move_to_the_new_one(
    editor_client, client, glossary
):
    rename(editor_client, glossary["offshoring"], "offshore-relocation")

    curated = client.get("/compare/outsourcing-vs-offshoring/")
    three = client.get("/compare/offshoring-vs-reshoring-vs-nearshoring/")

    assert curated.status_code == 301
    assert curated["Location"] == "/compare/outsourcing-vs-offshore-relocation/"
    assert three.status_code == 301
    assert three["Location"] == (
        "/compare/offshore-relocation-vs-reshoring-vs-nearshoring/"
    )
    assert client.get(curated["Location"]).status_code == 200


def test_renaming_twice_keeps_both_old_addresses_and_back_again_stays_live(
    editor_client, client, glossary
):
    term = glossary["offshoring"]
    rename(editor_client, term, "offshore-1")
    rename(editor_client, term, "offshore-2")

    assert client.get("/glossary/offshoring/")["Location"] == "/glossary/offshore-2/"
    assert client.get("/glossary/offshore-1/")["Location"] == "/glossary/offshore-2/"
    rename(editor_client, term, "offshoring")
    assert client.get("/glossary/offshoring/").status_code == 200
    assert client.get("/glossary/offshore-2/")["Location"] == "/glossary/offshoring/"


def test_a_new_term_may_take_an_old_slug_and_wins(editor_client, client, glossary):
    rename(editor_client, glossary["offshoring"], "offshore-relocation")
    Term.objects.create(
        name="Offshoring (new)",
        slug="offshoring",
        category=glossary["outsourcing"].category,
        definition="A new entry.",
        status=Term.Status.PUBLISHED,
    )

    response = client.get("/glossary/offshoring/")

    assert response.status_code == 200
    assert "A new entry." in response.content.decode()


def test_an_old_address_of_a_term_now_draft_is_not_found(
    editor_client, client, glossary
):
    rename(editor_client, glossary["offshoring"], "offshore-relocation")
    Term.objects.filter(slug="offshore-relocation").update(status="draft")

    assert client.get("/glossary/offshoring/").status_code == 404


def test_the_slug_help_text_reads_sensibly(editor_client, glossary):
    page = editor_client.get(
        f"/admin/glossary/term/{glossary['offshoring'].pk}/change/"
    ).content.decode()

    assert "/glossary//" not in page
    assert "/glossary/&lt;slug&gt;/" not in page
