"""The result page's layout: a recommendation to act on first, then the detail.

Saved snapshots are built by hand here, in the shape of each version, so the
page is tested on results saved before and after the fit scale."""

import uuid

import pytest
from django.test import Client
from django.utils.html import escape

from advisor.models import Assessment
from advisor.results import RULES_VERSION

pytestmark = pytest.mark.django_db


def reason(text, points, source="", rules_out=False):
    return {"text": text, "points": points, "rules_out": rules_out, "source": source}


def option(key, name, rank, score, reasons, ruled_out=False, fit=None, **extra):
    data = {
        "key": key,
        "name": name,
        "rank": rank,
        "score": score,
        "ruled_out": ruled_out,
        "bar_percent": 50,
        "summary": f"{name} in one sentence.",
        "term_name": name,
        "term_url": f"/glossary/{key.replace('_', '-')}/",
        "reasons": reasons,
        **extra,
    }
    if fit is not None:
        data |= {"fit": fit, "fit_label": "strong fit" if fit >= 70 else "fair fit"}
    return data


def work(title, url, authors, year, publisher, locator):
    return {
        "title": title,
        "url": url,
        "authors": authors,
        "year": year,
        "publisher": publisher,
        "locator": locator,
    }


# Source records, as the rules cite them since issue 16.
HANDBOOK = work(
    "An empirical investigation of IT sourcing practices",
    "https://doi.org/10.2307/249630",
    "Lacity, M. C. and Willcocks, L. P.",
    1998,
    "MIS Quarterly 22(3)",
    "p. 371",
)
ARON = work(
    "Getting offshoring right",
    "https://hbr.org/2005/12/getting-offshoring-right",
    "Aron, R. and Singh, J. V.",
    2005,
    "Harvard Business Review 83(12)",
    "p. 135",
)
# Sources as results saved before issue 16 kept them: plain text.
OLD_HANDBOOK = "Lacity & Willcocks (1998), MIS Quarterly"
OLD_ARON = "Aron & Singh (2005), Harvard Business Review"


def current_snapshot():
    """A snapshot as saved since issue 16: source records, the rules' version,
    what fixes the result and what is worth finding out."""
    return {
        "version": 2,
        "rules_version": RULES_VERSION,
        "answers": [
            {
                "step": "process",
                "title": "Your process",
                "answers": [["How large is it?", "A large operation"]],
            }
        ],
        "options": [
            option(
                "captive_offshore",
                "Captive offshore centre",
                1,
                12,
                [
                    reason("Large operation: scale pays for a centre.", 3, ARON),
                    reason("Goal: skills (essential): deep talent pools.", 6, ARON),
                    reason("Long horizon: time to build.", 2, HANDBOOK),
                    reason("Goal: speed (nice): slow to set up.", -1, HANDBOOK),
                    reason("Highly sensitive IP: your own staff.", 4, HANDBOOK),
                ],
                fit=84,
            ),
            option(
                "build_operate_transfer",
                "Build-operate-transfer",
                2,
                11,
                [reason("Long horizon: a transfer later.", 3, ARON)],
                fit=79,
            ),
            option(
                "reshoring",
                "Reshoring",
                3,
                0,
                [reason("New process: nothing to bring back.", 0, ARON, True)],
                ruled_out=True,
            ),
        ],
        "top": {
            "key": "captive_offshore",
            "name": "Captive offshore centre",
            "risks": "- Attrition in hot markets",
            "next_steps": "1. Pick two cities\n2. Hire a site leader",
        },
        "comparison": {
            "columns": [
                {"name": "Captive offshore centre", "url": "/glossary/captive/"},
                {"name": "Build-operate-transfer", "url": "/glossary/bot/"},
            ],
            "rows": [
                {
                    "name": "Control",
                    "help_text": "",
                    "cells": [
                        {"label": "Captive offshore centre", "value": "High"},
                        {"label": "Build-operate-transfer", "value": "Rising"},
                    ],
                }
            ],
        },
        "close_call": {
            "kind": "close",
            "first": "captive_offshore",
            "runner_up": "build_operate_transfer",
            "text": "Build-operate-transfer fits almost as well (79/100).",
        },
        "what_would_change": [
            {
                "option": "build_operate_transfer",
                "option_name": "Build-operate-transfer",
                "text": "If you had no capacity to run an entity abroad, "
                "build-operate-transfer would come first.",
                "changes": [{"question": "foreign_capacity", "answer": "none"}],
            }
        ],
        "fixed_by": "Your data rule decides this: the data must stay in the country.",
        "worth_finding_out": [
            {
                "text": "If the labour-cost gap turns out to be small, in-house would "
                "come first."
            }
        ],
    }


