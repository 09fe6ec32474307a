"""The site's one model of cited works: existing sources become citations of
works without losing anything, old export files still import, and a term's
page shows each work with where in it the claim rests."""

import json

import pytest
from django.core.management import call_command

from citations.models import Work
from editorial import content_io
from editorial.content_io import dumps, export_content, import_content
from glossary.models import Source

from ..conftest import add_source, migrate

BEFORE = [("glossary", "0008_correct_starter_content"), ("citations", "0001_work")]
AFTER = [("glossary", "0009_sources_cite_works")]


@pytest.mark.django_db(transaction=True)
def test_sources_become_citations_of_one_work_per_url_and_back():
    executor = migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Category = old.get_model("glossary", "Category")
    Term = old.get_model("glossary", "Term")
    OldSource = old.get_model("glossary", "Source")
    category = Category.objects.create(name="Who", slug="who")
    a = Term.objects.create(name="A", slug="a", category=category, definition="A.")
    b = Term.objects.create(name="B", slug="b", category=category, definition="B.")
    shared = dict(
        title="World Investment Report 2004",
        publisher="UNCTAD",
        year=2004,
        url="https://unctad.org/wir2004",
        kind="primary",
    )
    OldSource.objects.create(term=a, order=0, **shared)
    OldSource.objects.create(term=b, order=1, **shared)
    OldSource.objects.create(
        term=b, order=0, title="B (Wikipedia)", url="https://w.org/B", kind="tertiary"
    )

    migrate(AFTER)
    works = {w.url: w for w in Work.objects.all()}
    assert set(works) == {"https://unctad.org/wir2004", "https://w.org/B"}
    unctad = works["https://unctad.org/wir2004"]
    assert (unctad.title, unctad.publisher, unctad.year, unctad.kind) == (
        "World Investment Report 2004",
        "UNCTAD",
        2004,
        "primary",
    )
    # Columns of 0009 only: a term's later fields are not there yet.
    cited = Source.objects.order_by("term__slug", "order")
    assert list(cited.values_list("term__slug", "order", "work__url")) == [
        ("a", 0, "https://unctad.org/wir2004"),
        ("b", 0, "https://w.org/B"),
        ("b", 1, "https://unctad.org/wir2004"),
    ]

    executor = migrate(BEFORE)  # and back: each row describes its work again
    back = executor.loader.project_state(BEFORE).apps.get_model("glossary", "Source")
    assert sorted(back.objects.values_list("url", "year", "kind")) == [
        ("https://unctad.org/wir2004", 2004, "primary"),
        ("https://unctad.org/wir2004", 2004, "primary"),
        ("https://w.org/B", None, "tertiary"),
    ]
    migrate(executor.loader.graph.leaf_nodes())


def version_1_file() -> dict:
    """What export_content wrote before cited works (format version 1)."""
    return {
        "format": "sourcing-guide-content",
        "version": 1,
        "records": [
            {
                "model": "glossary.category",
                "fields": {"name": "Who", "slug": "who", "description": "", "order": 1},
            },
            {
                "model": "glossary.term",
                "fields": {
                    "name": "Offshoring",
                    "slug": "offshoring",
                    "category": ["who"],
                    "definition": "Moving work abroad.",
                    "status": "published",
                    "related_terms": [],
                    "created_at": "2026-11-30T09:00:00.000000Z",
                    "updated_at": "2026-11-30T09:00:00.000000Z",
                },
            },
            {
                "model": "glossary.source",
                "fields": {
                    "term": ["offshoring"],
                    "title": "International sourcing",
                    "publisher": "Eurostat",
                    "year": 2021,
                    "url": "https://ec.europa.eu/eurostat/sourcing",
                    "kind": "primary",
                    "order": 0,
                },
            },
        ],
    }


def test_a_version_1_export_imports_with_its_sources_as_works(db):
    import_content(version_1_file())

    source = Source.objects.select_related("work").get(term__slug="offshoring")
    assert (source.work.title, source.work.publisher, source.work.year) == (
        "International sourcing",
        "Eurostat",
        2021,
    )
    assert source.work.kind == Work.Kind.PRIMARY
    exported = export_content()
    assert exported["version"] == content_io.VERSION
    assert {"model": "citations.work"}.items() <= exported["records"][0].items()


def test_export_import_export_is_byte_identical_with_works(db, glossary):
    add_source(
        glossary["offshoring"],
        locator="Table 2",
        **{
            "title": "International sourcing",
            "url": "https://ec.europa.eu/eurostat/sourcing",
            "kind": Work.Kind.PRIMARY,
            "year": 2021,
        },
    )
    first = dumps(export_content())
    import_content(json.loads(first), replace=True, delete_missing=True)
    assert dumps(export_content()) == first


def test_the_term_page_shows_each_work_with_its_locator(client, glossary):
    add_source(
        glossary["offshoring"],
        locator="Table 2",
        title="International sourcing",
        authors="Eurostat statisticians",
        publisher="Eurostat",
        year=2021,
        url="https://ec.europa.eu/eurostat/sourcing",
        kind=Work.Kind.PRIMARY,
    )
    page = client.get("/glossary/offshoring/").text
    assert (
        '<a href="https://ec.europa.eu/eurostat/sourcing" rel="noopener noreferrer">'
        "International sourcing</a>"
        '<span class="source-meta">, Eurostat statisticians, Eurostat, 2021, '
        "Table 2</span>"
        ' <span class="badge source-primary">Primary source</span>'
    ) in page


def test_the_supporting_passage_is_never_shown_to_visitors(client, glossary):
    source = add_source(
        glossary["offshoring"], title="A work", url="https://example.org/work"
    )
    source.passage = "SECRET-PASSAGE for reviewers"
    source.verified_in = "https://stored.example/copy"
    source.save()
    page = client.get("/glossary/offshoring/").text
    assert "SECRET-PASSAGE" not in page and "stored.example" not in page


def test_a_starter_load_describes_a_shared_work_once(db):
    call_command("load_starter_content", verbosity=0)
    urls = list(Work.objects.values_list("url", flat=True))
    assert len(urls) == len(set(urls))
    assert Source.objects.count() > Work.objects.count()  # some works cited twice
