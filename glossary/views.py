from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from core.markdown import render_markdown

from . import search, selectors
from .forms import ComparePickerForm
from .models import COMPARE_SEPARATOR


def home(request):
    return render(
        request, "home.html", {"comparisons": selectors.featured_comparisons()}
    )


def term_list(request):
    query = search.clean_query(request.GET.get("q", ""))
    terms = selectors.published_terms()
    all_categories = selectors.categories()
    category_slug = request.GET.get("category", "")[:80]
    category = next((c for c in all_categories if c.slug == category_slug), None)
    unknown_category = bool(category_slug) and category is None
    if category:
        terms = [term for term in terms if term.category_id == category.pk]
    if query:
        terms, exact = selectors.search_terms(query, terms)
        if exact is not None:
            return redirect(exact)
    groups = [] if query else selectors.group_by_letter(terms)
    context = {
        "query": query,
        "terms": terms,
        "groups": groups,
        "categories": all_categories,
        "category": category,
        "unknown_category": category_slug if unknown_category else "",
        "letters": selectors.alphabet_with(groups),
        "structured_data": _defined_term_set(request, terms),
    }
    return render(request, "glossary/term_list.html", context)


def term_detail(request, slug):
    term = selectors.published_term(slug)
    if term is None:
        raise Http404("No published term with this address.")
    curated_orders = selectors.curated_orders_for(term)
    related = [
        (other, selectors.pair_url_part(term.slug, other.slug, curated_orders))
        for other in term.related_terms.all()
    ]
    context = {
        "term": term,
        "explanation": render_markdown(term.explanation),
        "related": related,
        "structured_data": _defined_term(request, term),
    }
    return render(request, "glossary/term_detail.html", context)


def compare_index(request):
    # Bound only once something was picked: a bare /compare/?utm_source=...
    # link must not greet the visitor with "This field is required".
    picked = any(name in request.GET for name in ComparePickerForm.base_fields)
    form = ComparePickerForm(request.GET if picked else None)
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
        raise Http404("One of these terms is not in the glossary.")
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
        "introduction": render_markdown(curated.introduction) if curated else "",
        "key_differences": render_markdown(curated.key_differences) if curated else "",
        "can_add_term": len(terms) < selectors.MAX_COMPARED_TERMS,
        "other_terms": [t for t in selectors.published_terms() if t not in terms],
    }
    return render(request, "glossary/compare_detail.html", context)


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