def before_issue_16_snapshot():
    """A snapshot saved with the fit scale, close calls and sources as text,
    before the rules were revised (no rules version)."""
    snapshot = current_snapshot()
    for key in ("rules_version", "fixed_by", "worth_finding_out"):
        del snapshot[key]
    old = {HANDBOOK["url"]: OLD_HANDBOOK, ARON["url"]: OLD_ARON}
    for data in snapshot["options"]:
        for r in data["reasons"]:
            r["source"] = old[r["source"]["url"]]
    return snapshot


def version_1_snapshot():
    """A snapshot saved before fit, close calls, what-would-change and sources."""
    snapshot = before_issue_16_snapshot()
    for key in ("close_call", "what_would_change"):
        del snapshot[key]
    snapshot["version"] = 1
    for data in snapshot["options"]:
        data.pop("fit", None), data.pop("fit_label", None)
        for r in data["reasons"]:
            del r["source"]
    return snapshot


def saved_page(snapshot):
    assessment = Assessment.objects.create(
        run_id=uuid.uuid4(),
        answers={},
        result=snapshot,
        top_option=snapshot["top"]["name"],
    )
    return Client().get(assessment.get_absolute_url()).content.decode(), assessment


def between(page, first, last):
    return page[page.index(first) : page.index(last)]


def test_the_decision_comes_first_and_the_detail_is_folded_away():
    page, _ = saved_page(current_snapshot())
    order = [
        'id="recommendation-heading"',
        'id="next-heading"',
        'id="change-heading"',
        'id="worth-heading"',
        'id="ruled-out-heading"',
        'id="risks-heading"',
        'class="result-actions no-print"',
        'id="ranking-heading"',
        'id="reasons-heading"',
        'id="compare-heading"',
        'id="answers-heading"',
        'id="sources-heading"',
    ]
    positions = [page.index(marker) for marker in order]
    assert positions == sorted(positions)
    actions = between(page, "result-actions", 'id="ranking-heading"')
    assert "btn-primary" not in actions
    assert actions.count("btn btn-sm btn-outline-secondary") == 4
    # The full reasoning, the table, the answers and the sources: each a closed
    # <details> whose summary is its heading.
    folded = page[page.index('id="ranking-heading"') :]
    assert folded.count("<details>") == 4 and "<details open" not in folded
    for heading in ("reasons", "compare", "answers", "sources"):
        assert f'<summary><h2 id="{heading}-heading"' in folded


def test_the_card_names_the_option_its_fit_and_its_three_strongest_reasons():
    page, _ = saved_page(current_snapshot())
    card = between(page, "recommendation-card", 'id="change-heading"')
    assert 'id="recommendation-heading">Captive offshore centre</h2>' in card
    assert '84<span class="fit__scale">/100</span>' in card
    assert "Strong fit" in card
    strongest = card[card.index("recommendation-card__reasons") :]
    strongest = strongest[: strongest.index("</ol>")]
    # Strongest first: skills (+6), IP (+4), scale (+3); nothing negative.
    assert strongest.index("deep talent pools") < strongest.index("your own staff")
    assert strongest.index("your own staff") < strongest.index("scale pays")
    assert "Long horizon" not in strongest and "slow to set up" not in strongest
    assert (
        '<p class="close-call">Build-operate-transfer fits almost as well (79/100).'
        in card
    )
    assert "<li>Pick two cities</li>" in card


def test_sources_are_numbered_as_first_cited_and_link_to_the_work():
    page, _ = saved_page(current_snapshot())
    card = between(page, "recommendation-card", 'id="change-heading"')
    # The strongest reason (skills) cites Aron & Singh: source 1; the IP
    # reason cites the handbook: source 2.
    assert 'deep talent pools. <a class="reason-source" href="#source-1">' in card
    assert 'your own staff. <a class="reason-source" href="#source-2">' in card
    sources = page[page.index('id="sources-heading"') :]
    assert sources.count('<li id="source-') == 2
    assert (
        '<li id="source-1"><a href="https://hbr.org/2005/12/getting-offshoring-right"'
        ' rel="noopener noreferrer">Getting offshoring right</a>'
        '<span class="source-meta">, Aron, R. and Singh, J. V., '
        "Harvard Business Review 83(12), 2005, p. 135</span>\n</li>" in sources
    )
    assert '<a href="https://doi.org/10.2307/249630"' in sources
    reasons = between(page, 'id="reasons-heading"', 'id="sources-heading"')
    assert reasons.count('href="#source-1"') == 3
    assert reasons.count('href="#source-2"') == 3


