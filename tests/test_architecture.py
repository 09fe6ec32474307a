"""The import rules of docs/architecture.md, read from the code with `ast`.

Each module's imports are resolved to absolute dotted names (relative imports
included), so `from .models import Term` in glossary/views.py counts as
"glossary.models.Term". Imports under `if TYPE_CHECKING:` never run and are
exempt from the advisor-to-glossary rule (they serve annotations only).
"""

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ("core", "glossary", "advisor", "editorial")
PROJECT = {*APPS, "sourcing_site"}
PURE_MODULES = ("advisor.engine", "glossary.search")


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


def _cross_app_rule(app: str, imp: Import) -> str | None:
    if app == "core":
        return "core imports no app"
    if imp.top == "editorial":
        return "no app imports editorial: it sits on top of them"
    if imp.top == "sourcing_site":
        return "apps do not import the project package"
    if app == "glossary" and imp.top == "advisor":
        return "the glossary never imports the advisor"
    if app == "advisor" and imp.top == "glossary":
        if imp.within("glossary.selectors") or imp.type_checking_only:
            return None
        return "the advisor reads the glossary only through glossary.selectors"
    return None


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
        ("glossary.views", "from editorial.content_io import dumps"),
        ("advisor.admin", "import editorial"),
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
        ("glossary.admin", "from core.admin import EditorialAdmin"),
        ("editorial.content_io", "from advisor.models import Rule"),
        ("editorial.health", "from glossary.models import Term"),
    ],
)
def test_an_allowed_import_passes(module, source):
    assert violations(module, imports_of(source, module)) == []


def test_relative_imports_resolve_against_the_module_package():
    names = [i.name for i in imports_of("from . import engine", "advisor.selectors")]
    assert names == ["advisor.engine"]
    names = [i.name for i in imports_of("from .models import X", "core", True)]
    assert names == ["core.models.X"]
