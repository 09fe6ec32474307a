"""The benchmark's content generator: only on a database declared disposable."""

import pytest
from django.core.management import CommandError, call_command

from glossary.models import Dimension, DimensionValue, Term


def test_refuses_without_being_told_the_database_is_disposable(glossary):
    with pytest.raises(CommandError, match="--database-is-disposable"):
        call_command("generate_bench_content", terms=50)
    assert Term.objects.count() == 5


def test_tops_the_glossary_up_with_a_value_for_every_dimension(glossary, client):
    call_command(
        "generate_bench_content",
        terms=60,
        dimensions=5,
        database_is_disposable=True,
    )
    assert Term.objects.count() == 60
    assert Dimension.objects.count() == 5
    generated = Term.objects.exclude(
        pk__in=[t.pk for t in glossary.values() if isinstance(t, Term)]
    )
    assert DimensionValue.objects.filter(term__in=generated).count() == 55 * 5
    term = generated.filter(status=Term.Status.PUBLISHED).first()
    page = client.get(term.get_absolute_url()).text
    assert term.definition in page


def test_generated_terms_are_written_from_the_sourcing_vocabulary(glossary):
    """Common words shared by thousands of terms are what a search must cope
    with on a real glossary; made-up words would each match a handful."""
    from glossary.management.commands.generate_bench_content import VOCABULARY

    call_command("generate_bench_content", terms=60, database_is_disposable=True)
    generated = Term.objects.exclude(
        pk__in=[t.pk for t in glossary.values() if isinstance(t, Term)]
    )
    vocabulary = set(VOCABULARY)
    for term in generated:
        assert set(term.name.lower().split()) <= vocabulary
        assert len(set(term.definition.lower().rstrip(".").split()) & vocabulary) >= 3
    words = [word for term in generated for word in term.name.lower().split()]
    assert max(words.count(word) for word in vocabulary) >= 8