def test_sources_only_the_full_reasoning_cites_are_not_printed():
    snapshot = current_snapshot()
    runner_up = snapshot["options"][1]
    runner_up["reasons"][0]["source"] = work(
        "Build-operate-transfer", "https://example.org/bot", "", 2013, "", "p. 2"
    )
    page, _ = saved_page(snapshot)
    sources = page[page.index('id="sources-heading"') :]
    # Cited by the card and the ruled-out list: printed; by the ranking only: not.
    assert '<li id="source-1"><a' in sources and '<li id="source-2"><a' in sources
    assert '<li id="source-3" class="source-list__screen">' in sources
    assert "https://example.org/bot" in sources


def test_a_reason_without_a_source_gets_no_number():
    snapshot = current_snapshot()
    for data in snapshot["options"]:
        for r in data["reasons"]:
            r["source"] = None
    page, _ = saved_page(snapshot)
    assert "reason-source" not in page and 'id="sources-heading"' not in page
    assert "deep talent pools" in page


def test_what_would_change_it_what_fixes_it_and_what_is_worth_finding_out():
    page, _ = saved_page(current_snapshot())
    change = between(page, 'id="change-heading"', 'id="worth-heading"')
    assert (
        '<p class="fixed-by">Your data rule decides this: the data must stay in the '
        "country.</p>" in change
    )
    assert "build-operate-transfer would come first" in change
    worth = between(page, 'id="worth-heading"', 'id="ruled-out-heading"')
    assert "You answered “Not sure” here" in worth
    assert "<li>If the labour-cost gap turns out to be small, in-house" in worth
    assert "labour-cost gap" not in change


def test_without_what_ifs_or_not_sure_answers_those_sections_are_left_out():
    snapshot = current_snapshot()
    snapshot |= {"what_would_change": [], "fixed_by": "", "worth_finding_out": []}
    page, _ = saved_page(snapshot)
    assert 'id="change-heading"' not in page and 'id="worth-heading"' not in page


def test_the_fixed_result_is_said_even_with_nothing_that_would_change_it():
    snapshot = current_snapshot()
    snapshot["what_would_change"] = []
    page, _ = saved_page(snapshot)
    change = between(page, 'id="change-heading"', 'id="worth-heading"')
    assert "Your data rule decides this" in change and "<ul" not in change


def test_ruled_out_options_are_listed_each_with_why():
    page, _ = saved_page(current_snapshot())
    ruled_out = between(page, 'id="ruled-out-heading"', 'id="risks-heading"')
    assert (
        '<span class="fw-semibold">Reshoring</span>: New process: nothing to bring '
        'back. <a class="reason-source" href="#source-1">' in ruled_out
    )


def test_the_answers_are_a_question_and_answer_table():
    page, _ = saved_page(current_snapshot())
    answers = between(page, 'id="answers-heading"', 'id="sources-heading"')
    assert '<th scope="col">Question</th><th scope="col">Answer</th>' in answers
    assert '<th scope="colgroup" colspan="2">Your process</th>' in answers
    assert (
        '<tr><th scope="row">How large is it?</th><td>A large operation</td></tr>'
        in (answers)
    )


def test_the_comparison_shows_the_ranked_models_with_their_fit(make_term):
    make_term("Captive offshore centre", slug="captive")
    page, _ = saved_page(current_snapshot())
    table = between(page, 'id="compare-heading"', 'id="answers-heading"')
    assert (
        '<a href="http://testserver/glossary/captive/">Captive offshore centre</a>'
        in table
    )
    assert "<td>84/100, strong fit</td><td>79/100, strong fit</td>" in table
    assert '<td data-label="Captive offshore centre">High</td>' in table


