from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.forms import error_summary

from . import picture
from .forms import (
    DEFAULT_HORIZON,
    DEFAULT_IN_HOUSE,
    DEFAULT_SIZE,
    SIZE_BANDS,
    CostForm,
)
from .options import OPTION_LABELS


# The figures typed are the manager's own: never kept by a shared cache.
@require_safe
@cache_control(private=True)
def cost_picture(request):
    form = CostForm(request.GET)
    context = {"form": form, "nav": "cost"}
    if form.is_valid():
        inputs = inputs_from(form.cleaned_data)
        content = picture.content()
        context.update(
            inputs=inputs,
            picture=picture.build(inputs, content),
            sources=content.sources,
            overview_url=content.term_urls.get("total-cost-of-ownership")
            or reverse("glossary:term-list"),
            result_token=form.cleaned_data["result"],
        )
    else:
        context["problems"] = error_summary(form)
    return render(request, "costs/cost_picture.html", context)


def inputs_from(data: dict) -> picture.Inputs:
    defaults = []
    size, in_house, horizon = data["size"], data["in_house"], data["horizon"]
    if size is None and data["size_band"]:
        size, band = SIZE_BANDS[data["size_band"]]
        defaults.append(
            f"Size: {size} FTEs, a figure inside your advisor answer ({band}): "
            "type your own above"
        )
    elif size is None:
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
