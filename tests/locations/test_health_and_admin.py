"""Editors: past review dates on the health page, admin with history."""

import datetime

import pytest

from locations.models import City, Transfer

pytestmark = pytest.mark.django_db

HEALTH = "/admin/editorial/health/"


def test_the_health_page_lists_transfer_rows_past_their_review(editor_client, places):
    Transfer.objects.filter(country__code="PL").update(
        next_review=datetime.date(2025, 6, 27)
    )
    Transfer.objects.filter(country__code="IN").update(
        next_review=datetime.date(2099, 1, 1)
    )
    City.objects.filter(slug="pune").update(last_reviewed=datetime.date(2020, 1, 1))
    page = editor_client.get(HEALTH).content.decode()
    start = page.index(">Data-transfer rows past their review date (")
    section = page[start : page.find("<h2", start)]
    assert "United Kingdom (UK GDPR) → Poland" in section
    assert "review or expiry 27 Jun 2025" in section
    assert "India" not in section
    stale = page[page.index(">Locations not reviewed for 12 months (") :]
    assert "Pune (IN)" in stale.split("<h2")[0]


def test_editors_can_edit_a_city_and_a_zone_is_validated(editor_client, places):
    city = places["pune"]
    url = f"/admin/locations/city/{city.pk}/change/"
    page = editor_client.get(url).content.decode()
    assert "Sources (one per cell)" in page
    form = {
        "name": "Pune",
        "slug": "pune",
        "country": city.country_id,
        "time_zone": "Asia/Calcutta-ish",
        "latitude": "18.52",
        "longitude": "73.86",
        "is_delivery": "on",
        "last_reviewed": "2026-12-01",
        "sources-TOTAL_FORMS": "0",
        "sources-INITIAL_FORMS": "0",
    }
    response = editor_client.post(url, form)
    assert "is not a time zone of the IANA database" in response.content.decode()