def test_printing_shows_the_private_link_and_full_addresses(make_term):
    make_term("Captive offshore centre", slug="captive-offshore")
    page, assessment = saved_page(current_snapshot())
    link = f"http://testserver/advisor/result/{assessment.token}/"
    assert f'<p class="print-only">Private link to this result: {link}</p>' in page
    # Every link in the result (the part that prints) is a full address.
    result = page[page.index('class="result-page"') : page.index("</main>")]
    assert 'href="/' not in result
    assert 'href="http://testserver/glossary/' in result


def test_a_result_made_by_todays_rules_has_no_revision_note():
    page, _ = saved_page(current_snapshot())
    assert "rules-revised" not in page


@pytest.mark.parametrize("version", ["missing", None, RULES_VERSION - 1])
def test_a_result_made_by_earlier_rules_says_they_have_been_revised(version):
    snapshot = before_issue_16_snapshot()
    if version != "missing":
        snapshot["rules_version"] = version
    page, assessment = saved_page(snapshot)
    note = page[page.index('class="rules-revised"') :]
    note = note[: note.index("</p>")]
    assert "Our rules have been revised since this result was saved." in note
    change = f"http://testserver/advisor/result/{assessment.token}/change/"
    assert f'<a href="{change}">Run the advisor again with your answers</a>' in note


def test_a_result_with_sources_as_text_still_shows_them_numbered():
    page, _ = saved_page(before_issue_16_snapshot())
    sources = page[page.index('id="sources-heading"') :]
    assert f'<li id="source-1">{escape(OLD_ARON)}</li>' in sources
    assert f'<li id="source-2">{escape(OLD_HANDBOOK)}</li>' in sources
    assert "deep talent pools" in page and 'href="#source-1"' in page


def test_a_result_saved_before_the_fit_scale_still_renders_as_it_did():
    page, _ = saved_page(version_1_snapshot())
    assert 'id="recommendation-heading">Captive offshore centre</h2>' in page
    assert "Score 12" in page and "/100" not in page
    assert "close-call" not in page and 'id="change-heading"' not in page
    assert 'id="sources-heading"' not in page and "#source-" not in page
    assert "deep talent pools" in page
    assert "Our rules have been revised since this result was saved." in page


def test_a_result_with_every_option_ruled_out_says_so():
    snapshot = version_1_snapshot()
    for data in snapshot["options"]:
        data["ruled_out"] = True
    page, _ = saved_page(snapshot)
    assert "No option fits every constraint" in page


def test_glossary_links_in_the_advice_are_full_addresses(glossary):
    snapshot = current_snapshot()
    snapshot["top"]["next_steps"] = "1. Read about [[outsourcing]] first"
    page, _ = saved_page(snapshot)
    card = between(page, "recommendation-card", 'id="change-heading"')
    assert 'href="http://testserver/glossary/outsourcing/"' in card


def test_the_card_links_the_recommended_model_to_its_glossary_entry(make_term):
    make_term("Captive offshore centre", slug="captive-offshore")
    page, _ = saved_page(current_snapshot())
    card = between(page, "recommendation-card", 'id="change-heading"')
    assert (
        '<a href="http://testserver/glossary/captive-offshore/">'
        "What is captive offshore centre?</a>" in card
    )


def test_a_term_unpublished_since_the_result_was_saved_is_named_not_linked(
    make_term,
):
    # The snapshot keeps the terms' addresses; a term unpublished since then
    # would be a link to a missing page, so its name shows as text.
    make_term("Captive offshore centre", slug="captive-offshore", status="draft")
    make_term("Captive centre", slug="captive", status="draft")
    page, _ = saved_page(current_snapshot())
    card = between(page, "recommendation-card", 'id="change-heading"')
    assert "What is captive offshore centre?" not in card
    assert "/glossary/captive-offshore/" not in page
    table = between(page, 'id="compare-heading"', 'id="answers-heading"')
    assert '<th scope="col">Captive offshore centre</th>' in table


def test_sources_print_only_when_the_printout_cites_one():
    snapshot = current_snapshot()
    captive = snapshot["options"][0]
    for r in captive["reasons"] + snapshot["options"][2]["reasons"]:
        r["source"] = None
    page, _ = saved_page(snapshot)
    # Only the runner-up's reason, folded away, cites a source.
    assert 'class="result-more result-sources no-print"' in page
    assert '<li id="source-1" class="source-list__screen">' in page
    page, _ = saved_page(current_snapshot())
    assert 'class="result-more result-sources"' in page
