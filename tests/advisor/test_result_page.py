"""The result page's layout: a recommendation to act on first, then the detail.

Saved snapshots are built by hand here, in the shape of each version, so the
page is tested on results saved before and after the fit scale."""

import uuid

import pytest
from django.test import Client
from django.utils.html import escape

from advisor.models import Assessment

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


HANDBOOK = "Lacity & Willcocks (1998), MIS Quarterly"
ARON = "Aron & Singh (2005), Harvard Business Review"


def current_snapshot():
    """A snapshot as saved since the fit scale, close calls and sources."""
    return {
        "version": 2,
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
    }


def version_1_snapshot():
    """A snapshot saved before fit, close calls, what-would-change and sources."""
    snapshot = current_snapshot()
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


def test_the_recommendation_card_comes_first_and_the_actions_are_secondary():
    page, _ = saved_page(current_snapshot())
    order = [
        'id="recommendation-heading"',
        'id="next-heading"',
        'class="result-actions no-print"',
        'id="ranking-heading"',
        'id="reasons-heading"',
        'id="ruled-out-heading"',
        'id="compare-heading"',
        'id="change-heading"',
        'id="sources-heading"',
    ]
    positions = [page.index(marker) for marker in order]
    assert positions == sorted(positions)
    actions = page[page.index("result-actions") : page.index('id="ranking-heading"')]
    assert "btn-primary" not in actions
    assert actions.count("btn btn-sm btn-outline-secondary") == 4


def test_the_card_names_the_option_its_fit_and_its_three_strongest_reasons():
    page, _ = saved_page(current_snapshot())
    card = page[page.index("recommendation-card") : page.index("result-actions")]
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


def test_every_reason_points_to_its_numbered_source_listed_once():
    page, _ = saved_page(current_snapshot())
    sources = page[page.index('id="sources-heading"') :]
    aron, handbook = (escape(source) for source in (ARON, HANDBOOK))
    assert sources.count(aron) == 1 and sources.count(handbook) == 1
    assert f'<li id="source-1">{aron}</li>' in sources
    reasons = page[
        page.index('id="reasons-heading"') : page.index('id="sources-heading"')
    ]
    assert reasons.count('href="#source-1"') == 4  # three open reasons, one rule-out
    assert reasons.count('href="#source-2"') == 3


def test_ruled_out_options_and_what_would_change_are_shown():
    page, _ = saved_page(current_snapshot())
    ruled_out = page[
        page.index('id="ruled-out-heading"') : page.index("compare-heading")
    ]
    assert "Reshoring" in ruled_out and "nothing to bring back" in ruled_out
    change = page[page.index('id="change-heading"') :]
    assert "build-operate-transfer would come first" in change


def test_the_comparison_shows_the_ranked_models_with_their_fit():
    page, _ = saved_page(current_snapshot())
    table = page[page.index('id="compare-heading"') : page.index('id="change-heading"')]
    assert (
        '<a href="http://testserver/glossary/captive/">Captive offshore centre</a>'
        in table
    )
    assert "<td>84/100, strong fit</td><td>79/100, strong fit</td>" in table
    assert '<td data-label="Captive offshore centre">High</td>' in table


def test_printing_shows_the_private_link_and_full_addresses():
    page, assessment = saved_page(current_snapshot())
    link = f"http://testserver/advisor/result/{assessment.token}/"
    assert f'<p class="print-only">Private link to this result: {link}</p>' in page
    # Every link in the result (the part that prints) is a full address.
    result = page[page.index('class="result-page"') : page.index("</main>")]
    assert 'href="/' not in result
    assert 'href="http://testserver/glossary/' in result


def test_a_result_saved_before_the_fit_scale_still_renders_as_it_did():
    page, _ = saved_page(version_1_snapshot())
    assert 'id="recommendation-heading">Captive offshore centre</h2>' in page
    assert "Score 12" in page and "/100" not in page
    assert "close-call" not in page and 'id="change-heading"' not in page
    assert 'id="sources-heading"' not in page and "#source-" not in page
    assert "deep talent pools" in page


def test_a_result_with_every_option_ruled_out_says_so():
    snapshot = version_1_snapshot()
    for data in snapshot["options"]:
        data["ruled_out"] = True
    page, _ = saved_page(snapshot)
    assert "No option fits every constraint" in page


def test_on_paper_only_the_best_three_open_options_keep_their_reasons():
    snapshot = current_snapshot()
    extra = [
        option(f"option_{n}", f"Option {n}", n, 5, [reason(f"Reason {n}.", 1)], fit=30)
        for n in range(3, 6)
    ]
    snapshot["options"][2:2] = extra
    page, _ = saved_page(snapshot)
    reasons = page[page.index('id="reasons-heading"') : page.index("ruled-out-heading")]
    assert reasons.count('class="result-option"') == 3
    assert reasons.count('class="result-option result-option--rest"') == 2
    assert "The reasons for the other options are on the page" in reasons


def test_glossary_links_in_the_advice_are_full_addresses(glossary):
    snapshot = current_snapshot()
    snapshot["top"]["next_steps"] = "1. Read about [[outsourcing]] first"
    page, _ = saved_page(snapshot)
    card = page[page.index("recommendation-card") : page.index("result-actions")]
    assert 'href="http://testserver/glossary/outsourcing/"' in card
