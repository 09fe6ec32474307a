"""Bring existing databases in line with the corrected advisor defaults (issue 9).

- "Offshored today" became three answers; rules and nothing else stored the old
  value, and it meant "through a provider" in every default rule.
- Default rules that were wrong (BOT favoured without capacity to run an entity,
  residency cited as GDPR, reasons contradicting reported problems...) are
  corrected, but only where a row still holds exactly the old default: a rule an
  editor changed is theirs and stays as it is.
New rules, and the new nearshore captive centre, come with load_advisor_defaults.
"""

from django.db import migrations

# ((question, answer, option), (old weight, rules_out, explanation, source),
#  (new weight, rules_out, explanation, source))
SUPERSEDED = [   (   ('function', 'hr', 'domestic_outsourcing'),
        (   2,
            False,
            'Payroll follows local tax and labour law, which domestic providers know best.',
            'Deloitte, Global Outsourcing Survey'),
        (   3,
            False,
            'Payroll follows local tax and labour law, which domestic providers know best.',
            'Deloitte, Global Outsourcing Survey')),
    (   ('goal', 'speed', 'out_staffing'),
        (   3,
            False,
            "Adding a provider's people to your team is the fastest way to grow it.",
            'Gartner and industry descriptions of IT staff augmentation'),
        (   3,
            False,
            "Adding a provider's people to your team is the fastest way to start.",
            'Gartner and industry descriptions of IT staff augmentation')),
    (   ('goal', 'speed', 'domestic_outsourcing'),
        (   2,
            False,
            'A provider with people in place can start quickly and scale up.',
            'Deloitte, Global Outsourcing Survey'),
        (2, False, 'A provider with people in place can start quickly.', 'Deloitte, Global Outsourcing Survey')),
    (   ('goal', 'speed', 'build_operate_transfer'),
        (   2,
            False,
            'A partner builds the team quickly, without you setting up an entity first.',
            'Gartner and industry descriptions of build-operate-transfer engagements'),
        (   1,
            False,
            'A partner starts the team for you, without you setting up an entity first.',
            'Gartner and industry descriptions of build-operate-transfer engagements')),
    (   ('data_residency', 'country', 'nearshore_outsourcing'),
        (   0,
            True,
            'Nearshore providers work abroad, and the data could not legally leave the country.',
            "National data-localisation laws (e.g. Russia's Federal Law 242-FZ); GDPR Chapter V on transfers"),
        (   0,
            True,
            'Nearshore providers work abroad, and the data may not leave the country.',
            "National data-localisation laws (e.g. Russia's Federal Law 242-FZ, or sector rules for health and public "
            'data)')),
    (   ('data_residency', 'country', 'offshore_outsourcing'),
        (   0,
            True,
            'Offshore providers work abroad, and the data could not legally leave the country.',
            "National data-localisation laws (e.g. Russia's Federal Law 242-FZ); GDPR Chapter V on transfers"),
        (   0,
            True,
            'Offshore providers work abroad, and the data may not leave the country.',
            "National data-localisation laws (e.g. Russia's Federal Law 242-FZ, or sector rules for health and public "
            'data)')),
    (   ('data_residency', 'country', 'captive_offshore'),
        (   0,
            True,
            'A centre abroad would need the data, and it could not legally leave the country.',
            "National data-localisation laws (e.g. Russia's Federal Law 242-FZ); GDPR Chapter V on transfers"),
        (   0,
            True,
            'A centre abroad would need the data, and it may not leave the country.',
            "National data-localisation laws (e.g. Russia's Federal Law 242-FZ, or sector rules for health and public "
            'data)')),
    (   ('data_residency', 'country', 'build_operate_transfer'),
        (   0,
            True,
            'The team would be built abroad, and the data could not legally leave the country.',
            "National data-localisation laws (e.g. Russia's Federal Law 242-FZ); GDPR Chapter V on transfers"),
        (   0,
            True,
            'The team would be built abroad, and the data may not leave the country.',
            "National data-localisation laws (e.g. Russia's Federal Law 242-FZ, or sector rules for health and public "
            'data)')),
    (   ('data_residency', 'country', 'out_staffing'),
        (   -2,
            False,
            'Out-staffed teams often sit abroad, so you would need one working inside the country.',
            "National data-localisation laws (e.g. Russia's Federal Law 242-FZ); GDPR Chapter V on transfers"),
        (   -2,
            False,
            'Out-staffed teams often sit abroad, so you would need one working inside the country.',
            "National data-localisation laws (e.g. Russia's Federal Law 242-FZ, or sector rules for health and public "
            'data)')),
    (   ('data_residency', 'country', 'reshoring'),
        (   2,
            False,
            'Bringing the work home brings the data home too.',
            "National data-localisation laws (e.g. Russia's Federal Law 242-FZ); GDPR Chapter V on transfers"),
        (   2,
            False,
            'Bringing the work home brings the data home too.',
            "National data-localisation laws (e.g. Russia's Federal Law 242-FZ, or sector rules for health and public "
            'data)')),
    (   ('data_residency', 'region', 'offshore_outsourcing'),
        (   0,
            True,
            'Offshore locations lie outside your region, and the data could not legally leave it.',
            'GDPR (Regulation (EU) 2016/679), Chapter V: transfers of personal data to third countries'),
        (   0,
            True,
            'Offshore locations lie outside your region, where your residency rule keeps the data from going.',
            'Company, sector or national data-residency rules; GDPR (Regulation (EU) 2016/679) Chapter V, Arts. 44-49, '
            'allows transfers outside the EU under adequacy decisions, standard contractual clauses or binding '
            'corporate rules')),
    (   ('data_residency', 'region', 'captive_offshore'),
        (   0,
            True,
            'An offshore centre lies outside your region, and the data could not legally leave it.',
            'GDPR (Regulation (EU) 2016/679), Chapter V: transfers of personal data to third countries'),
        (   0,
            True,
            'An offshore centre lies outside your region, where your residency rule keeps the data from going.',
            'Company, sector or national data-residency rules; GDPR (Regulation (EU) 2016/679) Chapter V, Arts. 44-49, '
            'allows transfers outside the EU under adequacy decisions, standard contractual clauses or binding '
            'corporate rules')),
    (   ('data_residency', 'region', 'build_operate_transfer'),
        (   0,
            True,
            'The team would be built offshore, outside your region, and the data could not legally leave it.',
            'GDPR (Regulation (EU) 2016/679), Chapter V: transfers of personal data to third countries'),
        (   -2,
            False,
            'Most build-operate-transfer partners build offshore: you would need one building inside your region.',
            'Company, sector or national data-residency rules; GDPR (Regulation (EU) 2016/679) Chapter V, Arts. 44-49, '
            'allows transfers outside the EU under adequacy decisions, standard contractual clauses or binding '
            'corporate rules')),
    (   ('data_residency', 'region', 'nearshore_outsourcing'),
        (   -1,
            False,
            'Only a nearshore provider inside your region can keep the data there.',
            'GDPR (Regulation (EU) 2016/679), Chapter V: transfers of personal data to third countries'),
        (   -1,
            False,
            'Only a nearshore provider inside your region can keep the data there.',
            'Company, sector or national data-residency rules; GDPR (Regulation (EU) 2016/679) Chapter V, Arts. 44-49, '
            'allows transfers outside the EU under adequacy decisions, standard contractual clauses or binding '
            'corporate rules')),
    (   ('data_residency', 'region', 'reshoring'),
        (   1,
            False,
            'Bringing the work home keeps the data inside your region.',
            'GDPR (Regulation (EU) 2016/679), Chapter V: transfers of personal data to third countries'),
        (   1,
            False,
            'Bringing the work home keeps the data inside your region.',
            'Company, sector or national data-residency rules; GDPR (Regulation (EU) 2016/679) Chapter V, Arts. 44-49, '
            'allows transfers outside the EU under adequacy decisions, standard contractual clauses or binding '
            'corporate rules')),
    (   ('ip_sensitivity', 'high', 'out_staffing'),
        (   -1,
            False,
            "A provider's staff take what they learn with them when they leave.",
            "Williamson (1985), 'The Economic Institutions of Capitalism' (transaction cost economics)"),
        (   -2,
            False,
            "A provider's staff take what they learn with them when they move to another client.",
            "Williamson (1985), 'The Economic Institutions of Capitalism' (transaction cost economics)")),
    (   ('control', 'high', 'out_staffing'),
        (   4,
            False,
            'Out-staffed people work under your direction, day to day.',
            'Gartner and industry descriptions of IT staff augmentation'),
        (   2,
            False,
            'Out-staffed people work under your direction day to day, though a provider employs them.',
            'Gartner and industry descriptions of IT staff augmentation')),
    (   ('foreign_capacity', 'none', 'build_operate_transfer'),
        (   2,
            False,
            'A partner builds and runs the centre until you are ready to take it over.',
            'Gartner and industry descriptions of build-operate-transfer engagements'),
        (   -2,
            False,
            'After the transfer you run the entity yourself, which needs exactly that capacity.',
            'Gartner and industry descriptions of build-operate-transfer engagements')),
    (   ('foreign_capacity', 'some', 'build_operate_transfer'),
        (   1,
            False,
            'A partner builds the centre while you grow the capacity to take it over.',
            'Gartner and industry descriptions of build-operate-transfer engagements'),
        (   2,
            False,
            'A partner builds the entity while you grow the capacity to run it after the transfer.',
            'Gartner and industry descriptions of build-operate-transfer engagements')),
    (   ('current', 'offshore_provider', 'offshore_outsourcing'),
        (   1,
            False,
            'Experience of working offshore lowers the hidden costs of carrying on.',
            "Larsen, Manning & Pedersen (2013), 'Uncovering the hidden costs of offshoring', Strategic Management "
            'Journal'),
        (   1,
            False,
            'Keeping a working arrangement avoids the cost and risk of a transition.',
            "Lacity & Willcocks (1998), 'An Empirical Investigation of Information Technology Sourcing Practices', MIS "
            'Quarterly')),
    (   ('problem', 'quality', 'offshore_outsourcing'),
        (   -2,
            False,
            'More of the same arrangement is unlikely to fix the quality.',
            "Fratocchi et al. (2014), 'When manufacturing moves back: Concepts and questions', Journal of Purchasing "
            'and Supply Management'),
        (   -2,
            False,
            'Quality problems are harder to fix with a provider far away.',
            "Fratocchi et al. (2014), 'When manufacturing moves back: Concepts and questions', Journal of Purchasing "
            'and Supply Management')),
    (   ('problem', 'hidden_costs', 'offshore_outsourcing'),
        (   -2,
            False,
            'The hidden costs of distance will not shrink by staying put.',
            "Larsen, Manning & Pedersen (2013), 'Uncovering the hidden costs of offshoring', Strategic Management "
            'Journal'),
        (   -2,
            False,
            'The hidden costs of distance do not shrink with a provider far away.',
            "Larsen, Manning & Pedersen (2013), 'Uncovering the hidden costs of offshoring', Strategic Management "
            'Journal'))]


def forwards(apps, schema_editor):
    Rule = apps.get_model("advisor", "Rule")
    Rule.objects.filter(question="current", answer="offshored").update(
        answer="offshore_provider"
    )
    for (question, answer, option), old, new in SUPERSEDED:
        weight, rules_out, explanation, source = old
        Rule.objects.filter(
            question=question,
            answer=answer,
            option__key=option,
            weight=weight,
            rules_out=rules_out,
            explanation=explanation,
            source=source,
        ).update(
            weight=new[0], rules_out=new[1], explanation=new[2], source=new[3]
        )


class Migration(migrations.Migration):
    dependencies = [("advisor", "0002_callable_choices")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
