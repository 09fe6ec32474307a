from django.urls import path

from . import views

app_name = "advisor"

wizard = views.AdvisorWizard.as_view(url_name="advisor:step")

urlpatterns = [
    path("", views.start, name="start"),
    path("begin/", views.begin, name="begin"),
    path("step/<slug:step>/", wizard, name="step"),
    path("result/<slug:token>/", views.result, name="result"),
    path("result/<slug:token>/change/", views.change_answers, name="change-answers"),
]
