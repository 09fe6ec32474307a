from django.contrib import admin
from django.urls import path

from . import views

app_name = "editorial"

urlpatterns = [
    path("preview/", views.markdown_preview, name="markdown-preview"),
    path(
        "health/",
        admin.site.admin_view(views.editors_only(views.content_health)),
        name="content-health",
    ),
]
