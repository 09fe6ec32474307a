"""Reword the curated comparison out-staffing vs employee leasing (issue 17).

`employee-leasing` is now a short entry pointing to two legally opposite
arrangements (a professional employer organisation and temporary agency
work), so the comparison no longer treats it as one. The starter loader only
creates what is new, so a site that loaded the old text keeps it; this
migration replaces each field only where the stored text still equals exactly
what was shipped. A field an editor has changed is theirs and stays as it is.
"""

from django.db import migrations

PAIR = ("out-staffing", "employee-leasing")

# field: (old shipped text, new text)
FIELDS = {
    "introduction": (
        "Both separate the legal employer from the organisation that directs the work, which is why they are listed together, but they serve different needs. One is about adding specialist skills and capacity, often remotely; the other about employment administration or flexible general labour at your own sites.\n\nIn both cases the client manages the daily work and keeps responsibility for the results, so neither is outsourcing, and both can fall under agency-work rules.",
        '"Employee leasing" is not one arrangement but a label for two that run in opposite directions, so the first step is to find out which one is meant. In the United States it usually means a [[professional-employer-organisation]]: the PEO co-employs staff you already have and takes on payroll, benefits and employment-tax administration. In much of Europe it usually means [[temporary-agency-work]]: an agency assigns its own workers to work under your direction for a period.\n\nOut-staffing sits closer to the second meaning: a provider\'s specialists join your team and you direct them. It has almost nothing in common with the first, where the people are yours and only the administration is shared. In all three the client directs the daily work, so none of them is outsourcing.',
    ),
    "key_differences": (
        "- **Main purpose:** out-staffing adds skills and capacity; employee leasing mostly simplifies employment administration or supplies flexible labour.\n- **Whose people:** out-staffing brings in the provider's specialists; a PEO co-employs your existing staff, while agency leasing supplies additional workers.\n- **Location:** out-staffed people often work remotely, even from abroad; leased employees usually work at your sites in your country.\n- **Pricing:** out-staffing is usually a time rate per person; employee leasing is a fee on payroll or per employee.\n- **Regulation:** both can fall under agency-work rules, and PEO co-employment raises its own questions of shared liability.",
        "- **Whose people:** out-staffing brings in the provider's specialists; a PEO co-employs your existing staff; agency work supplies the agency's own workers.\n- **What you are buying:** out-staffing buys skills and capacity; a PEO buys employment administration for people you already employ; agency work buys extra hands for a period.\n- **Who recruits:** the out-staffing provider or the agency proposes people; with a PEO you have already hired them.\n- **Location:** out-staffed specialists often work remotely, even from abroad; PEO staff and agency workers usually work at your sites in your own country.\n- **Pricing:** out-staffing is a time rate per person; a PEO charges a fee usually based on payroll or per employee; agency work an hourly rate.\n- **Law:** agency work is governed by agency-work rules (in the EU, Directive 2008/104/EC and national law), which can also reach out-staffing where a provider's employees work under your direction; a PEO raises questions of shared employer liability and, in the US, optional IRS certification.",
    ),
    "verdict": (
        "Choose **out-staffing** when you need specialists your team lacks, for a project or a period; choose **employee leasing** when you want someone else to carry employment administration for staff you direct, or flexible workers at your own sites.",
        "Choose **out-staffing** when you need specialists your team lacks for a project or a period and can direct them, often remotely; choose what \"employee leasing\" actually means for you by its own name: [[temporary-agency-work]] when you need an agency's workers at your own sites for a limited time, or a [[professional-employer-organisation]] when you want a partner to share the employer's administration for staff you already have.",
    ),
}


def _comparisons(apps):
    Comparison = apps.get_model("glossary", "Comparison")
    a, b = PAIR
    return Comparison.objects.filter(
        term_a__slug=a, term_b__slug=b
    ) | Comparison.objects.filter(term_a__slug=b, term_b__slug=a)


def _replace(apps, direction):
    for comparison in _comparisons(apps):
        changed = []
        for field, pair in FIELDS.items():
            before, after = pair if direction == "forwards" else pair[::-1]
            if getattr(comparison, field) == before:
                setattr(comparison, field, after)
                changed.append(field)
        if changed:
            comparison.save(update_fields=changed)


def forwards(apps, schema_editor):
    _replace(apps, "forwards")


def backwards(apps, schema_editor):
    _replace(apps, "backwards")


class Migration(migrations.Migration):
    dependencies = [("glossary", "0009_sources_cite_works")]

    operations = [migrations.RunPython(forwards, backwards)]
