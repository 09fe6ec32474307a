"""Public pages come from the page cache, and an editor's change shows at once."""

import os
import uuid

import pytest
from django.conf import settings
from django.core.cache import CacheHandler, caches
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from advisor.models import SourcingModel
from core import page_cache
from glossary.models import Comparison, Term

pytestmark = pytest.mark.django_db

TERM_PAGE = "/glossary/outsourcing/"


def cached_get(client, url, django_assert_num_queries, **headers):
    """A GET that must be answered from the cache: no query at all."""
    with django_assert_num_queries(0):
        return client.get(url, headers=headers)


def test_second_visit_is_served_from_the_cache(
    client, glossary, django_assert_num_queries
):
    first = client.get(TERM_PAGE)
    again = cached_get(client, TERM_PAGE, django_assert_num_queries)
    assert "Handing a business process to an outside provider." in again.text
    assert again.text == first.text
    assert again["ETag"] == first["ETag"]
    assert "no-cache" in again["Cache-Control"]


def test_model_save_shows_at_once_on_every_page_showing_the_term(
    client, glossary, django_assert_num_queries
):
    pages = [TERM_PAGE, "/glossary/", "/compare/outsourcing-vs-offshoring/"]
    for url in pages:
        client.get(url)
    outsourcing = glossary["outsourcing"]
    outsourcing.name = "Contracting out"  # as an admin save or a revert does
    outsourcing.save()
    for url in pages:
        assert "Contracting out" in client.get(url).text, url


def test_bulk_changes_from_loaders_and_actions_show_at_once(client, glossary, category):
    client.get("/glossary/")
    Term.objects.filter(slug="reshoring").update(name="Backshoring")
    Term.objects.bulk_create(
        [
            Term(
                name="Bestshoring",
                slug="bestshoring",
                category=category,
                definition="The best place for each task.",
                status=Term.Status.PUBLISHED,
            )
        ]
    )
    page = client.get("/glossary/").text
    assert "Backshoring" in page
    assert "Bestshoring" in page


def test_admin_delete_removes_the_term_from_cached_pages(
    client, admin_client, glossary
):
    assert "Nearshoring" in client.get("/glossary/").text
    nearshoring = glossary["nearshoring"]
    response = admin_client.post(
        f"/admin/glossary/term/{nearshoring.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert "Nearshoring" not in client.get("/glossary/").text
    assert client.get("/glossary/nearshoring/").status_code == 404


def test_a_change_leaves_pages_that_do_not_show_it_cached(
    client, glossary, django_assert_num_queries
):
    comparison_page = "/compare/outsourcing-vs-offshoring/"
    client.get(comparison_page)
    client.get("/glossary/")
    Comparison.objects.filter(pk=glossary["comparison"].pk).update(
        introduction="Two decisions, **rewritten**."
    )
    assert "<strong>rewritten</strong>" in client.get(comparison_page).text
    # The A–Z list shows no comparison: still served from the cache.
    page = cached_get(client, "/glossary/", django_assert_num_queries)
    assert "Outsourcing" in page.text


def test_starter_loader_shows_its_terms_at_once(client, db):
    assert "Offshoring" not in client.get("/glossary/").text
    call_command("load_starter_content", verbosity=0)
    assert "Offshoring" in client.get("/glossary/").text


def test_revalidation_answers_304_without_rendering(
    client, glossary, django_assert_num_queries
):
    etag = client.get(TERM_PAGE)["ETag"]
    with django_assert_num_queries(0):
        response = client.get(TERM_PAGE, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""

    Term.objects.filter(slug="outsourcing").update(definition="Changed meaning.")
    response = client.get(TERM_PAGE, headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert "Changed meaning." in response.text
    assert response["ETag"] != etag


def test_compressed_and_plain_pages_are_cached_apart(
    client, glossary, django_assert_num_queries
):
    client.get(TERM_PAGE, headers={"Accept-Encoding": "gzip"})
    client.get(TERM_PAGE)
    gzipped = cached_get(
        client, TERM_PAGE, django_assert_num_queries, **{"Accept-Encoding": "gzip"}
    )
    plain = cached_get(client, TERM_PAGE, django_assert_num_queries)
    assert gzipped["Content-Encoding"] == "gzip"
    assert not plain.has_header("Content-Encoding")
    assert "Outsourcing" in plain.text


def test_staff_never_get_the_visitors_cached_page(client, admin_client, glossary):
    client.get(TERM_PAGE)
    client.get(TERM_PAGE)
    response = admin_client.get(TERM_PAGE)
    assert not response.has_header("ETag")  # rendered for them, not stored
    assert "Outsourcing" in response.text


def test_pages_with_a_csrf_token_are_never_stored(client, db):
    SourcingModel.objects.create(key="in_house", name="In-house")  # advisor open
    first = client.get("/advisor/")
    second = client.get("/advisor/")
    assert "csrfmiddlewaretoken" in second.text
    assert not second.has_header("ETag")
    assert first.cookies.get("csrftoken") is not None


def test_a_visitor_with_a_session_gets_pages_rendered_for_them(client, glossary):
    SourcingModel.objects.create(key="in_house", name="In-house")  # advisor is open
    client.get(TERM_PAGE)
    session = client.session  # as after a first wizard answer
    session["started"] = True
    session.save()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    response = client.get(TERM_PAGE)
    assert not response.has_header("ETag")
    assert "Outsourcing" in response.text


# A Redis of the tester's own (.ci/run sets it when Redis answers).
REDIS_URL = os.environ.get("PAGE_CACHE_TEST_REDIS_URL", os.environ.get("REDIS_URL", ""))


@pytest.fixture
def shared_redis(settings):
    """The page cache in Redis under a key prefix of this test's own."""
    if not REDIS_URL:
        print("Skipped: set PAGE_CACHE_TEST_REDIS_URL (or REDIS_URL) to run it")
        pytest.skip("no Redis given: PAGE_CACHE_TEST_REDIS_URL and REDIS_URL unset")
    prefix = f"test-pages-{uuid.uuid4().hex}"
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        },
    }
    yield
    client = caches["pages"]._cache.get_client(write=True)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def test_a_save_in_another_process_shows_in_this_one(
    client, glossary, shared_redis, monkeypatch, django_assert_num_queries
):
    client.get(TERM_PAGE)
    cached_get(client, TERM_PAGE, django_assert_num_queries)
    # Another app process: its own connection to the same Redis.
    other_process = CacheHandler()["pages"]
    monkeypatch.setattr(page_cache, "page_cache", lambda: other_process)
    Term.objects.filter(slug="outsourcing").update(definition="Edited elsewhere.")
    monkeypatch.undo()
    assert "Edited elsewhere." in client.get(TERM_PAGE).text
    # ...and the page this process re-rendered is served by the other one.
    monkeypatch.setattr(page_cache, "page_cache", lambda: other_process)
    page = cached_get(client, TERM_PAGE, django_assert_num_queries)
    assert "Edited elsewhere." in page.text


def test_a_deploy_s_migrate_renders_pages_afresh(
    client, glossary, django_assert_num_queries
):
    client.get(TERM_PAGE)
    cached_get(client, TERM_PAGE, django_assert_num_queries)
    call_command("migrate", verbosity=0)
    with CaptureQueriesContext(connection) as rendered:
        page = client.get(TERM_PAGE)
    assert len(rendered.captured_queries) > 0
    assert "Outsourcing" in page.text
