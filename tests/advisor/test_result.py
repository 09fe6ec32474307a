"""The saved, shareable result page."""

import re
import uuid

import pytest
from django.test import Client

from advisor import results
from advisor.models import Assessment, Rule, SourcingModel
from glossary.models import DimensionValue

from .conftest import finish, post_step, step_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def saved(client, rules):
    response = finish(client)
    return Assessment.objects.get(), response["Location"]


def test_token_is_long_and_random(saved):
    assessment, url = saved
    # 32 random bytes, base64url: 256 bits, far beyond guessing.
    assert len(assessment.token) >= 43
    assert url == f"/advisor/result/{assessment.token}/"


def test_result_ranks_every_option_with_fit_as_text_and_a_chart(saved):
    assessment, url = saved
    page = Client().get(url).content.decode()
    ranking = page[
        page.index('id="ranking-heading"') : page.index('id="reasons-heading"')
    ]
    assert "1. Domestic outsourcing" in ranking
    top = assessment.result["options"][0]
    # Rule-based work 3 x 3 (an answer counts three times), cost first (3) x 2.
    assert top["score"] == 15
    fit = f"{top['fit']}/100, {top['fit_label']}"
    assert f'<span class="score">{fit[0].upper()}{fit[1:]}</span>' in ranking
    assert ranking.count('class="score-bar"') == 6  # every open option has a bar
    # The bar is as long as the fit, on the same 0-100 scale.
    assert f'class="score-bar__fill" x="0" y="0" width="{top["fit"]}"' in ranking
    assert "70 and over is a strong fit" in ranking


def test_ruled_out_options_are_listed_with_why(saved):
    _, url = saved
    page = Client().get(url).content.decode()
    ruled_out = page[page.index('id="ruled-out-heading"') :]
    for name in ("Offshore outsourcing", "Captive offshore centre", "Reshoring"):
        assert name in ruled_out
    assert "Data must stay in the country: Offshore options are ruled out." in ruled_out
    assert (
        "Run in-house at home today: There is nothing abroad to bring back."
        in ruled_out
    )


def test_top_options_are_compared_on_the_glossary_dimensions(saved):
    _, url = saved
    page = Client().get(url).content.decode()
    table = page[page.index('id="compare-heading"') :]
    assert "Basic definition" in table and "Who does the work" in table
    # The two open options linked to glossary terms, in rank order.
    headers = re.findall(r'<th scope="col"><a href="([^"]+)">', table)
    assert headers == [
        "http://testserver/glossary/outsourcing/",
        "http://testserver/glossary/nearshoring/",
    ]
    assert "Outsourcing Location value" in table
    assert "Nearshoring Location value" in table


def test_risks_next_steps_and_glossary_links_for_the_top_option(saved):
    _, url = saved
    page = Client().get(url).content.decode()
    assert "Risks to watch with domestic outsourcing" in page
    assert "<li>Risk of Domestic outsourcing</li>" in page
    assert "<li>First step for Domestic outsourcing</li>" in page
    assert 'href="http://testserver/glossary/outsourcing/"' in page


def test_result_can_be_shared_printed_changed_and_restarted(saved):
    assessment, url = saved
    response = Client().get(url)
    page = response.content.decode()
    assert f'value="http://testserver/advisor/result/{assessment.token}/"' in page
    assert "Copy link" in page
    assert 'media="print"' in page
    assert f'href="http://testserver/advisor/result/{assessment.token}/change/"' in page
    assert 'href="http://testserver/advisor/">Start again</a>' in page
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_the_page_keeps_showing_what_it_showed_when_saved(saved):
    _, url = saved
    before = Client().get(url).content.decode()
    Rule.objects.update(weight=-9, explanation="Changed by an editor.")
    SourcingModel.objects.update(name="Renamed", risks="- New risk")
    DimensionValue.objects.update(value="Rewritten value")
    after = Client().get(url).content.decode()
    assert "Changed by an editor." not in after
    assert "Renamed" not in after and "Rewritten value" not in after
    assert before == after


def test_a_wrong_token_is_a_404(rules):
    for token in ("nope", "x" * 500, "%00", "a" * 43):
        response = Client().get(f"/advisor/result/{token}/")
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()


def test_result_page_query_budget(saved, django_assert_max_num_queries):
    _, url = saved
    client = Client()
    with django_assert_max_num_queries(2):
        response = client.get(url)
    assert "Your sourcing recommendation" in response.content.decode()


