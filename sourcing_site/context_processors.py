def navigation(request):
    """Which main navigation entry the current page belongs to."""
    sections = {
        "/glossary/": "glossary",
        "/compare/": "compare",
        "/advisor/": "advisor",
    }
    path = getattr(request, "path", "")
    return {
        "nav": next(
            (nav for prefix, nav in sections.items() if path.startswith(prefix)), ""
        )
    }
