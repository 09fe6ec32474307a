"""The advisor needs at least one sourcing model to rank.

Editors can delete every model (or all but a few) in admin; the wizard then
says it is being updated instead of failing. Saved results are snapshots and
keep working whatever editors do.
"""

from functools import wraps

from django.shortcuts import render

from .models import SourcingModel

# A guess at how long editors take to put models back: clients and crawlers
# may come back then (RFC 9110, 10.2.3).
RETRY_AFTER_SECONDS = 600


def advisor_is_ready() -> bool:
    return SourcingModel.objects.exists()


def unavailable(request):
    # 503, not 200: the page is temporary, search engines must not index it in
    # place of the advisor, and monitoring sees the advisor is off.
    response = render(request, "advisor/unavailable.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def requires_models(view):
    """Answer with the "being updated" page while no sourcing model exists."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not advisor_is_ready():
            return unavailable(request)
        return view(request, *args, **kwargs)

    return wrapper
