""".env.example lists every variable the site, its servers and its tests read,
and the defaults it states are the ones they use."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from .test_html_validity import VNU_JAR

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = (ROOT / ".env.example").read_text()
# "#NAME=value": the default; "#   NAME=value": an example of another value.
DEFAULTS = dict(re.findall(r"^#([A-Z][A-Z0-9_]+)=(.*)$", EXAMPLE, re.M))
EXAMPLES = set(re.findall(r"^#\s+([A-Z][A-Z0-9_]+)=", EXAMPLE, re.M))
# Code that reads the environment: the apps, settings, gunicorn's settings.
APPS = ("sourcing_site", "core", "citations", "glossary", "advisor", "editorial")
SOURCES = [
    *(path for app in APPS for path in (ROOT / app).rglob("*.py")),
    ROOT / "deploy" / "gunicorn.conf.py",
]
# env_str("X"), os.environ.get("X"), dj_database_url.config(env="X").
READ = re.compile(
    r"""(?:(?:env_(?:str|bool|int|list)|os\.environ\.get)\(\s*|\benv=)"""
    r"""["']([A-Z][A-Z0-9_]+)["']"""
)
# Read by the test suite's set-up rather than by the site.
TEST_VARIABLES = {"CHROMIUM_PATH", "VNU_JAR"}
NOT_CONFIGURATION = {"DJANGO_SETTINGS_MODULE"}


def variables_read():
    found = set()
    for path in SOURCES:
        found |= set(READ.findall(path.read_text()))
    return found - NOT_CONFIGURATION


def test_every_variable_read_is_documented_and_none_other():
    documented = set(DEFAULTS) | EXAMPLES
    read = variables_read() | TEST_VARIABLES

    assert read - documented == set(), "read but not in .env.example"
    assert documented - read == set(), "in .env.example but read by nothing"


def test_no_variable_is_set_in_the_example():
    """Loaded as it is (`set -a; . ./.env`), the file changes nothing: an
    empty DATABASE_URL=, for one, would be an error rather than the default."""
    assert re.findall(r"^[A-Z][A-Z0-9_]*=", EXAMPLE, re.M) == []


SETTINGS = """
import json, runpy
import sourcing_site.settings as s
gunicorn = runpy.run_path("deploy/gunicorn.conf.py")
print(json.dumps({
    **{name: repr(getattr(s, name)) for name in dir(s) if name.isupper()},
    **{f"gunicorn.{k}": repr(gunicorn[k]) for k in ("bind", "threads", "accesslog")},
}))
"""


def settings_with(extra):
    documented = set(DEFAULTS) | EXAMPLES
    env = {k: v for k, v in os.environ.items() if k not in documented}
    run = subprocess.run(
        [sys.executable, "-c", SETTINGS],
        cwd=ROOT,
        env={**env, **extra},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout)


def test_the_stated_defaults_are_the_defaults():
    site_defaults = {k: v for k, v in DEFAULTS.items() if k not in TEST_VARIABLES}

    assert settings_with(site_defaults) == settings_with({})


def test_the_test_set_up_uses_the_stated_defaults():
    conftest = (ROOT / "tests" / "browser" / "conftest.py").read_text()

    assert f'"CHROMIUM_PATH", "{DEFAULTS["CHROMIUM_PATH"]}"' in conftest
    if "VNU_JAR" not in os.environ:
        assert ROOT / DEFAULTS["VNU_JAR"] == VNU_JAR


def test_make_uses_the_stated_host_and_port():
    makefile = (ROOT / "Makefile").read_text()

    assert f"HOST ?= {DEFAULTS['HOST']}\n" in makefile
    assert f"PORT ?= {DEFAULTS['PORT']}\n" in makefile
