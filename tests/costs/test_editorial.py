"""Cost factors as content: review dates on the health page, the export and
import round trip, the database's order rule."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import IntegrityError

from citations.models import Work
from costs.models import CostFactor

pytestmark = pytest.mark.django_db


def test_an_old_review_date_and_a_missing_locator_go_to_the_health_page(
    admin_client, make_factor
):
    make_factor(
        "governance", "outsourcing", 4, 6, 8, last_reviewed=datetime.date(2020, 5, 1)
    )
    make_factor("exit", "captive_offshore", 1, 2, 3, locator="")
    page = admin_client.get("/admin/editorial/health/").content.decode()
    assert "Cost factors not reviewed for 12 months" in page
    assert "last reviewed 01 May 2020" in page
    assert "Exit or switching at the end: Captive offshore centre" in page


def test_low_likely_high_out_of_order_is_refused_by_the_database(make_factor):
    with pytest.raises(IntegrityError):
        make_factor("travel", "reshoring", 5, 2, 9)


def test_a_factor_survives_export_wipe_and_import(make_factor, tmp_path):
    make_factor("travel", "out_staffing", 1, 2, 3, band="offshore", note="A note.")
    path = tmp_path / "content.json"
    call_command("export_content", str(path), stderr=StringIO())
    CostFactor.objects.all().delete()
    Work.objects.all().delete()
    call_command("import_content", str(path), stdout=StringIO())
    factor = CostFactor.objects.select_related("work").get()
    assert (factor.band, factor.figures, factor.note) == (
        "offshore",
        "1 / 2 / 3",
        "A note.",
    )
    assert factor.work.url == "https://doi.org/10.0000/costs"


def test_an_editor_adds_a_factor_in_admin_and_it_has_history(admin_client, work):
    page = admin_client.get("/admin/costs/costfactor/add/").content.decode()
    assert "Only in this distance band" in page
    response = admin_client.post(
        "/admin/costs/costfactor/add/",
        {
            "cost_type": "exit",
            "applies_to": "own_centres",
            "band": "",
            "low": "1",
            "likely": "2",
            "high": "4",
            "note": "",
            "last_reviewed": "2026-12-01",
            "work": work.pk,
            "locator": "p. 3",
            "passage": "",
            "verified_in": "",
        },
    )
    assert response.status_code == 302
    factor = CostFactor.objects.get()
    assert str(factor) == (
        "Exit or switching at the end: Own centres abroad (captive nearshore, "
        "captive offshore, BOT)"
    )
    history = admin_client.get(f"/admin/costs/costfactor/{factor.pk}/history/")
    assert "Added" in history.content.decode() or "Created" in history.content.decode()


def test_admin_refuses_a_second_figure_for_the_same_cell(
    admin_client, make_factor, work
):
    make_factor("exit", "own_centres", 1, 2, 3)
    response = admin_client.post(
        "/admin/costs/costfactor/add/",
        {
            "cost_type": "exit",
            "applies_to": "own_centres",
            "band": "",
            "low": "1",
            "likely": "1",
            "high": "1",
            "last_reviewed": "2026-12-01",
            "work": work.pk,
        },
    )
    assert "already has a figure for this option" in response.content.decode()
