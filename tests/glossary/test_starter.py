"""The shipped starter content, loaded the way an operator loads it.

These are the only glossary tests that use the real content: they check that
it is complete and that loading it again never undoes an editor's work.
"""

from io import StringIO
from urllib.parse import urlparse

import pytest
from django.core.management import call_command

from citations.models import Work
from glossary import starter_content
from glossary.models import Comparison, Dimension, DimensionValue, Source, Term

pytestmark = pytest.mark.django_db

# The first starter slugs are permanent URLs; the advisor's models follow.
REQUIRED_SLUGS = [
    "outsourcing", "offshoring", "onshoring", "nearshoring", "reshoring",
    "insourcing", "in-house", "bpo", "kpo", "ito", "captive-centre",
    "build-operate-transfer", "out-staffing", "employee-leasing", "gain-sharing",
    "uberization", "multisourcing", "friendshoring",
    "domestic-outsourcing", "nearshore-outsourcing", "offshore-outsourcing",
    "nearshore-captive-centre", "captive-offshore-centre",
]  # fmt: skip
REQUIRED_PAIRS = [
    ("outsourcing", "offshoring"),
    ("bpo", "kpo"),
    ("offshoring", "nearshoring"),
    ("offshoring", "reshoring"),
    ("outsourcing", "out-staffing"),
    ("outsourcing", "insourcing"),
    ("captive-offshore-centre", "offshore-outsourcing"),
    ("reshoring", "backsourcing"),
]


@pytest.fixture
def loaded(db):
    call_command("load_starter_content", stdout=StringIO())


def load_again():
    call_command("load_starter_content", stdout=StringIO())


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Term, Dimension, DimensionValue, Source, Comparison)
    }


def curated_pairs():
    return {
        frozenset(pair)
        for pair in Comparison.objects.values_list("term_a__slug", "term_b__slug")
    }


def test_starter_content_publishes_the_required_terms(loaded):
    published = set(Term.objects.published().values_list("slug", flat=True))

    assert len(published) == len(starter_content.TERMS) >= 40
    assert set(REQUIRED_SLUGS) <= published


def test_every_starter_term_and_comparison_arrives_whole(loaded):
    terms = Term.objects.prefetch_related("sources")

    for term in terms:
        assert len(term.takeaway_list) == 3, term.slug
        assert term.example and term.fits_when and term.not_fits_when, term.slug
        assert term.misspelling_list, term.slug
        sources = term.sources.all()
        assert len(sources) >= 2, term.slug
        assert any(source.work.kind == Work.Kind.PRIMARY for source in sources)
    assert Comparison.objects.count() == len(starter_content.COMPARISONS) >= 15
    assert not Comparison.objects.filter(verdict="").exists()


def test_every_term_has_a_value_on_every_dimension(loaded):
    dimensions = Dimension.objects.count()
    terms = Term.objects.count()

    assert dimensions >= 10
    assert DimensionValue.objects.exclude(value="").count() == dimensions * terms


def test_the_classic_comparisons_are_curated(loaded):
    pairs = curated_pairs()

    for pair in REQUIRED_PAIRS:
        assert frozenset(pair) in pairs, pair


@pytest.mark.parametrize(("slug_a", "slug_b"), REQUIRED_PAIRS)
def test_the_classic_comparisons_have_their_page(client, loaded, slug_a, slug_b):
    response = client.get(f"/compare/{slug_a}-vs-{slug_b}/")

    assert response.status_code == 200
    assert "Key differences" in response.content.decode()


def test_the_resoring_typo_finds_reshoring_but_is_not_another_name(client, loaded):
    reshoring = Term.objects.get(slug="reshoring")
    assert "resoring" in reshoring.misspelling_list
    assert "resoring" not in reshoring.alias_list

    response = client.get("/glossary/?q=resoring", follow=True)

    assert reshoring.get_absolute_url() in response.content.decode()


def test_offshoring_by_own_employees_happens_only_in_a_captive_centre(loaded):
    comparison = Comparison.objects.get(
        term_a__slug="outsourcing", term_b__slug="offshoring"
    )

    assert (
        "Offshoring is done by the firm's own employees **only in a captive centre**"
        in comparison.introduction
    )


def test_loading_twice_creates_nothing_new(loaded):
    before = counts()

    load_again()

    assert counts() == before


def test_loading_twice_says_nothing_new(loaded, capsys):
    call_command("load_starter_content")

    assert "created nothing new" in capsys.readouterr().out


def test_an_editors_changes_survive_a_reload(loaded):
    Term.objects.filter(slug="outsourcing").update(definition="Edited by an editor.")
    DimensionValue.objects.filter(
        term__slug="outsourcing", dimension__slug="location"
    ).update(value="Edited value.")
    Comparison.objects.filter(term_a__slug="bpo").update(introduction="Edited intro.")

    load_again()

    assert Term.objects.get(slug="outsourcing").definition == "Edited by an editor."
    assert (
        DimensionValue.objects.get(
            term__slug="outsourcing", dimension__slug="location"
        ).value
        == "Edited value."
    )
    assert Comparison.objects.get(term_a__slug="bpo").introduction == "Edited intro."


def test_deleted_content_is_not_brought_back(loaded):
    Term.objects.filter(slug="uberization").delete()
    Comparison.objects.filter(term_a__slug="bpo", term_b__slug="kpo").delete()
    DimensionValue.objects.filter(
        term__slug="outsourcing", dimension__slug="risks"
    ).delete()

    load_again()

    assert not Term.objects.filter(slug="uberization").exists()
    assert frozenset(("bpo", "kpo")) not in curated_pairs()
    assert not DimensionValue.objects.filter(
        term__slug="outsourcing", dimension__slug="risks"
    ).exists()


def test_every_term_cites_a_source_over_https(loaded):
    for term in Term.objects.prefetch_related("sources"):
        urls = [source.work.url for source in term.sources.all()]
        assert any(urlparse(url).scheme == "https" for url in urls), term.slug


def test_starter_terms_pass_model_validation(loaded):
    for term in Term.objects.all():
        term.full_clean()
    for comparison in Comparison.objects.all():
        comparison.full_clean()


def test_every_starter_name_and_alias_leads_straight_to_its_term(
    client, loaded, settings
):
    # One visitor searching for all 40 terms' names and aliases at once would
    # meet the search rate limit; that is not what this test is about.
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": (10_000, 60)}
    for term in Term.objects.published():
        for query in [term.name, *term.alias_list]:
            response = client.get("/glossary/", {"q": query})
            assert response.status_code == 302, query
            assert response["Location"] == term.get_absolute_url(), query
