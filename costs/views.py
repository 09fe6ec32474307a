from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.forms import error_summary

from . import picture, selectors
from .forms import DEFAULT_HORIZON, DEFAULT_IN_HOUSE, DEFAULT_SIZE, CostForm
from .formulas import CostType
from .models import COST_TYPE_LABELS
from .options import OPTION_LABELS


# The figures typed are the manager's own: never kept by a shared cache.
@require_safe
@cache_control(private=True)
def cost_picture(request):
    form = CostForm(request.GET)
    context = {"form": form, "nav": "cost"}
    if form.is_valid():
        inputs = inputs_from(form.cleaned_data)
        factors = selectors.factors_by_option()
        terms = selectors.glossary_terms()
        built = picture.build(inputs, factors)
        for driver in built["drivers"]:
            driver["term"] = terms.get(selectors.TERM_OF[driver["cost_type"]])
        context.update(
            inputs=inputs,
            picture=built,
            sources=sources(factors, terms),
            overview_term=terms.get("total-cost-of-ownership"),
            result_token=form.cleaned_data["result"],
        )
    else:
        context["problems"] = error_summary(form)
    return render(request, "costs/cost_picture.html", context)


def sources(factors, terms) -> list[dict]:
    """Every factor used, once, in the order of the cost types, with the
    glossary term that explains its cost type."""
    used = {
        factor.pk: factor
        for resolved in factors.values()
        for found in resolved.values()
        for factor in found.factors
    }
    order = {cost_type: n for n, cost_type in enumerate(CostType)}
    return [
        {
            "factor": factor,
            "label": COST_TYPE_LABELS[CostType(factor.cost_type)],
            "term": terms.get(selectors.TERM_OF[CostType(factor.cost_type)]),
        }
        for factor in sorted(
            used.values(),
            key=lambda f: (order[CostType(f.cost_type)], f.applies_to, f.band),
        )
    ]


def inputs_from(data: dict) -> picture.Inputs:
    defaults = []
    size, in_house, horizon = data["size"], data["in_house"], data["horizon"]
    if size is None:
        size = DEFAULT_SIZE
        defaults.append(f"Size: {DEFAULT_SIZE} FTEs")
    if in_house is None:
        in_house = DEFAULT_IN_HOUSE
        defaults.append(f"Cost of one FTE in-house: {DEFAULT_IN_HOUSE:,} a year")
    if horizon is None:
        horizon = DEFAULT_HORIZON
        defaults.append(f"Horizon: {DEFAULT_HORIZON} years")
    if data["people_costs"] is None:
        defaults.append("One-off people costs: none")
    quotes = {
        data[f"quote_{n}_option"]: data[f"quote_{n}_rate"]
        for n in (1, 2, 3)
        if data[f"quote_{n}_option"] and data[f"quote_{n}_rate"] is not None
    }
    if not quotes:
        defaults.append("Quotes: none yet (only the break-even gaps are shown)")
    # The advisor's ranking first, then the options quoted, then the rest: the
    # first of these with a quote is the one the drivers and breakdown show.
    ranked = [key for key in data["options"] if key != "in_house"]
    ranked += [key for key in quotes if key not in ranked]
    order = [
        *ranked,
        *(k for k in OPTION_LABELS if k not in ranked and k != "in_house"),
    ]
    return picture.Inputs(
        size=size,
        in_house=in_house,
        horizon=horizon,
        people_costs=data["people_costs"] or 0.0,
        quotes=quotes,
        order=order,
        defaults=defaults,
    )
