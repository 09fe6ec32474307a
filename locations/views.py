"""/where/: the shortlist page and its CSV and JSON exports."""

import csv

from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_safe

from advisor.engine.geography import BAND_DEFINITIONS
from glossary import selectors as glossary_selectors

from . import legal, selectors, shortlist
from .forms import EXPORTS, ShortlistForm

GLOSSARY_TERMS = (
    "nearshoring",
    "offshoring",
    "adequacy-decision",
    "standard-contractual-clauses",
    "transfer-impact-assessment",
    "data-residency",
)


@require_safe
def shortlist_page(request):
    found = selectors.locations()
    homes = found.homes
    default_home = (
        selectors.HOME_DEFAULT
        if selectors.HOME_DEFAULT in homes
        else next(iter(homes), "")
    )
    form = ShortlistForm(request.GET, homes=homes.values(), default_home=default_home)
    export = request.GET.get("export", "")
    problems = []
    if export and export not in EXPORTS:
        problems.append("Choose CSV or JSON to download the shortlist.")
    if not homes:
        problems.append("No home cities are published yet: editors add them in admin.")
    valid = form.is_valid() and not problems
    if valid:
        canonical = _canonical(form, export)
        if request.GET.urlencode() != canonical:
            # One address per shortlist: defaults left out, a fixed order.
            return redirect(
                f"{request.path}?{canonical}" if canonical else request.path
            )
        ranked = shortlist.build(
            _choice(form),
            found.delivery,
            found.transfers.get(form.home_regime, {}),
        )
        if export == "csv":
            return _csv(ranked)
        if export == "json":
            return _json(ranked)
    else:
        ranked = None
    context = {
        "form": form,
        "problems": [*problems, *form.problems] if not valid else [],
        "shortlist": ranked,
        "query": request.GET.urlencode(),
        "data_rule": legal.data_rule_means(
            form.home_regime, form.cleaned_data["residency"]
        )
        if valid
        else "",
        "bands": [(band.label, text) for band, text in BAND_DEFINITIONS.items()],
        "data_rule_table": legal.data_rule_table(),
        # Read only when the page's fragments that link them are not kept.
        "terms": SimpleLazyObject(_terms),
    }
    return render(
        request, "locations/shortlist.html", context, status=200 if valid else 400
    )


def _terms():
    """The glossary terms the page links, by slug with "_" for "-" (so that
    templates can read terms.data_residency)."""
    return {
        slug.replace("-", "_"): term
        for slug, term in glossary_selectors.published_terms_by_slug(
            list(GLOSSARY_TERMS)
        ).items()
    }


def _canonical(form, export):
    query = form.canonical_query()
    if export:
        query = f"{query}&export={export}" if query else f"export={export}"
    return query


def _choice(form) -> shortlist.Choice:
    return shortlist.Choice(
        home=form.home_city,
        home_hours=form.hours("start", "end"),
        their_hours=form.hours("their_start", "their_end"),
        regime=form.home_regime,
        band=form.cleaned_data["band"],
        data=form.cleaned_data["residency"],
        weights=form.weights,
        start=timezone.localdate(),
    )


COLUMNS = (
    "position", "city", "country", "band", "distance_km", "overlap_range",
    "overlap", "their_hours", "working_days", "english_band", "english_edition",
    "income_group", "income_year", "transfer_status", "transfer_reference",
    "transfer_decided", "transfer_next_review", "ruled_out", "fit", "explanation",
)  # fmt: skip


def export_rows(found: shortlist.Shortlist) -> list[dict]:
    return [
        {
            "position": row.ranked.position,
            "city": row.place.name,
            "country": row.place.country,
            "band": row.band.value,
            "distance_km": row.km,
            "overlap_range": row.overlap.range_text,
            "overlap": row.overlap.summary(),
            "their_hours": row.hours_text,
            "working_days": row.place.working_days,
            "english_band": row.place.english_band,
            "english_edition": row.place.english_edition,
            "income_group": row.place.income_group,
            "income_year": row.place.income_year,
            "transfer_status": row.verdict.status,
            "transfer_reference": row.transfer.reference if row.transfer else "",
            "transfer_decided": _date(row.transfer and row.transfer.decided),
            "transfer_next_review": _date(row.transfer and row.transfer.next_review),
            "ruled_out": row.verdict.ruled_out,
            "fit": row.ranked.fit,
            "explanation": row.ranked.explanation,
        }
        for row in found.rows
    ]


def _date(value):
    return value.isoformat() if value else ""


# What makes a spreadsheet read a CSV cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A cell a spreadsheet shows as text: a leading quote before "=..."."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv(found):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="shortlist.csv"'
    writer = csv.writer(response)
    writer.writerow(COLUMNS)
    for row in export_rows(found):
        writer.writerow([spreadsheet_safe(row[column]) for column in COLUMNS])
    return response


def _json(found):
    return JsonResponse(
        {
            "home": found.choice.home.name,
            "regime": found.regime,
            "weights": found.choice.weights,
            "note": "Indicative, check with counsel: transfer statuses are a "
            "summary of the law, not advice.",
            "locations": export_rows(found),
        },
        json_dumps_params={"ensure_ascii": False, "indent": 1},
        headers={"Content-Disposition": 'attachment; filename="shortlist.json"'},
    )
