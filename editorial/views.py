from functools import wraps

from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from core.markdown import render_markdown

from . import health, registry

PREVIEW_MAX_CHARS = 50_000


def editors_only(view):
    """For anyone who may view content editors edit (by the registry)."""

    @wraps(view)
    def check(request, *args, **kwargs):
        if not registry.may_view_content(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return check


@require_POST
@staff_member_required
@editors_only
def markdown_preview(request):
    """The HTML visitors would see for a Markdown field, rendered as the site
    renders it (sanitised, [[links]] resolved), for admin's preview button."""
    text = request.POST.get("text", "")[:PREVIEW_MAX_CHARS]
    resolve, unknown = registry.link_resolver()
    html = render_markdown(text, resolve(text))
    unlinked = unknown(text)
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    if unlinked:
        response["X-Unlinked-Slugs"] = ",".join(unlinked)
    return response


def content_health(request):
    """Admin's "Content health" page (wrapped by admin_view in the URLconf)."""
    checks = health.content_health()
    context = {
        **admin.site.each_context(request),
        "title": "Content health",
        "checks": checks,
        "problem_count": sum(len(check.problems) for check in checks),
    }
    return render(request, "admin/editorial/content_health.html", context)
