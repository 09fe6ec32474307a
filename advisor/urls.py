from django.urls import path
from django.views.decorators.http import require_safe

from core.ratelimit import rate_limited

from . import forms, views
from .availability import requires_models

app_name = "advisor"


def finishing(request, step=None, **kwargs):
    """A POST of the last step: what saves an assessment."""
    return request.method == "POST" and step == forms.STEP_FORMS[-1][0]


wizard = rate_limited("finish", when=finishing)(
    views.AdvisorWizard.as_view(url_name="advisor:step")
)

# Saved results are snapshots: they open even while the advisor is off.
urlpatterns = [
    path("", require_safe(requires_models(views.start)), name="start"),
    path("begin/", requires_models(views.begin), name="begin"),
    path("step/<slug:step>/", requires_models(wizard), name="step"),
    path("result/<slug:token>/", require_safe(views.result), name="result"),
    path(
        "result/<slug:token>/change/",
        requires_models(views.change_answers),
        name="change-answers",
    ),
]
