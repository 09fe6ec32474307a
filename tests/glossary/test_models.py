"""The database itself refuses bad glossary data, whatever path it comes in by.

Forms and the admin check these rules too, but imports, scripts and the shell
do not go through forms: the constraints must hold at the database level, and
`full_clean()` must turn them into messages an editor can read.
"""

import importlib

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from glossary.models import Comparison, DimensionValue, Term


def test_two_terms_cannot_share_a_slug(make_term):
    make_term("Outsourcing", slug="outsourcing")

    with pytest.raises(IntegrityError), transaction.atomic():
        make_term("Outsourcing again", slug="outsourcing")


def test_full_clean_explains_a_duplicate_slug(make_term, category):
    make_term("Outsourcing", slug="outsourcing")
    duplicate = Term(
        name="Outsourcing again",
        slug="outsourcing",
        category=category,
        definition="A second entry.",
    )

    with pytest.raises(ValidationError) as caught:
        duplicate.full_clean()

    assert "slug" in caught.value.message_dict
    assert "already exists" in caught.value.message_dict["slug"][0]


def test_a_term_has_one_value_per_dimension(make_term, dimensions):
    term = make_term("Outsourcing")
    DimensionValue.objects.create(term=term, dimension=dimensions[0], value="First")

    with pytest.raises(IntegrityError), transaction.atomic():
        DimensionValue.objects.create(
            term=term, dimension=dimensions[0], value="Second"
        )


def test_full_clean_explains_a_second_value_for_a_dimension(make_term, dimensions):
    term = make_term("Outsourcing")
    DimensionValue.objects.create(term=term, dimension=dimensions[0], value="First")
    second = DimensionValue(term=term, dimension=dimensions[0], value="Second")

    with pytest.raises(ValidationError) as caught:
        second.full_clean()

    assert "already exists" in " ".join(caught.value.messages)


def test_a_second_term_may_have_a_value_on_the_same_dimension(make_term, dimensions):
    DimensionValue.objects.create(
        term=make_term("Outsourcing"), dimension=dimensions[0], value="One"
    )
    other = DimensionValue(
        term=make_term("Offshoring"), dimension=dimensions[0], value="Two"
    )

    other.full_clean()


def test_a_term_is_never_compared_with_itself(make_term):
    term = make_term("Outsourcing")

    with pytest.raises(IntegrityError), transaction.atomic():
        Comparison.objects.create(
            term_a=term, term_b=term, introduction="x", key_differences="y"
        )


def test_full_clean_explains_a_comparison_with_itself(make_term):
    term = make_term("Outsourcing")
    comparison = Comparison(
        term_a=term, term_b=term, introduction="x", key_differences="y"
    )

    with pytest.raises(ValidationError) as caught:
        comparison.full_clean()

    assert "A term cannot be compared with itself." in caught.value.messages


def test_a_pair_is_curated_once_in_either_order(make_term):
    outsourcing, offshoring = make_term("Outsourcing"), make_term("Offshoring")
    Comparison.objects.create(
        term_a=outsourcing, term_b=offshoring, introduction="x", key_differences="y"
    )

    with pytest.raises(IntegrityError), transaction.atomic():
        Comparison.objects.create(
            term_a=offshoring, term_b=outsourcing, introduction="x", key_differences="y"
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        Comparison.objects.create(
            term_a=outsourcing, term_b=offshoring, introduction="x", key_differences="y"
        )


def test_full_clean_explains_a_pair_curated_in_the_other_order(make_term):
    outsourcing, offshoring = make_term("Outsourcing"), make_term("Offshoring")
    Comparison.objects.create(
        term_a=outsourcing, term_b=offshoring, introduction="x", key_differences="y"
    )
    reversed_pair = Comparison(
        term_a=offshoring, term_b=outsourcing, introduction="x", key_differences="y"
    )

    with pytest.raises(ValidationError) as caught:
        reversed_pair.full_clean()

    assert "These two terms already have a comparison." in caught.value.messages


def test_different_pairs_sharing_a_term_are_allowed(make_term):
    outsourcing = make_term("Outsourcing")
    offshoring, insourcing = make_term("Offshoring"), make_term("Insourcing")
    Comparison.objects.create(
        term_a=outsourcing, term_b=offshoring, introduction="x", key_differences="y"
    )
    other = Comparison(
        term_a=insourcing, term_b=outsourcing, introduction="x", key_differences="y"
    )

    other.full_clean()
    other.save()

    assert Comparison.objects.count() == 2


@pytest.mark.parametrize("slug", ["a-vs-b", "outsourcing-vs-offshoring", "x-vs-"])
def test_a_slug_cannot_contain_the_compare_separator(category, slug):
    term = Term(name="Odd", slug=slug, category=category, definition="Odd.")

    with pytest.raises(ValidationError) as caught:
        term.full_clean()

    assert "comparison URLs use it" in caught.value.message_dict["slug"][0]


def test_a_slug_merely_containing_vs_is_fine(category):
    term = Term(name="Versus", slug="vs-canvas", category=category, definition="V.")

    term.full_clean()


def test_alias_list_has_one_alias_per_line_without_blanks(make_term):
    term = make_term(
        "Reshoring", aliases="  resoring \n\n backshoring\r\n   \nre-shoring\n"
    )

    assert term.alias_list == ["resoring", "backshoring", "re-shoring"]


def test_alias_list_is_empty_without_aliases(make_term):
    assert make_term("Outsourcing").alias_list == []


def test_addresses_of_terms_categories_and_comparisons(make_term, category):
    outsourcing = make_term("Outsourcing")
    offshoring = make_term("Offshoring")
    comparison = Comparison.objects.create(
        term_a=outsourcing, term_b=offshoring, introduction="x", key_differences="y"
    )

    assert outsourcing.get_absolute_url() == "/glossary/outsourcing/"
    assert category.get_absolute_url() == "/glossary/?category=ownership"
    assert comparison.get_absolute_url() == "/compare/outsourcing-vs-offshoring/"


def test_new_terms_are_drafts_and_hidden(category):
    term = Term.objects.create(
        name="Draft", slug="draft", category=category, definition="Not ready."
    )

    assert not term.is_published
    assert list(Term.objects.published()) == []


def test_the_migration_moves_spelling_variants_out_of_also_called():
    migration = importlib.import_module(
        "glossary.migrations.0003_move_misspellings_out_of_aliases"
    )

    kept, moved = migration.split_aliases(
        "Outsourcing", "contracting out\nout-sourcing\n\nOUT SOURCING"
    )
    assert kept == ["contracting out"]
    assert moved == ["out-sourcing", "OUT SOURCING"]
    assert migration.split_aliases("Reshoring", "resoring\nbackshoring") == (
        ["backshoring"],
        ["resoring"],
    )


def test_a_terms_lines_drop_blank_lines_and_spaces(make_term):
    term = make_term(
        "Reshoring",
        aliases=" backshoring \n\n",
        misspellings="resoring\n",
        key_takeaways="One.\n  Two.\n\nThree.",
    )

    assert term.alias_list == ["backshoring"]
    assert term.misspelling_list == ["resoring"]
    assert term.takeaway_list == ["One.", "Two.", "Three."]
