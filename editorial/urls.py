from django.contrib import admin
from django.contrib.auth.decorators import permission_required
from django.urls import path

from . import views

app_name = "editorial"

urlpatterns = [
    path("preview/", views.markdown_preview, name="markdown-preview"),
    path(
        "health/",
        admin.site.admin_view(
            permission_required("glossary.view_term", raise_exception=True)(
                views.content_health
            )
        ),
        name="content-health",
    ),
]
