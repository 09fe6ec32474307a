"""Running the engine for a finished wizard and saving what the page will show.

The result is stored as plain data (a snapshot), so a shared link keeps
showing the same thing after editors change rules, advice or glossary text.
"""

import uuid

from django.db import IntegrityError, transaction

from glossary import selectors as glossary_selectors

from . import engine, selectors
from .models import Assessment

# How many of the best open options the result compares side by side.
TOP_COMPARED = 3


def assess(
    run_id: uuid.UUID, answers: engine.Answers, summary, stored_answers
) -> Assessment:
    """Rank the options and save the assessment, once per wizard run."""
    existing = Assessment.objects.filter(run_id=run_id).first()
    if existing is not None:
        return existing
    models = selectors.sourcing_models()
    ranked = engine.rank_options(
        answers, selectors.engine_rules(), [m.as_engine_option() for m in models]
    )
    snapshot = build_snapshot(ranked, {m.key: m for m in models}, summary)
    try:
        with transaction.atomic():
            return Assessment.objects.create(
                run_id=run_id,
                answers=stored_answers,
                result=snapshot,
                top_option=ranked[0].name,
            )
    except IntegrityError:
        # The same run finished at the same moment in another request.
        return Assessment.objects.get(run_id=run_id)


def build_snapshot(ranked, models_by_key, summary) -> dict:
    best_score = max((max(option.score, 0) for option in ranked), default=0)
    options = [
        _option_data(option, models_by_key[option.key], best_score) for option in ranked
    ]
    top_terms = [
        term
        for option in ranked
        if not option.ruled_out
        and (term := selectors.published_term_or_none(models_by_key[option.key]))
    ][:TOP_COMPARED]
    top_model = models_by_key[ranked[0].key]
    return {
        "version": 1,
        "answers": summary,
        "options": options,
        "top": {
            "name": top_model.name,
            "risks": top_model.risks,
            "next_steps": top_model.next_steps,
        },
        "comparison": glossary_selectors.comparison_table(top_terms).as_dict()
        if len(top_terms) >= 2
        else None,
    }


def _option_data(option: engine.RankedOption, model, best_score: int) -> dict:
    term = selectors.published_term_or_none(model)
    return {
        "key": option.key,
        "name": option.name,
        "rank": option.rank,
        "score": option.score,
        "ruled_out": option.ruled_out,
        # Bar length for the chart: share of the best score, 0 for none or less.
        "bar_percent": round(100 * max(option.score, 0) / best_score)
        if best_score
        else 0,
        "summary": model.summary,
        "term_name": term.name if term else "",
        "term_url": term.get_absolute_url() if term else "",
        "reasons": [
            {
                "text": reason.text,
                "points": reason.points,
                "rules_out": reason.rules_out,
            }
            for reason in option.reasons
        ],
    }
