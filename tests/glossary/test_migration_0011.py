"""Migration 0011 gives the terms of an existing site the search keywords the
starter content now ships, and leaves an editor's keywords alone."""

import importlib

import pytest
from django.apps import apps

from glossary.models import Term

pytestmark = pytest.mark.django_db

migration = importlib.import_module("glossary.migrations.0011_term_keywords")


def test_shipped_terms_get_their_keywords_unless_an_editor_gave_some(make_term):
    make_term("Business process outsourcing (BPO)", slug="bpo")
    make_term("Gain-sharing contract", slug="gain-sharing", keywords="savings deal")
    make_term("Offshoring")

    migration.add_shipped_keywords(apps, None)

    keywords = dict(Term.objects.values_list("slug", "keywords"))
    assert keywords == {
        "bpo": "BPO company\nBPO provider\nBPO services",
        "gain-sharing": "savings deal",
        "offshoring": "",
    }
