"""The advisor wizard through the test client: every path and every bad input."""

import pytest
from django.test import Client

from advisor.models import Assessment
from advisor.views import RUN_FIELD, RUN_ID, WIZARD_PREFIX

from .conftest import (
    CONSTRAINTS,
    GOALS,
    PROCESS,
    SITUATION_IN_HOUSE,
    SITUATION_OFFSHORED,
    answer_up_to_review,
    begin,
    finish,
    messages_text,
    post_step,
    step_data,
    step_url,
)

pytestmark = pytest.mark.django_db


def test_start_page_explains_and_offers_start(client, rules):
    response = client.get("/advisor/")
    assert b'href="/advisor/step/process/">Start the advisor</a>' in response.content
    assert b"Continue where you left off" not in response.content


def test_a_run_in_progress_makes_continuing_the_primary_action(client, rules):
    begin(client)
    post_step(client, "process", PROCESS)
    page = client.get("/advisor/").content.decode()
    assert (
        '<a class="btn btn-primary btn-lg" href="/advisor/step/goals/">'
        "Continue where you left off</a>"
    ) in page
    assert (
        '<button class="btn btn-outline-secondary btn-lg" type="submit">'
        "Start again</button>"
    ) in page


STEPS = ("process", "goals", "constraints", "situation", "review")
TITLES = ("Your process", "Goals", "Constraints", "Current situation", "Review")


def test_first_step_shows_progress_with_step_names(client, rules):
    begin(client)
    page = client.get(step_url("process")).content.decode()
    assert "Step 1 of 5: Your process" in page
    for title in (
        "Your process",
        "Goals",
        "Constraints",
        "Current situation",
        "Review",
    ):
        assert title in page
    assert "if applicable" not in page
    progress = page[page.index('class="wizard-progress__steps"') :]
    assert "<a " not in progress[: progress.index("</ol>")]  # nothing to click


@pytest.mark.parametrize("abroad", [False, True])
def test_the_step_counter_never_jumps_whichever_path(client, rules, abroad):
    # Issue 16: it went from "Step 4 of 6" to "Step 6 of 6" when a step was skipped.
    situation = SITUATION_OFFSHORED if abroad else SITUATION_IN_HOUSE
    answer_up_to_review(client, situation, ["quality"] if abroad else None)
    pages = [client.get(step_url(step)).content.decode() for step in STEPS]
    for number, (page, title) in enumerate(zip(pages, TITLES, strict=True), 1):
        assert f"Step {number} of 5: {title}" in page


def test_glossary_terms_are_defined_on_the_page(client, rules, glossary):
    begin(client)
    post_step(client, "process", PROCESS)
    post_step(client, "goals", GOALS)
    page = client.get(step_url("constraints")).content.decode()
    # The hours-overlap help names nearshoring: its definition is on the page,
    # with a link that says it opens a new tab, so no answer is lost.
    assert "Moving work to a nearby country." in page
    new_tab = (
        '<a href="/glossary/nearshoring/" target="_blank" rel="noopener">'
        "More about Nearshoring (opens in a new tab)</a>"
    )
    assert new_tab in page
    assert page.count('target="_blank"') == page.count("(opens in a new tab)")


def test_a_definition_edited_or_unpublished_shows_on_the_next_step_page(
    client, rules, glossary
):
    # The step's definitions are a fragment kept until the next content edit.
    begin(client)
    post_step(client, "process", PROCESS)
    post_step(client, "goals", GOALS)
    page = client.get(step_url("constraints")).text
    assert "Moving work to a nearby country." in page
    nearshoring = glossary["nearshoring"]
    nearshoring.definition = "Work moved to a country a few hours away."
    nearshoring.save()
    page = client.get(step_url("constraints")).text
    assert "Work moved to a country a few hours away." in page
    assert "Moving work to a nearby country." not in page
    nearshoring.status = "draft"
    nearshoring.save()
    assert "More about Nearshoring" not in client.get(step_url("constraints")).text