def test_change_my_answers_prefills_a_new_run_at_review(client, saved):
    assessment, url = saved
    response = client.post(f"{url}change/")
    assert response["Location"] == step_url("review")
    review = client.get(step_url("review")).content.decode()
    assert "Your earlier answers are filled in" in review
    assert "A finance and accounting process" in review
    assert "Data must stay in the country" in review
    client.get(step_url("goals") + "?from=review")
    post_step(client, "goals", {"first": "quality"})
    response = post_step(client, "review")
    new = Assessment.objects.exclude(pk=assessment.pk).get()
    assert response["Location"] == new.get_absolute_url()
    assert new.token != assessment.token
    assert new.answers["goals"]["quality"] == 3
    assert new.answers["constraints"] == assessment.answers["constraints"]
    assert Client().get(url).status_code == 200  # the old link still works


def test_change_my_answers_asks_before_it_changes_anything(saved):
    _, url = saved
    client = Client()
    page = client.get(f"{url}change/")
    assert "Fill in my answers" in page.text
    assert 'method="post"' in page.text
    assert "wizard_advisor_wizard" not in client.session  # no run started by a GET


def test_editor_text_is_escaped_on_the_result(client, rules):
    Rule.objects.filter(question="work_type").update(
        explanation='<script>alert("x")</script> Easy to hand over.'
    )
    SourcingModel.objects.filter(key="domestic_outsourcing").update(
        risks='<img src=x onerror="alert(1)">\n\n- Real risk'
    )
    response = finish(client)
    page = client.get(response["Location"]).content.decode()
    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;" in page
    assert "onerror" not in page
    assert "<li>Real risk</li>" in page


def test_the_snapshot_keeps_fit_close_calls_what_would_change_and_sources(
    client, rules, sourcing_models
):
    Rule.objects.create(
        question="control",
        answer="high",
        option=sourcing_models["in_house"],
        weight=10,
        explanation="Your own staff take direction.",
    )
    finish(client)
    assessment = Assessment.objects.get()
    snapshot = assessment.result
    assert snapshot["version"] == 3
    top, runner_up = snapshot["options"][:2]
    assert top["name"] == "Domestic outsourcing"
    # Rule-based work 3 x 3 and cost first 3 x 2: the best any option could get.
    assert (top["score"], top["fit"], top["fit_label"]) == (15, 100, "strong fit")
    assert runner_up["fit"] < top["fit"]
    reason = next(r for r in top["reasons"] if r["points"] == 9)
    assert reason["source"] == {
        "title": "Williamson (1985)",
        "url": reason["source"]["url"],
        "authors": "",
        "year": None,
        "publisher": "",
        "locator": "ch. 2",
    }
    assert reason["source"]["url"].startswith("https://example.org/")
    assert snapshot["close_call"] is None
    # In-house gains 10 x 3 and loses 2 x 3 for commodity work: 24 against 15,
    # so one change of what the manager chooses is enough.
    assert snapshot["what_would_change"] == [
        {
            "option": "in_house",
            "option_name": "In-house",
            "text": "In-house would come first if you wanted to direct the people "
            "day to day.",
            "changes": [{"question": "control", "answer": "high"}],
        }
    ]
    assert snapshot["worth_finding_out"] == [] and snapshot["fixed_by"] == ""
    assert snapshot["top"]["key"] == "domestic_outsourcing"
    assert assessment.answers["goals"]["scale"] == 0


# What a result looked like when saved before fit, sources and close calls.
OLD_SNAPSHOT = {
    "version": 1,
    "answers": [
        {
            "step": "situation",
            "title": "Current situation",
            "answers": [["How is the process run today?", "Offshored today"]],
        }
    ],
    "options": [
        {
            "key": "reshoring",
            "name": "Reshoring",
            "rank": 1,
            "score": 4,
            "ruled_out": False,
            "bar_percent": 100,
            "summary": "Bring it home.",
            "term_name": "",
            "term_url": "",
            "reasons": [
                {
                    "text": "Quality problems offshore: Quality improves at home.",
                    "points": 4,
                    "rules_out": False,
                }
            ],
        },
        {
            "key": "out_staffing",
            "name": "Out-staffing / staff augmentation",
            "rank": 2,
            "score": 0,
            "ruled_out": False,
            "bar_percent": 0,
            "summary": "",
            "term_name": "",
            "term_url": "",
            "reasons": [],
        },
    ],
    "top": {"name": "Reshoring", "risks": "- Old risk", "next_steps": "1. Old step"},
    "comparison": None,
}
OLD_ANSWERS = {
    "process": {
        "function": "it",
        "coreness": "supporting",
        "work_type": "mixed",
        "volume": "medium",
        "duration": "long",
    },
    "goals": {
        "cost": 2,
        "skills": 0,
        "focus": 0,
        "speed": 1,
        "markets": 0,
        "quality": 3,
    },
    "constraints": {
        "data_residency": "none",
        "ip_sensitivity": "medium",
        "hours_overlap": "some",
        "culture_closeness": "medium",
        "control": "medium",
        "foreign_capacity": "none",
        "cost_gap": "moderate",
    },
    "situation": {"current": "offshored"},
    "problems": {"problems": ["quality"]},
}


