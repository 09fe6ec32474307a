"""Shared fixtures: small, explicit data built here, never the shipped content."""

import datetime
import uuid
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from citations.models import Work
from glossary.models import (
    Category,
    Comparison,
    Dimension,
    DimensionValue,
    Source,
    Term,
)

# The suite runs on shared, busy machines: how long Hypothesis takes to draw or
# run an example there says nothing about the code under test.
hypothesis_settings.register_profile(
    "shared-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
hypothesis_settings.load_profile("shared-machine")


@pytest.fixture(autouse=True)
def own_page_cache(settings):
    """Each test gets an empty page cache of its own, in this process: no test
    sees a page cached by another, or touches a shared Redis or var/."""
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"pages-{uuid.uuid4().hex}",
        },
    }


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Django's PBKDF2 takes about a second a hash on a busy machine, and many
    tests create and log in editors: hashing is not what they test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def category(db):
    return Category.objects.create(name="Who does the work", slug="ownership")


@pytest.fixture
def other_category(db):
    return Category.objects.create(name="Where the work is done", slug="location")


@pytest.fixture
def dimensions(db):
    return [
        Dimension.objects.create(
            name="Basic definition", slug="basic-definition", order=1
        ),
        Dimension.objects.create(name="Location", slug="location", order=2),
        Dimension.objects.create(
            name="Who does the work",
            slug="who-does-the-work",
            order=3,
            help_text="Whose employees carry out the work.",
        ),
    ]


@pytest.fixture
def make_term(db, category):
    """Create a term; published unless told otherwise."""

    def make(name, slug=None, **fields):
        fields.setdefault("category", category)
        fields.setdefault("definition", f"{name} is a way to source work.")
        fields.setdefault("status", Term.Status.PUBLISHED)
        fields.setdefault("last_reviewed", datetime.date(2026, 11, 1))
        return Term.objects.create(
            name=name, slug=slug or name.lower().replace(" ", "-"), **fields
        )

    return make


@pytest.fixture
def glossary(make_term, dimensions, other_category):
    """A small glossary: four published terms, one draft, values and a comparison."""
    outsourcing = make_term(
        "Outsourcing",
        aliases="contracting out",
        definition="Handing a business process to an outside provider.",
        explanation="A **provider** runs the process.\n\n<script>alert(1)</script>",
    )
    offshoring = make_term(
        "Offshoring",
        category=other_category,
        aliases="off-shoring",
        definition="Moving work to a distant country.",
    )
    reshoring = make_term(
        "Reshoring",
        category=other_category,
        aliases="backshoring",
        misspellings="resoring",
        definition="Bringing work back to the home country.",
    )
    nearshoring = make_term(
        "Nearshoring",
        category=other_category,
        definition="Moving work to a nearby country.",
    )
    draft = make_term(
        "Secret draft", status=Term.Status.DRAFT, definition="Not yet public."
    )
    outsourcing.related_terms.add(offshoring, reshoring, draft)
    add_source(
        outsourcing,
        title="Outsourcing (Wikipedia)",
        url="https://en.wikipedia.org/wiki/Outsourcing",
    )
    for term in (outsourcing, offshoring, reshoring, nearshoring):
        for dim in dimensions:
            DimensionValue.objects.create(
                term=term, dimension=dim, value=f"{term.name} {dim.name} value"
            )
    comparison = Comparison.objects.create(
        term_a=outsourcing,
        term_b=offshoring,
        introduction="Two **separate** decisions.",
        key_differences="- Who versus where",
    )
    return {
        "outsourcing": outsourcing,
        "offshoring": offshoring,
        "reshoring": reshoring,
        "nearshoring": nearshoring,
        "draft": draft,
        "comparison": comparison,
    }


EDITOR_ACCOUNT_PASSWORD = "a long editor password 1"


@pytest.fixture
def editor(db, monkeypatch):
    """A staff account in the Editors group, made the way an operator makes one."""
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", EDITOR_ACCOUNT_PASSWORD)
    call_command("setup_editors", user="editor", stdout=StringIO())
    return get_user_model().objects.get(username="editor")


@pytest.fixture
def editor_client(client, editor):
    assert client.login(username="editor", password=EDITOR_ACCOUNT_PASSWORD)
    return client


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters (and anything else cached) start at zero in each test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


# --- A database for tests that start real servers (tests/servers.py) ---------

SERVERS_EDITOR_PASSWORD = "servers-test-password-1"


def on_postgresql() -> bool:
    from django.conf import settings

    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def database_url(site_database, port=None):
    return site_database["url"].format(
        host="127.0.0.1", port=port or site_database["port"]
    )


@pytest.fixture(scope="module")
def site_database(tmp_path_factory):
    """A database of these tests' own, migrated, with the starter content and
    an editor: a file on SQLite, a database beside the test one on PostgreSQL."""
    from django.conf import settings

    if on_postgresql():
        import psycopg

        base = settings.DATABASES["default"]
        name = f"{base['NAME']}_servers_{uuid.uuid4().hex[:6]}"
        server = dict(
            host=base["HOST"] or "127.0.0.1",
            port=int(base["PORT"] or 5432),
            user=base["USER"],
            password=base["PASSWORD"] or None,
        )
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        auth = server["user"] + (f":{server['password']}" if server["password"] else "")
        url = f"postgres://{auth}@{{host}}:{{port}}/{name}"
        database = {"url": url, "port": server["port"], "name": name}
    else:
        path = tmp_path_factory.mktemp("faults") / "site.sqlite3"
        database = {"url": f"sqlite:///{path}", "port": None, "name": None}
        server = None
    from .servers import app_environment, manage

    env = app_environment(
        DATABASE_URL=database["url"].format(host="127.0.0.1", port=database["port"]),
        DJANGO_SUPERUSER_PASSWORD=SERVERS_EDITOR_PASSWORD,
    )
    manage("migrate", "--noinput", env=env)
    manage("load_starter_content", env=env)
    manage("load_advisor_defaults", env=env)
    manage(
        "createsuperuser",
        "--noinput",
        "--username",
        "editor",
        "--email",
        "editor@example.com",
        env=env,
    )
    yield database
    if server is not None:
        import psycopg

        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database["name"]}" WITH (FORCE)')


def add_source(term, order=0, locator="", **work):
    """A term citing a work (made, or found by its URL) at `locator`."""
    found, _ = Work.objects.get_or_create(url=work.pop("url"), defaults=work)
    return Source.objects.create(term=term, work=found, order=order, locator=locator)


def migrate(targets):
    """Bring the test database to these migrations (forwards or back); the
    executor's loader then gives the models as they were there."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor
