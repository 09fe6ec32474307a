"""Export files written before rules cited works (format version 2) still import."""

from advisor.migrations._rules_cite_works_data import LEGACY_SOURCES
from advisor.models import Rule
from editorial import content_io

QUINN_HILMER = next(text for text in LEGACY_SOURCES if text.startswith("Quinn"))


def version_2_file() -> dict:
    def rule(answer, source):
        return {
            "model": "advisor.rule",
            "fields": {
                "question": "control",
                "answer": answer,
                "option": ["in_house"],
                "weight": 2,
                "rules_out": False,
                "explanation": "Because.",
                "source": source,
            },
        }

    return {
        "format": "sourcing-guide-content",
        "version": 2,
        "records": [
            {
                "model": "advisor.sourcingmodel",
                "fields": {
                    "key": "in_house",
                    "name": "In-house",
                    "term": None,
                    "summary": "",
                    "risks": "",
                    "next_steps": "",
                    "order": 0,
                },
            },
            rule("high", QUINN_HILMER),
            rule("low", "Our consultants' experience"),
        ],
    }


def test_a_version_2_export_imports_with_rules_citing_works(db):
    content_io.import_content(version_2_file())

    cited = Rule.objects.select_related("work").get(answer="high")
    assert cited.work.title == "Strategic Outsourcing"
    assert (
        cited.work.url == "https://sloanreview.mit.edu/article/strategic-outsourcing/"
    )
    assert cited.locator and not cited.source_note
    kept = Rule.objects.get(answer="low")
    assert kept.work is None
    assert kept.source_note == "Our consultants' experience"  # nothing lost
    exported = content_io.export_content()
    assert exported["version"] == content_io.VERSION == 3
    models = [record["model"] for record in exported["records"]]
    assert models.index("citations.work") < models.index("advisor.rule")
