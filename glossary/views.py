from functools import partial
from operator import getitem

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django_tables2.export.views import ExportMixin
from django_tables2.views import SingleTableView

from core.forms import error_summary
from core.markdown import render_markdown

from . import search, selectors
from .forms import AddTermForm, ComparePickerForm, SwapTermForm
from .models import COMPARE_SEPARATOR
from .redirects import current_slugs
from .tables import (
    DEFAULT_PER_PAGE,
    LICENCE_NAME,
    LICENCE_URL,
    TermExport,
    TermTable,
    parameter_problems,
    per_page_problem,
)


def home(request):
    grid_rows, grid_extras = selectors.sourcing_grid()
    context = {
        # Read only when the page's fragment is not kept (see the template).
        "comparisons": SimpleLazyObject(selectors.featured_comparisons),
        "grid_columns": selectors.GRID_COLUMNS,
        "grid_rows": grid_rows,
        "grid_extras": grid_extras,
    }
    return render(request, "home.html", context)


SEARCH_RESULTS_PER_PAGE = 10


def term_list(request):
    query = search.clean_query(request.GET.get("q", ""))
    all_categories = selectors.categories()
    category_slug = request.GET.get("category", "")[:80]
    category = next((c for c in all_categories if c.slug == category_slug), None)
    unknown_category = bool(category_slug) and category is None
    found = results = None
    if query:
        candidates = selectors.search_candidates(query, category, all_categories)
        found = selectors.search_terms(query, candidates)
        if found.exact is not None:
            return redirect(found.exact)
        # The best first, a page at a time: a common word in a large glossary
        # matches hundreds of terms. A bad ?page= shows the nearest page.
        paginator = Paginator(found.terms, SEARCH_RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page", "")[:10])
        terms = list(results)
        page = None
    else:
        page = selectors.term_page(
            request.GET.get("from", "")[:120], category, all_categories
        )
        terms = page.terms
    groups = [] if query else selectors.group_by_letter(terms)
    context = {
        "query": query,
        "found": found,
        "results": results,
        "more_not_ranked": found is not None and selectors.search_was_cut(candidates),
        "terms": terms,
        "groups": groups,
        "categories": all_categories,
        "category": category,
        "unknown_category": category_slug if unknown_category else "",
        "letters": selectors.alphabet_with(groups),
        "page": page,
        # Search results and category lists are not for search engines
        # (noindex): the glossary's own list describes it.
        # Built only when the page's fragment is not kept (a callable: the
        # template calls it).
        "structured_data": None
        if query or category
        else partial(_defined_term_set, request, terms),
    }
    return render(request, "glossary/term_list.html", context)


def term_suggestions(request):
    """Suggestions as the visitor types (static/js/suggest.js): names and
    addresses only, so the list stays small however long the definitions."""
    query = search.clean_query(request.GET.get("q", ""))
    terms = selectors.suggest_terms(query)
    suggestions = [
        {
            "name": term.name,
            "url": term.get_absolute_url(),
            "category": term.category.name,
        }
        for term in terms
    ]
    return JsonResponse({"query": query, "suggestions": suggestions})


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
    # The page's body is read only when its fragment is not kept (see the
    # template): lazily, each part at most once.
    related = SimpleLazyObject(partial(selectors.related_terms, term))
    context = {
        "term": term,
        "texts": SimpleLazyObject(partial(_term_texts, term)),
        "sources": SimpleLazyObject(partial(selectors.term_sources, term)),
        "related": related,
        "compare_with": SimpleLazyObject(
            partial(selectors.compare_links_for, term, related)
        ),
        "structured_data": _defined_term(request, term),
        "draft_preview": preview,
    }
    response = render(request, "glossary/term_detail.html", context)
    if preview:
        # An editor's view of a draft: never stored by a cache, never indexed.
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _term_texts(term):
    # [[slug]] links in any of the page's Markdown: one query for all of them.
    links = selectors.term_links(
        term.explanation, term.example, term.fits_when, term.not_fits_when
    )
    return {
        "explanation": render_markdown(term.explanation, links),
        "example": render_markdown(term.example, links),
        "fits_when": render_markdown(term.fits_when, links),
        "not_fits_when": render_markdown(term.not_fits_when, links),
    }


class TermTableView(ExportMixin, SingleTableView):
    """Every published term as a sortable, paginated table, and as CSV or JSON."""

    table_class = TermTable
    template_name = "glossary/term_table.html"
    # django-tables2's own pagination (ListView's paginate_by would answer a
    # bad ?page= with a bare 404 before the table could explain it).
    table_pagination = {"per_page": DEFAULT_PER_PAGE}
    export_formats = ("csv", "json")
    export_class = TermExport
    export_name = "sourcing-guide-glossary"

    def get(self, request, *args, **kwargs):
        # A page size the table cannot honour is dropped before django-tables2
        # reads it (it would end in a 500); the page says what was wrong.
        self.per_page_problem = per_page_problem(request.GET)
        if self.per_page_problem:
            request.GET = request.GET.copy()
            del request.GET["per_page"]
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return selectors.term_table_rows()

    def get_table_kwargs(self):
        return {"site_url": self.request.build_absolute_uri("/").rstrip("/")}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        problems = parameter_problems(
            context["table"], self.request.GET, self.export_formats
        )
        context["problems"] = [p for p in [self.per_page_problem, *problems] if p]
        context["licence"] = {"name": LICENCE_NAME, "url": LICENCE_URL}
        return context

    def render_to_response(self, context, **kwargs):
        if context["problems"]:
            # The table as it can be shown, with what was wrong: never a download.
            return SingleTableView.render_to_response(self, context, status=400)
        response = super().render_to_response(context, **kwargs)
        response["Link"] = f'<{LICENCE_URL}>; rel="license"'
        return response


def compare_index(request):
    # Bound only once something was picked: a bare /compare/?utm_source=...
    # link must not greet the visitor with "This field is required".
    picked = any(name in request.GET for name in ComparePickerForm.base_fields)
    choices = selectors.picker_terms()
    form = ComparePickerForm(request.GET if picked else None, choices=choices)
    if form.is_bound and form.is_valid():
        return _redirect_to_comparison(form.chosen_slugs())
    # Read only when the page's fragment is not kept (see the template).
    comparisons = SimpleLazyObject(selectors.curated_comparisons)
    context = {"form": form, "comparisons": comparisons}
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
    curated = None
    if len(requested) == 2:
        curated = selectors.curated_comparison_of(*(found[s] for s in requested))
    # A pair moves to its one address; three terms stay in the visitor's
    # order, and the page names the sorted address as canonical.
    served = selectors.served_slugs(requested, curated)
    if served != requested:
        path_part = selectors.compare_path_part(served)
        return redirect("glossary:compare", path_part, permanent=True)
    terms = [found[slug] for slug in served]
    # A submitted form is checked at once; what the page shows below its
    # heading is read only when its fragment is not kept (see the template).
    forms = SimpleLazyObject(partial(_change_forms, request, terms))
    problems = []
    if "add" in request.GET or "replace" in request.GET:
        submitted = [form for form in _all_forms(forms) if form.is_bound]
        for form in submitted:
            if form.is_valid():
                return _redirect_to_comparison(form.new_slugs())
        # The site's one error summary, for whichever form came back refused.
        problems = [problem for form in submitted for problem in error_summary(form)]
    parts = SimpleLazyObject(partial(_comparison_parts, terms, curated, forms))
    canonical = selectors.canonical_slugs(served, curated)
    context = {
        "terms": terms,
        "path_part": selectors.compare_path_part(served),
        "canonical_path": reverse(
            "glossary:compare", args=[selectors.compare_path_part(canonical)]
        ),
        "curated": curated,
        "problems": problems,
        **{key: SimpleLazyObject(partial(getitem, parts, key)) for key in PARTS},
    }
    return render(request, "glossary/compare_detail.html", context)


PARTS = (
    "table",
    "introduction",
    "key_differences",
    "verdict",
    "summary",
    "explained",
    "add_form",
    "changes",
)


def _comparison_parts(terms, curated, forms):
    """What a comparison page shows below its heading (PARTS)."""
    add_form, swap_forms = forms
    table = selectors.comparison_table(terms)
    summary = selectors.three_way_summary(terms, table) if swap_forms else None
    explained = summary.explained if summary else []
    verdict_links = selectors.term_links(*(c.verdict for c in explained))
    return {
        "table": table,
        **_curated_texts(curated),
        "summary": summary,
        "explained": [
            (c, render_markdown(c.verdict, verdict_links)) for c in explained
        ],
        "add_form": add_form,
        # Each term of a three-way comparison: swap it (a form), or remove it (a link).
        "changes": list(zip(swap_forms, summary.removals, strict=True))
        if summary
        else [],
    }


def _all_forms(forms):
    add_form, swap_forms = forms
    return [form for form in [add_form, *swap_forms] if form is not None]


def _change_forms(request, terms):
    """ "Add a third term" (two terms) or "remove or swap" (three); the form the
    visitor submitted, if any, is bound to the query string."""
    # Listed in the forms while the glossary is small; text boxes beyond that.
    published = selectors.picker_terms()
    if len(terms) < selectors.MAX_COMPARED_TERMS:
        data = request.GET if "add" in request.GET else None
        return AddTermForm(terms, published, data), []
    replaced = request.GET.get("replace")
    if "replace" in request.GET and replaced not in {t.slug for t in terms}:
        replaced = terms[0].slug  # its hidden field then reports the bad value
    swap_forms = [
        SwapTermForm(
            terms, published, term, request.GET if term.slug == replaced else None
        )
        for term in terms
    ]
    return None, swap_forms


def _redirect_to_comparison(slugs, permanent=False):
    """To the comparison of these terms: a pair at its canonical address,
    three terms in the order the visitor chose them."""
    curated = selectors.curated_comparison(*slugs) if len(slugs) == 2 else None
    path_part = selectors.compare_path_part(selectors.served_slugs(slugs, curated))
    return redirect("glossary:compare", path_part, permanent=permanent)


def _curated_texts(curated):
    if curated is None:
        return {"introduction": "", "key_differences": "", "verdict": ""}
    texts = (curated.introduction, curated.key_differences, curated.verdict)
    links = selectors.term_links(*texts)
    return {
        "introduction": render_markdown(curated.introduction, links),
        "key_differences": render_markdown(curated.key_differences, links),
        "verdict": render_markdown(curated.verdict, links),
    }


def _renamed_comparison(requested, found):
    """A comparison address with a term's old slug moves to the new one."""
    renamed = current_slugs([slug for slug in requested if slug not in found])
    if len(found) + len(renamed) != len(requested):
        raise Http404("One of these terms is not in the glossary.")
    slugs = [renamed.get(slug, slug) for slug in requested]
    return _redirect_to_comparison(slugs, permanent=True)


def _defined_term(request, term, in_set=True, origin=None):
    # The origin once for a list: build_absolute_uri parses and joins each time.
    origin = origin or _origin(request)
    data = {
        "@type": "DefinedTerm",
        "name": term.name,
        "description": term.definition,
        "url": origin + term.get_absolute_url(),
        "termCode": term.slug,
    }
    aliases = term.alias_list
    if aliases:
        data["alternateName"] = aliases
    if in_set:
        data["@context"] = "https://schema.org"
        data["inDefinedTermSet"] = origin + reverse("glossary:term-list")
    return data


def _origin(request):
    return f"{request.scheme}://{request.get_host()}"


def _defined_term_set(request, terms):
    origin = _origin(request)
    return {
        "@context": "https://schema.org",
        "@type": "DefinedTermSet",
        "name": f"{settings.SITE_NAME} glossary",
        "url": origin + reverse("glossary:term-list"),
        "license": LICENCE_URL,
        "hasDefinedTerm": [
            _defined_term(request, term, in_set=False, origin=origin) for term in terms
        ],
    }