def test_no_answer_is_preselected(client, rules):
    begin(client)
    for step, answers in (("process", PROCESS), ("goals", GOALS)):
        page = client.get(step_url(step)).content.decode()
        assert " checked" not in page, step
        post_step(client, step, answers)


def test_full_path_saves_one_assessment_and_shows_the_result(client, rules):
    response = finish(client)
    assessment = Assessment.objects.get()
    assert response["Location"] == f"/advisor/result/{assessment.token}/"
    page = client.get(response["Location"]).content.decode()
    assert "Your sourcing recommendation" in page
    # The rule-based, cost-driven answers put domestic outsourcing first...
    assert assessment.top_option == "Domestic outsourcing"
    assert 'id="recommendation-heading">Domestic outsourcing</h2>' in page
    # ...and each reason names the answer that caused it.
    assert "Rule-based, measurable work: Rule-based work is easy to hand over." in page
    assert "Data must stay in the country: Offshore options are ruled out." in page


def test_problems_abroad_are_asked_on_the_situation_step(client, rules):
    begin(client)
    post_step(client, "process", PROCESS)
    post_step(client, "goals", GOALS)
    post_step(client, "constraints", CONSTRAINTS)
    page = client.get(step_url("situation")).content.decode()
    assert "Which problems have you seen with the work abroad?" in page
    assert "Only if it runs abroad today." in page
    problems = {"problems": ["quality", "lead_times"]}
    response = post_step(client, "situation", {**SITUATION_OFFSHORED, **problems})
    assert response["Location"] == step_url("review")
    review = client.get(step_url("review")).content.decode()
    assert "Quality problems abroad, Long lead times abroad" in review
    post_step(client, "review")
    option = {o["key"]: o for o in Assessment.objects.get().result["options"]}[
        "reshoring"
    ]
    assert not option["ruled_out"]
    assert option["score"] == 12  # quality problems: 4, times 3 as every answer


