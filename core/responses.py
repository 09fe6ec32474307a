"""Clear pages for requests refused before (or instead of) any view's work."""

from django.shortcuts import render

REFUSALS = {
    400: ("Request not understood", "We could not understand that request."),
    405: (
        "Method not allowed",
        "This address can be read (GET) and, for forms, posted to; nothing else.",
    ),
    411: (
        "Length required",
        "A form must say how large it is before it is sent.",
    ),
    413: (
        "Too large",
        "What was sent is larger than any form on this site accepts.",
    ),
    429: (
        "Too many requests",
        "You have done this very often in a short time. Please wait a little "
        "and try again.",
    ),
}


def refused(request, status: int, retry_after: int | None = None):
    """A clear page for a request refused before any view ran."""
    title, message = REFUSALS[status]
    response = render(
        request,
        "refused.html",
        {"title": title, "message": message, "status": status},
        status=status,
    )
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response
