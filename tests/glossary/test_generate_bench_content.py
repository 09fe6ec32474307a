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
