from django.urls import path, re_path

from . import views

app_name = "glossary"

urlpatterns = [
    path("glossary/", views.term_list, name="term-list"),
    # Not a slug (it has a dot), so no term's address can ever shadow it.
    path("glossary/suggest.json", views.term_suggestions, name="suggest"),
    path("glossary/<slug:slug>/", views.term_detail, name="term-detail"),
    # The glossary as open data; outside /glossary/ so no term slug can shadow it.
    path("data/glossary/", views.TermTableView.as_view(), name="term-table"),
    path("compare/", views.compare_index, name="compare-index"),
    # "<a>-vs-<b>" or "<a>-vs-<b>-vs-<c>"; the view checks the parts.
    re_path(
        r"^compare/(?P<slugs>[a-z0-9]+(?:-[a-z0-9]+)*)/$",
        views.compare_detail,
        name="compare",
    ),
]
