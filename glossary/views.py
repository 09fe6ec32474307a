from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control

from core.markdown import render_markdown

from . import search, selectors
from .forms import ComparePickerForm
from .models import COMPARE_SEPARATOR
from .redirects import current_slugs


def home(request):
    return render(
        request, "home.html", {"comparisons": selectors.featured_comparisons()}
    )


def term_list(request):
    query = search.clean_query(request.GET.get("q", ""))
    all_categories = selectors.categories()
    category_slug = request.GET.get("category", "")[:80]
    category = next((c for c in all_categories if c.slug == category_slug), None)
    unknown_category = bool(category_slug) and category is None
    if query:
        candidates = selectors.search_candidates(query, category)
        terms, exact = selectors.search_terms(query, candidates)
        if exact is not None:
            return redirect(exact)
        page = None
    else:
        page = selectors.term_page(request.GET.get("from", "")[:120], category)
        terms = page.terms
    groups = [] if query else selectors.group_by_letter(terms)
    context = {
        "query": query,
        "terms": terms,
        "groups": groups,
        "categories": all_categories,
        "category": category,
        "unknown_category": category_slug if unknown_category else "",
        "letters": selectors.alphabet_with(groups),
        "page": page,
        "structured_data": _defined_term_set(request, terms),
    }
    return render(request, "glossary/term_list.html", context)


def term_detail(request, slug):
    term = selectors.published_term(slug)
    preview = term is None and request.user.has_perm("glossary.view_term")
    if preview:
        term = selectors.term_for_preview(slug)
    if term is None:
        renamed = current_slugs([slug])
        if renamed:
            return redirect("glossary:term-detail", renamed[slug], permanent=True)
        raise Http404("No published term with this address.")
    curated_orders = selectors.curated_orders_for(term)
    related = [
        (other, selectors.pair_url_part(term.slug, other.slug, curated_orders))
        for other in selectors.by_name(term.related_terms.all())
    ]
    links = selectors.term_links(term.explanation)
    context = {
        "term": term,
        "explanation": render_markdown(term.explanation, links),
        "related": related,
        "structured_data": _defined_term(request, term),
        "draft_preview": preview,
    }
    response = render(request, "glossary/term_detail.html", context)
    if preview:
        # An editor's view of a draft: never stored by a cache, never indexed.
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def compare_index(request):
    # Bound only once something was picked: a bare /compare/?utm_source=...
    # link must not greet the visitor with "This field is required".
    picked = any(name in request.GET for name in ComparePickerForm.base_fields)
    choices = selectors.picker_terms()
    form = ComparePickerForm(request.GET if picked else None, choices=choices)
    if form.is_bound and form.is_valid():
        slugs = form.chosen_slugs()
        curated = selectors.curated_comparison(*slugs) if len(slugs) == 2 else None
        canonical = selectors.canonical_slugs(slugs, curated)
        return redirect("glossary:compare", selectors.compare_path_part(canonical))
    context = {"form": form, "comparisons": selectors.curated_comparisons()}
    return render(request, "glossary/compare_index.html", context)


def compare_detail(request, slugs):
    requested = slugs.split(COMPARE_SEPARATOR)
    if not 2 <= len(requested) <= selectors.MAX_COMPARED_TERMS:
        raise Http404("A comparison shows two or three terms.")
    if len(set(requested)) != len(requested):
        raise Http404("A term cannot be compared with itself.")
    found = selectors.published_terms_by_slug(requested)
    if len(found) != len(requested):
        return _renamed_comparison(requested, found)
    curated = selectors.curated_comparison(*requested) if len(requested) == 2 else None
    canonical = selectors.canonical_slugs(requested, curated)
    if canonical != requested:
        path_part = selectors.compare_path_part(canonical)
        return redirect("glossary:compare", path_part, permanent=True)
    terms = [found[slug] for slug in canonical]
    context = {
        "terms": terms,
        "table": selectors.comparison_table(terms),
        "curated": curated,
        **_curated_texts(curated),
        "can_add_term": len(terms) < selectors.MAX_COMPARED_TERMS,
        # None on a large glossary: the template then offers a text box.
        "other_terms": _others(selectors.picker_terms(), terms),
    }
    return render(request, "glossary/compare_detail.html", context)


def _others(choices, terms):
    return None if choices is None else [t for t in choices if t not in terms]


def _curated_texts(curated):
    if curated is None:
        return {"introduction": "", "key_differences": ""}
    links = selectors.term_links(curated.introduction, curated.key_differences)
    return {
        "introduction": render_markdown(curated.introduction, links),
        "key_differences": render_markdown(curated.key_differences, links),
    }


def _renamed_comparison(requested, found):
    """A comparison address with a term's old slug moves to the new one."""
    renamed = current_slugs([slug for slug in requested if slug not in found])
    if len(found) + len(renamed) != len(requested):
        raise Http404("One of these terms is not in the glossary.")
    slugs = [renamed.get(slug, slug) for slug in requested]
    curated = selectors.curated_comparison(*slugs) if len(slugs) == 2 else None
    path_part = selectors.compare_path_part(selectors.canonical_slugs(slugs, curated))
    return redirect("glossary:compare", path_part, permanent=True)


def _defined_term(request, term, in_set=True):
    data = {
        "@type": "DefinedTerm",
        "name": term.name,
        "description": term.definition,
        "url": request.build_absolute_uri(term.get_absolute_url()),
        "termCode": term.slug,
    }
    if term.alias_list:
        data["alternateName"] = term.alias_list
    if in_set:
        data["@context"] = "https://schema.org"
        data["inDefinedTermSet"] = request.build_absolute_uri(
            reverse("glossary:term-list")
        )
    return data


def _defined_term_set(request, terms):
    return {
        "@context": "https://schema.org",
        "@type": "DefinedTermSet",
        "name": f"{settings.SITE_NAME} glossary",
        "url": request.build_absolute_uri(reverse("glossary:term-list")),
        "hasDefinedTerm": [
            _defined_term(request, term, in_set=False) for term in terms
        ],
    }
