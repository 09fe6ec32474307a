"""Only the canonical form of a shortlist's parameters is cached, and an
editor's save shows at once."""

from django.urls import reverse

from locations.models import Transfer

URL = reverse("locations:shortlist")


def test_a_canonical_shortlist_is_served_from_the_cache(
    client, places, django_assert_num_queries
):
    first = client.get(URL + "?band=offshore")
    assert first.status_code == 200
    assert "s-maxage=" in first["Cache-Control"]
    with django_assert_num_queries(0):
        again = client.get(URL + "?band=offshore")
    assert again.content == first.content


def test_a_non_canonical_query_is_redirected_not_stored(client, places):
    response = client.get(URL + "?overlap=3&band=offshore")
    assert response.status_code == 302
    assert "s-maxage" not in response.get("Cache-Control", "")


def test_an_editors_save_shows_at_once(client, places):
    assert "Pune" in client.get(URL + "?band=offshore").content.decode()
    transfer = Transfer.objects.get(country__code="IN", home_regime="uk")
    transfer.status = "adequacy"
    transfer.save()
    html = client.get(URL + "?band=offshore").content.decode()
    assert "adequacy decision: data may go there freely" in html
