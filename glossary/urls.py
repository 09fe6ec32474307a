from django.urls import path, re_path
from django.views.decorators.http import require_safe

from core.ratelimit import rate_limited

from . import views


def searching(request, **kwargs):
    return bool(request.GET.get("q"))


app_name = "glossary"

urlpatterns = [
    path(
        "glossary/",
        rate_limited("search", when=searching)(require_safe(views.term_list)),
        name="term-list",
    ),
    path("glossary/<slug:slug>/", require_safe(views.term_detail), name="term-detail"),
    path("compare/", require_safe(views.compare_index), name="compare-index"),
    # "<a>-vs-<b>" or "<a>-vs-<b>-vs-<c>"; the view checks the parts.
    re_path(
        r"^compare/(?P<slugs>[a-z0-9]+(?:-[a-z0-9]+)*)/$",
        require_safe(views.compare_detail),
        name="compare",
    ),
]
