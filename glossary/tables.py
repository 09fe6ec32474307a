"""The glossary as a table (django-tables2): sortable, paginated, and exported
as CSV and JSON through tablib (django-tables2's ExportMixin)."""

from urllib.parse import urlencode

import django_tables2 as tables
from django_tables2.export import TableExport
from tablib import Dataset

from .models import Term

# The licence the glossary is published under, shown on the site and sent with
# every download (a `Link: <...>; rel="license"` header).
LICENCE_NAME = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


# The table's view when the address says nothing else: by name, 25 a page.
DEFAULT_ORDER = "name"
DEFAULT_PER_PAGE = 25


class TermTable(tables.Table):
    # data-label: on phones each row is a card, and each value says its column.
    name = tables.Column(
        linkify=True, verbose_name="Term", attrs={"td": {"data-label": "Term"}}
    )
    category = tables.Column(
        accessor="category__name",
        order_by=("category__name", "name"),
        verbose_name="Category",
        attrs={"td": {"data-label": "Category"}},
    )
    definition = tables.Column(
        orderable=False, attrs={"td": {"data-label": "Definition"}}
    )
    last_reviewed = tables.DateColumn(
        format="j M Y",
        verbose_name="Last reviewed",
        attrs={"td": {"data-label": "Last reviewed"}},
    )
    source_count = tables.Column(
        verbose_name="Sources",
        attrs={
            "th": {"class": "text-end"},
            "td": {"class": "text-end", "data-label": "Sources"},
        },
    )
    # In the downloads only: the term's permanent address, to cite and link it.
    slug = tables.Column(visible=False, orderable=False)
    url = tables.Column(
        visible=False, accessor="get_absolute_url", orderable=False, verbose_name="URL"
    )

    class Meta:
        model = Term
        fields = ["name", "category", "definition", "last_reviewed", "source_count"]
        sequence = [
            "name",
            "slug",
            "category",
            "definition",
            "last_reviewed",
            "source_count",
            "url",
        ]
        order_by = DEFAULT_ORDER
        template_name = "glossary/_term_table.html"
        attrs = {"class": "table term-table"}
        empty_text = "No published terms yet."

    def __init__(self, *args, site_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.site_url = site_url

    def value_name(self, value):
        return value

    def value_last_reviewed(self, value):
        return value.isoformat() if value else ""

    def value_url(self, value):
        return self.site_url + value

    def sort_choices(self) -> list[str]:
        """The column names `?sort=` accepts (each also with a leading "-")."""
        return [column.name for column in self.columns if column.orderable]

    def query(self, *, sort=None, page=None, export=None) -> str:
        """The query string ("" or "?...") of one view of this table: the one
        shown, changed by `sort` (an order alias) or `page` (a number), or its
        download as `export`. Every link the table writes goes through here,
        so a view has one address: its parameters always in the order
        sort, per_page, page, and left out where they are the default (the
        first page, 25 a page, by name). A download is of every row: it
        names the order only. (`sort` may come more than once: django-tables2
        reads each as one column, not a comma-separated list.)"""
        aliases = [str(a) for a in self.order_by or ()] if sort is None else [sort]
        params: list[tuple[str, str | int]] = (
            [] if aliases == [DEFAULT_ORDER] else [("sort", a) for a in aliases]
        )
        if export is None:
            per_page = self.paginator.per_page
            if per_page != DEFAULT_PER_PAGE:
                params.append(("per_page", per_page))
            number = self.page.number if page is None else int(page)
            if number != 1:
                params.append(("page", number))
        else:
            params.append(("_export", export))
        return f"?{urlencode(params)}" if params else ""


# What makes a spreadsheet read a CSV cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defused(value):
    """A CSV cell a spreadsheet shows as text: a leading single quote, as OWASP
    advises, before editor text such as "=HYPERLINK(...)"."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class TermExport(TableExport):
    """django-tables2's export, with CSV cells that cannot start a formula. JSON
    is read by programs, not spreadsheets: it keeps the text exactly."""

    def table_to_dataset(self, table, exclude_columns, dataset_kwargs=None):
        dataset = super().table_to_dataset(table, exclude_columns, dataset_kwargs)
        if self.format != self.CSV:
            return dataset
        safe = Dataset(headers=dataset.headers, title=dataset.title)
        for row in dataset:
            safe.append([defused(value) for value in row])
        return safe


# ?per_page= the table honours: enough for any screen, few enough that one page
# stays a page (the downloads are there for every row).
MAX_PER_PAGE = 100


def whole_number(text: str | None) -> int | None:
    """text as a whole number, or None ("-1", "2.5", "²", "", and numbers of
    more digits than Python reads are not)."""
    if text is None or not text.isdecimal():
        return None
    try:
        return int(text)
    except ValueError:
        return None


def per_page_problem(params) -> str:
    """What is wrong with ?per_page=; "" when it is absent or one the table can
    honour. (django-tables2 hands it unchecked to Django's Paginator, where 0
    divides by zero and a negative size raises EmptyPage: a 500.)"""
    per_page = params.get("per_page")
    size = whole_number(per_page)
    if per_page is None or (size is not None and 1 <= size <= MAX_PER_PAGE):
        return ""
    return (
        f"A page shows 1 to {MAX_PER_PAGE} terms, not “{per_page[:20]}”. "
        "Showing the usual number."
    )


def parameter_problems(table: TermTable, params, export_formats) -> list[str]:
    """What is wrong with a request's ?sort=, ?page= or ?_export=, in words a
    visitor understands; empty when nothing is. (django-tables2 quietly ignores
    a bad sort and shows the first or last page instead of a bad one: the
    visitor should know that what they asked for is not what they see.)"""
    problems = []
    allowed = table.sort_choices()
    for alias in ",".join(params.getlist("sort")).split(","):
        if alias and alias.removeprefix("-") not in allowed:
            names = ", ".join(table.columns[name].header for name in allowed)
            problems.append(
                f"The table cannot be sorted by “{alias[:40]}”. Sort by {names}."
            )
            break
    page = params.get("page")
    pages = table.paginator.num_pages
    number = whole_number(page)
    if page is not None and not (number is not None and 1 <= number <= pages):
        problems.append(
            f"There is no page “{page[:20]}”: pages run from 1 to {pages}. "
            f"Showing page {table.page.number}."
        )
    export = params.get("_export")
    if export is not None and export not in export_formats:
        formats = " or ".join(f.upper() for f in export_formats)
        problems.append(f"Downloads come as {formats}, not “{export[:20]}”.")
    return problems
