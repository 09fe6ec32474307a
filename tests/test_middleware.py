"""NulByteMiddleware: NUL characters anywhere in input are never a 500
(PostgreSQL refuses them)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/admin/glossary/term/?q=a%00b",
        "/admin/advisor/rule/?q=%00",
        "/admin/advisor/assessment/?top_option=%00",
        "/admin/glossary/term/?category__id__exact=%00",
        "/admin/autocomplete/?app_label=glossary&model_name=term"
        "&field_name=related_terms&term=%00",
        "/compare/?a=%00&b=offshoring",
        "/glossary/?category=%00",
    ],
)
def test_nul_in_a_query_string_is_dropped(admin_client, glossary, url):
    response = admin_client.get(url, follow=True)
    assert response.status_code == 200
    assert "\x00" not in response.content.decode()
    assert "Server Error" not in response.content.decode()


def test_nul_in_a_search_still_finds_the_term(client, glossary):
    response = client.get("/glossary/?q=off%00shoring")
    assert response.status_code == 302
    assert response["Location"] == "/glossary/offshoring/"


@pytest.mark.parametrize("url", ["/advisor/result/%00/", "/glossary/%00/"])
def test_nul_in_a_path_is_a_404(client, glossary, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_nul_in_a_form_gets_the_friendly_400_and_saves_nothing(admin_client, glossary):
    from glossary.models import Category

    before = Category.objects.count()
    response = admin_client.post(
        "/admin/glossary/category/add/", {"name": "Bad\x00name", "slug": "bad"}
    )
    assert response.status_code == 400
    assert "We could not understand that request" in response.content.decode()
    assert Category.objects.count() == before
