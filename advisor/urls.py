from django.urls import path

from . import views
from .availability import requires_models

app_name = "advisor"

wizard = views.AdvisorWizard.as_view(url_name="advisor:step")

# Saved results are snapshots: they open even while the advisor is off.
urlpatterns = [
    path("", requires_models(views.start), name="start"),
    path("begin/", requires_models(views.begin), name="begin"),
    path("step/<slug:step>/", requires_models(wizard), name="step"),
    path("result/<slug:token>/", views.result, name="result"),
    path(
        "result/<slug:token>/change/",
        requires_models(views.change_answers),
        name="change-answers",
    ),
]