def test_problems_with_work_run_at_home_are_refused_with_a_message(client, rules):
    begin(client)
    post_step(client, "process", PROCESS)
    post_step(client, "goals", GOALS)
    post_step(client, "constraints", CONSTRAINTS)
    response = post_step(
        client, "situation", {**SITUATION_IN_HOUSE, "problems": ["quality"]}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert (
        "You said “Run in-house at home today”: problems abroad apply only to "
        "work run abroad today." in page
    )
    assert 'href="#id_situation-problems_0"' in page  # the error summary links it


def test_the_old_problems_step_address_leads_where_the_visitor_left_off(client, rules):
    answer_up_to_review(client)
    response = client.get(step_url("problems"), follow=True)
    assert response.redirect_chain[-1][0] == step_url("review")


def test_back_keeps_what_was_typed_without_validating(client, rules):
    begin(client)
    post_step(client, "process", PROCESS)
    # Not valid yet (the same goal twice): Back keeps it anyway.
    partial = {"first": "skills", "second": "skills"}
    response = post_step(client, "goals", partial, wizard_goto_step="process")
    assert response["Location"] == step_url("process")
    process_page = client.get(step_url("process")).content.decode()
    assert "Step 1 of 5" in process_page
    goals_page = client.get(step_url("goals")).content.decode()
    selected = [line for line in goals_page.splitlines() if " selected" in line]
    assert len(selected) == 2 and all('value="skills"' in x for x in selected)


def test_answers_reappear_when_revisiting_a_step(client, rules):
    answer_up_to_review(client)
    page = client.get(step_url("constraints")).content.decode()
    checked = [line for line in page.splitlines() if "checked" in line]
    for name, value in CONSTRAINTS.items():
        assert any(
            f'name="constraints-{name}"' in line and f'value="{value}"' in line
            for line in checked
        ), name


def test_review_lists_every_answer_with_change_links(client, rules):
    answer_up_to_review(client)
    page = client.get(step_url("review")).content.decode()
    assert "Step 5 of 5: Review" in page
    assert "Check your answers" in page
    for step in ("process", "goals", "constraints", "situation"):
        assert f'href="/advisor/step/{step}/?from=review"' in page
    assert "A finance and accounting process" in page
    assert "Data must stay in the country" in page
    assert "First priority" in page and "Lower cost" in page


def test_changing_one_answer_from_review_keeps_the_others(client, rules):
    answer_up_to_review(client)
    client.get(step_url("goals") + "?from=review")
    response = post_step(client, "goals", {**GOALS, "first": "quality", "third": ""})
    assert response["Location"] == step_url("review")  # straight back to review
    post_step(client, "review")
    answers = Assessment.objects.get().answers
    assert answers["goals"]["quality"] == 3
    assert answers["goals"]["focus"] == 2 and answers["goals"]["cost"] == 0
    assert answers["constraints"]["data_residency"] == "country"
    assert answers["process"]["function"] == "finance"


def test_changing_situation_to_offshored_from_review_goes_back_to_it(client, rules):
    answer_up_to_review(client)
    client.get(step_url("situation") + "?from=review")
    response = post_step(
        client, "situation", {**SITUATION_OFFSHORED, "problems": ["risk"]}
    )
    assert response["Location"] == step_url("review")
    review = client.get(step_url("review")).content.decode()
    assert "Supply or political risk abroad" in review


def test_invalid_choice_is_refused_with_a_message(client, rules):
    begin(client)
    response = post_step(
        client, "process", {**PROCESS, "coreness": "<script>x</script>"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Select one of the answers shown" in page
    assert "<script>x</script>" not in page
    assert not Assessment.objects.exists()


def test_missing_answers_are_listed_in_an_error_summary(client, rules):
    begin(client)
    response = post_step(client, "process", {"function": "finance"})
    page = response.content.decode()
    assert "<title>Error: Step 1 of 5: Your process" in page
    start = page.index("There is a problem")
    summary = page[start : page.index("</ul>", start)]
    # One link per unanswered question, to its first option.
    assert summary.count("<a ") == 4
    assert (
        '<a href="#id_process-coreness_0">'
        "Select how core the process is to your business</a>"
    ) in summary
    assert 'id="id_process-coreness_0"' in page
    # Above the options, the question's own message (and once more in the summary).
    assert page.count("Select how core the process is to your business") == 2
    error = page.index('id="id_process-coreness-error"')
    assert error < page.index('id="id_process-coreness_0"')


def test_unknown_step_name_redirects_with_a_message(client, rules):
    begin(client)
    response = client.get(step_url("bogus"), follow=True)
    assert response.redirect_chain[-1][0] == step_url("process")
    assert "That step does not exist" in messages_text(response)
    response = client.post(step_url("bogus"), step_data("bogus", {}), follow=True)
    assert response.status_code == 200
    assert "That step does not exist" in messages_text(response)


def test_tampered_management_step_is_refused(client, rules):
    begin(client)
    data = step_data("process", PROCESS)
    data[f"{WIZARD_PREFIX}-current_step"] = "review"  # claims to be the last step
    response = client.post(step_url("process"), data, follow=True)
    assert "arrived incomplete or altered" in messages_text(response)
    assert not Assessment.objects.exists()


def test_missing_management_form_is_refused(client, rules):
    begin(client)
    response = client.post(step_url("process"), {"process-function": "it"}, follow=True)
    assert response.status_code == 200
    assert "arrived incomplete or altered" in messages_text(response)


def test_posting_a_later_step_before_earlier_ones(client, rules):
    begin(client)
    response = post_step(client, "constraints", CONSTRAINTS)
    assert response["Location"] == step_url("process")
    response = client.get(response["Location"])
    assert "Please answer this step first." in messages_text(response)
    response = post_step(client, "review")
    assert response["Location"] == step_url("process")
    assert not Assessment.objects.exists()


def test_getting_a_later_step_before_earlier_ones(client, rules):
    begin(client)
    response = client.get(step_url("review"), follow=True)
    assert response.redirect_chain[-1][0] == step_url("process")
    assert "Please answer this step first." in messages_text(response)


def test_session_expired_mid_wizard(client, rules):
    begin(client)
    post_step(client, "process", PROCESS)
    client.session.flush()  # what an expired or cleared session looks like
    client.cookies.clear()
    response = post_step(client, "goals", GOALS)
    assert response["Location"] == "/advisor/"
    page = client.get("/advisor/")
    assert "Your session expired" in messages_text(page)
    assert not Assessment.objects.exists()


def test_last_step_submitted_twice_gives_one_assessment(client, rules):
    answer_up_to_review(client)
    run_id = client.session[f"wizard_{WIZARD_PREFIX}"]["extra_data"][RUN_ID]
    first = post_step(client, "review", **{RUN_FIELD: run_id})
    second = post_step(client, "review", **{RUN_FIELD: run_id})
    assert Assessment.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_last_step_submitted_twice_at_once_gives_one_assessment(rules):
    """Two requests carrying the same session data finish the same run."""
    client = Client()
    answer_up_to_review(client)
    saved_session = dict(client.session.items())
    first = post_step(client, "review")
    session = client.session
    session.update(saved_session)  # the second request read the session before
    session.save()
    second = post_step(client, "review")
    assert Assessment.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_done_url_never_creates_an_assessment(client, rules):
    answer_up_to_review(client)
    response = client.get(step_url("done"))
    assert response["Location"] == step_url("review")
    assert not Assessment.objects.exists()


def test_missing_csrf_token_gets_a_friendly_403(rules):
    client = Client(enforce_csrf_checks=True)
    client.get("/advisor/")
    response = client.post("/advisor/begin/")
    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()


def test_oversized_body_gets_a_clear_400(client, rules, settings):
    begin(client)
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = post_step(client, "process", {**PROCESS, "function": "x" * 20_000})
    assert response.status_code == 400
    assert "We could not understand that request" in response.content.decode()
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000_000
    assert client.get(step_url("process")).status_code == 200  # the run survives


def test_start_again_clears_the_run(client, rules):
    answer_up_to_review(client)
    begin(client)
    response = client.get(step_url("review"), follow=True)
    assert response.redirect_chain[-1][0] == step_url("process")


def test_browser_back_after_finishing_shows_the_saved_result(client, rules):
    result_url = finish(client)["Location"]
    response = client.get(step_url("review"), follow=True)
    assert response.redirect_chain[-1][0] == result_url
    assert "You finished the advisor" in messages_text(response)
    assert Assessment.objects.count() == 1


def test_the_start_page_says_how_long_it_takes(client, rules):
    page = client.get("/advisor/").content.decode()
    # 5 + 3 + 7 + 2 questions, at 20 to 35 seconds each.
    assert "4 steps and a review, 17 questions: about 6 to 10 minutes." in page
    assert "about five minutes" not in page


def test_factual_questions_offer_not_sure_and_choices_do_not(client, rules):
    begin(client)
    post_step(client, "process", PROCESS)
    post_step(client, "goals", GOALS)
    page = client.get(step_url("constraints")).content.decode()
    for question in (
        "data_residency",
        "ip_sensitivity",
        "foreign_capacity",
        "cost_gap",
    ):
        assert f'name="constraints-{question}" value="unsure"' in page, question
    assert 'name="constraints-control" value="unsure"' not in page
    unsure = {**CONSTRAINTS, "data_residency": "unsure", "cost_gap": "unsure"}
    response = post_step(client, "constraints", unsure)
    assert response["Location"] == step_url("situation")
    post_step(client, "situation", SITUATION_IN_HOUSE)
    review = client.get(step_url("review")).content.decode()
    assert "Not sure where the data must stay" in review
