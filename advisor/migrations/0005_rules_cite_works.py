"""Rules cite works (issue 16), without losing anything an editor wrote.

- A rule still holding exactly its old default becomes the new default: its
  reason rewritten to what its source supports, the work it cites (a
  citations.Work record, made here if missing), where in it, the passage and
  the copy it was checked in, its premise. Old defaults that the new rules
  replace (nearshore scored both ways by one answer, a generic source, a claim
  its source does not make) are deleted only if no editor changed them.
- A rule an editor changed keeps its weight and words. Its free-text source
  becomes a citation when the text names a work the site now cites; otherwise
  the text stays, in `source_note`, and the content health page lists the rule
  for an editor to cite a work ("Rules without a cited work").
New default rules come with load_advisor_defaults, as always.
"""

from django.db import migrations

from ._rules_cite_works_data import (
    CITES,
    LEGACY_SOURCES,
    NEW_DEFAULTS,
    OLD_DEFAULTS,
    WORKS,
)


def cite_works(apps, schema_editor):
    Rule = apps.get_model("advisor", "Rule")
    Work = apps.get_model("citations", "Work")
    old = dict(OLD_DEFAULTS)
    new = dict(NEW_DEFAULTS)
    works = {}

    def work(url):
        if url not in works:
            works[url], _ = Work.objects.get_or_create(url=url, defaults=WORKS[url])
        return works[url]

    for rule in Rule.objects.select_related("option"):
        key = (rule.question, rule.answer, rule.option.key)
        as_stored = (rule.weight, rule.rules_out, rule.explanation, rule.source_note)
        if old.get(key) == as_stored and key in new:
            weight, rules_out, explanation, cite, premise, excluded_by = new[key]
            cited = CITES[cite]
            rule.weight, rule.rules_out, rule.explanation = weight, rules_out, explanation
            rule.work = work(cited["work"])
            rule.locator = cited["locator"]
            rule.passage = cited["passage"]
            rule.verified_in = cited["verified_in"]
            rule.premise, rule.excluded_by = premise, excluded_by
            rule.source_note = ""
            rule.save()
        elif old.get(key) == as_stored:
            rule.delete()  # an untouched default the new rules replace
        elif rule.source_note in LEGACY_SOURCES:
            url, locator = LEGACY_SOURCES[rule.source_note]
            if url in WORKS:
                rule.work, rule.locator = work(url), locator
                rule.source_note = ""
                rule.save()


def back_to_free_text(apps, schema_editor):
    """Reversible: a cited work becomes its title again."""
    Rule = apps.get_model("advisor", "Rule")
    for rule in Rule.objects.select_related("work").filter(work__isnull=False):
        rule.source_note = f"{rule.work.title} ({rule.locator})"[:300]
        rule.save(update_fields=["source_note"])


class Migration(migrations.Migration):
    dependencies = [
        ("advisor", "0004_rules_cite_works_schema"),
        ("citations", "0001_work"),
    ]

    operations = [migrations.RunPython(cite_works, back_to_free_text)]
