"""The import rules of docs/architecture.md, read from the code with `ast`.

Each module's imports are resolved to absolute dotted names (relative imports
included), so `from .models import Term` in glossary/views.py counts as
"glossary.models.Term". Imports under `if TYPE_CHECKING:` never run and are
exempt from the advisor-to-glossary rule (they serve annotations only).
"""

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ("core", "citations", "glossary", "advisor", "locations", "costs", "editorial")
PROJECT = {*APPS, "sourcing_site"}
PURE_MODULES = (
    "advisor.engine",
    "glossary.search",
    "locations.overlap",
    "locations.ranking",
    "costs.formulas",
)


@dataclass(frozen=True)
class Import:
    name: str  # absolute dotted name, e.g. "glossary.models.Term"
    line: int
    type_checking_only: bool

    @property
    def top(self) -> str:
        return self.name.split(".")[0]

    def within(self, package: str) -> bool:
        return self.name == package or self.name.startswith(package + ".")


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(source: str, module: str, is_package: bool = False) -> list[Import]:
    """Every import in `source`, as absolute names, for the module `module`."""
    tree = ast.parse(source)
    type_checking = {
        id(node)
        for branch in ast.walk(tree)
        if isinstance(branch, ast.If) and _is_type_checking(branch.test)
        for statement in branch.body
        for node in ast.walk(statement)
    }
    package = module.split(".") if is_package else module.split(".")[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base_parts = package[: len(package) - node.level + 1] if node.level else []
            base = ".".join([*base_parts, *([node.module] if node.module else [])])
            names = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found += [Import(n, node.lineno, id(node) in type_checking) for n in names]
    return found


def violations(module: str, imports: list[Import]) -> list[str]:
    """What `module` must not import, as "module:line imports name (rule)"."""
    app = module.split(".")[0]
    broken = []
    for imp in imports:
        rule = None
        pure = next((p for p in PURE_MODULES if _is_within(module, p)), None)
        if pure and imp.top not in sys.stdlib_module_names and not imp.within(pure):
            rule = "pure modules import only the standard library (and each other)"
        elif imp.top in PROJECT and imp.top != app:
            rule = _cross_app_rule(app, imp)
        if rule:
            broken.append(f"{module}:{imp.line} imports {imp.name} ({rule})")
    return broken


def _is_within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


CONTENT_APPS = ("citations", "glossary", "advisor", "locations", "costs")
# The apps that join the advisor's result: they read its pure engine (the
# vocabulary, the distance bands), and it links to them only through `links`.
JOINED_APPS = ("locations", "costs")


def _cross_app_rule(app: str, imp: Import) -> str | None:
    if app == "core":
        return "core imports no app"
    if app == "editorial" and imp.top in CONTENT_APPS:
        return "editorial knows the content apps only through its registry"
    if imp.top == "sourcing_site":
        return "apps do not import the project package"
    if app == "glossary" and imp.top in ("advisor", *JOINED_APPS):
        return "the glossary never imports the advisor, locations or costs"
    if app in JOINED_APPS and imp.top == "advisor" and not imp.within("advisor.engine"):
        return f"{app} reads the advisor only through its pure engine"
    if (
        app in JOINED_APPS
        and imp.top in JOINED_APPS
        and not imp.within(f"{imp.top}.links")
    ):
        return f"{app} reaches {imp.top} only through {imp.top}.links"
    if app in JOINED_APPS and imp.top == "glossary":
        if imp.within("glossary.selectors") or imp.type_checking_only:
            return None
        return f"{app} reads the glossary only through glossary.selectors"
    if app == "advisor" and imp.top in JOINED_APPS:
        if imp.within(f"{imp.top}.links"):
            return None
        return f"the advisor links to {imp.top} only through {imp.top}.links"
    if app == "advisor" and imp.top == "glossary":
        if imp.within("glossary.selectors") or imp.type_checking_only:
            return None
        return "the advisor reads the glossary only through glossary.selectors"
    return None


# "glossary.Term", "advisor:start", "glossary_term": an app's model, URL or table.
NAMES_AN_APP = re.compile(rf"\b(?:{'|'.join(CONTENT_APPS)})[.:_]\w")


def strings_naming_an_app(source: str) -> list[str]:
    """String constants (docstrings aside) that name a content app's model,
    URL or table: core and editorial must not know the apps by name either."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        f"line {node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and NAMES_AN_APP.search(node.value)
    ]


def project_modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            is_package = parts[-1] == "__init__"
            module = ".".join(parts[:-1] if is_package else parts)
            yield module, path, is_package


def test_every_app_keeps_to_the_import_rules():
    broken = [
        problem
        for module, path, is_package in project_modules()
        for problem in violations(
            module, imports_of(path.read_text(), module, is_package)
        )
    ]
    assert not broken, "Imports that break docs/architecture.md:\n" + "\n".join(broken)


def test_core_and_editorial_name_no_content_app_in_strings():
    named = [
        f"{module} {problem}"
        for module, path, _ in project_modules()
        if module.split(".")[0] in ("core", "editorial")
        and ".migrations." not in module
        for problem in strings_naming_an_app(path.read_text())
    ]
    assert not named, "Strings naming a content app:\n" + "\n".join(named)


def test_a_string_naming_an_app_is_caught():
    assert strings_naming_an_app('PERM = "glossary.view_term"')
    assert strings_naming_an_app('reverse("advisor:start")')
    assert not strings_naming_an_app('"""About the glossary.Term model."""\nX = 1')


def test_the_rules_cover_every_app_and_both_pure_modules():
    modules = {module for module, _, _ in project_modules()}
    assert set(PURE_MODULES) <= modules
    assert {module.split(".")[0] for module in modules} == set(APPS)


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("advisor.engine", "from django.db import models"),
        ("advisor.engine", "from .models import Rule"),
        ("glossary.search", "import django.utils.text"),
        ("core.markdown", "from glossary.models import Term"),
        ("core.starter", "import advisor.engine"),
        ("glossary.views", "from advisor import results"),
        ("glossary.admin", "def f():\n    from advisor.models import Rule"),
        ("advisor.views", "from glossary.models import Term"),
        ("advisor.views", "from glossary import models"),
        ("advisor.starter", "from glossary.starter import load"),
        ("advisor.views", "from sourcing_site import settings"),
        ("editorial.content_io", "from advisor.models import Rule"),
        ("editorial.health", "from glossary.models import Term"),
        ("core.page_cache", "from editorial import registry"),
        ("locations.views", "from advisor.models import Rule"),
        ("costs.views", "from glossary.models import Term"),
        ("advisor.results", "from locations.models import Location"),
        ("glossary.views", "from costs import links"),
    ],
)
def test_a_forbidden_import_is_caught(module, source):
    assert violations(module, imports_of(source, module)) != []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("advisor.engine", "from dataclasses import dataclass"),
        ("advisor.results", "from glossary import selectors as glossary_selectors"),
        ("advisor.starter", "from glossary.selectors import term_or_none"),
        ("advisor.views", "from core.markdown import render_markdown"),
        (
            "advisor.selectors",
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from glossary.models import Term",
        ),
        ("glossary.starter", "from core.starter import first_time"),
        ("glossary.views", "from .models import Term"),
        ("glossary.admin", "from editorial.admin import EditorialAdmin"),
        ("advisor.apps", "from editorial import registry"),
        ("editorial.apps", "from core.page_cache import bump_content_version"),
        ("locations.models", "from advisor.engine.geography import Band"),
        ("costs.views", "from citations.models import Work"),
        ("advisor.result_page", "from locations.links import shortlist_url"),
        ("costs.views", "from glossary.selectors import term_or_none"),
    ],
)
def test_an_allowed_import_passes(module, source):
    assert violations(module, imports_of(source, module)) == []


def test_relative_imports_resolve_against_the_module_package():
    names = [i.name for i in imports_of("from . import engine", "advisor.selectors")]
    assert names == ["advisor.engine"]
    names = [i.name for i in imports_of("from .models import X", "core", True)]
    assert names == ["core.models.X"]