@pytest.fixture
def old_assessment(rules):
    return Assessment.objects.create(
        run_id=uuid.uuid4(),
        answers=OLD_ANSWERS,
        result=OLD_SNAPSHOT,
        top_option="Reshoring",
    )


def test_a_result_saved_before_fit_and_sources_still_renders(old_assessment):
    response = Client().get(old_assessment.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 200
    assert "Your sourcing recommendation" in page
    assert "Quality problems offshore: Quality improves at home." in page
    assert "Out-staffing / staff augmentation" in page
    assert "<li>Old risk</li>" in page
    # Nothing it did not store is made up for it.
    assert "/100" not in page


def test_changing_answers_saved_in_the_old_vocabulary(client, old_assessment):
    client.post(f"{old_assessment.get_absolute_url()}change/")
    review = client.get(step_url("review")).content.decode()
    assert "Run by a provider offshore today" in review
    assert "Quality problems abroad" in review
    # A level for each goal, read as priorities: quality (3) before cost (2).
    goals = review[review.index("Goals") :]
    assert goals.index("Higher quality") < goals.index("Lower cost")
    response = post_step(client, "review")
    new = Assessment.objects.exclude(pk=old_assessment.pk).get()
    assert response["Location"] == new.get_absolute_url()
    # Problems are kept with the situation now (a step of their own before).
    assert new.answers["situation"] == {
        "current": "offshore_provider",
        "problems": ["quality"],
    }
    assert (new.answers["goals"]["quality"], new.answers["goals"]["cost"]) == (3, 2)
    assert new.answers["goals"]["scale"] == 0


def test_a_result_the_wizard_just_saved_has_no_revised_rules_note(client, saved):
    assessment, url = saved
    page = client.get(url).content.decode()
    assert assessment.result["rules_version"] == results.RULES_VERSION
    assert "Our rules have been revised" not in page


def _where_and_cost_links(client, url):
    page = client.get(url).content.decode()
    section = page[page.index('id="where-and-cost"') :]
    section = section[: section.index("</section>")]
    return re.findall(r'href="([^"]+)"', section.replace("&amp;", "&")), page


def test_the_result_links_to_the_cost_picture_with_its_ranking_size_and_horizon(
    client, saved
):
    assessment, url = saved
    assessment.answers["process"]["duration"] = "medium"
    assessment.save()
    links, _ = _where_and_cost_links(client, url)
    cost = [link for link in links if "/cost/" in link]
    assert len(cost) == 1
    open_keys = [o["key"] for o in assessment.result["options"] if not o["ruled_out"]]
    # Needed "for one to three years": the picture's horizon is three years.
    assert "horizon=3" in cost[0]
    # A large operation: the band, never a number the manager did not type.
    assert "size_band=large" in cost[0] and "size=" not in cost[0]
    assert f"options={'%2C'.join(open_keys)}" in cost[0]
    assert cost[0].endswith(f"result={assessment.token}")


@pytest.mark.parametrize(
    ("residency", "shown"), [("none", True), ("region", True), ("country", False)]
)
def test_the_result_links_to_the_shortlist_set_from_the_data_rule(
    client, saved, residency, shown
):
    assessment, url = saved
    assessment.answers["constraints"]["data_residency"] = residency
    assessment.save()
    links, page = _where_and_cost_links(client, url)
    where = [link for link in links if "/where/" in link]
    abroad = {
        "nearshore_outsourcing",
        "offshore_outsourcing",
        "captive_nearshore",
        "captive_offshore",
        "build_operate_transfer",
        "out_staffing",
    }
    top = [o for o in assessment.result["options"] if not o["ruled_out"]][:3]
    expected = [o for o in top if o["key"] in abroad] if shown else []
    assert len(where) == len(expected)
    for link, option in zip(where, expected, strict=True):
        assert f"Shortlist delivery cities for {option['name'].lower()}" in page
        assert ("residency=region" in link) == (residency == "region")


def test_a_kept_result_still_follows_the_glossary_and_the_address_it_is_read_at(
    client, rules, glossary
):
    # The page's body is kept until the next content edit: unpublishing a term
    # its risks link to turns the link into plain text at once, and each host
    # gets its own absolute links.
    SourcingModel.objects.update(risks="- Hidden costs of [[outsourcing]]")
    url = finish(client)["Location"]
    link = '<li>Hidden costs of <a href="http://{}/glossary/outsourcing/"'
    assert link.format("testserver") in Client().get(url).text
    other_host = Client(headers={"host": "localhost"})
    assert link.format("localhost") in other_host.get(url).text
    outsourcing = glossary["outsourcing"]
    outsourcing.status = "draft"
    outsourcing.save()
    page = Client().get(url).text
    assert "<li>Hidden costs of outsourcing</li>" in page
