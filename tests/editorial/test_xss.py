"""Hostile text in every Markdown field reaches no page as active content."""

import pytest

from advisor.models import SourcingModel
from glossary.models import Term

from .conftest import form_data

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">click</a>',
    "[[offshoring|<svg onload=alert(1)>]]",
    '<iframe src="https://evil.example"></iframe>',
    "<style>body{display:none}</style>",
]


def assert_inert(html):
    assert "alert(1)" not in html
    assert "<iframe" not in html and "<style>body" not in html


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(
    "field", ["explanation", "example", "fits_when", "not_fits_when"]
)
def test_term_markdown_fields(editor_client, client, glossary, payload, field):
    Term.objects.filter(slug="offshoring").update(**{field: f"Before {payload}"})

    assert_inert(client.get("/glossary/offshoring/").content.decode())
    preview = editor_client.post("/admin/editorial/preview/", {"text": payload})
    assert_inert(preview.content.decode())


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("field", ["introduction", "key_differences", "verdict"])
def test_comparison_markdown_fields(client, glossary, payload, field):
    comparison = glossary["comparison"]
    setattr(comparison, field, payload)
    comparison.save()

    assert_inert(client.get("/compare/outsourcing-vs-offshoring/").content.decode())


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sourcing_model_advice_on_the_health_and_history_pages(
    editor_client, glossary, payload
):
    model = SourcingModel.objects.create(
        key="reshoring", name="Reshoring", term=glossary["reshoring"]
    )
    url = f"/admin/advisor/sourcingmodel/{model.pk}/change/"
    editor_client.post(url, form_data(editor_client.get(url)))
    data = {**form_data(editor_client.get(url)), "risks": payload}
    data["next_steps"] = payload
    assert editor_client.post(url, data).status_code == 302

    for page in (
        editor_client.get(url.replace("/change/", "/history/")),
        editor_client.get("/admin/editorial/health/"),
        editor_client.get(url),
    ):
        html = page.content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "<svg onload" not in html
