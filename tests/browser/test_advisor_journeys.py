"""The advisor wizard as a manager uses it, with the mouse and with the keyboard."""

import re

from playwright.sync_api import expect

from .conftest import axe_check, tab_to

RESULT_URL = re.compile(r"/advisor/result/[^/]+/$")

# A manager's answers, by the visible question (legend) and answer (label).
PROCESS = {
    "Which business function is it?": "An IT or software process",
    "How core is it to your competitive advantage?": "Supports the core business",
    "What kind of work is it?": "Rule-based, measurable work",
    "How large is it?": "A medium operation (5 to 50 people)",
    "How long will you need it?": "Needed for three years or more",
}
GOALS = {
    "Lower cost": "Essential",
    "Speed to start": "Nice to have",
    "Higher quality": "Important",
}
# Part of each question is enough to find its group (names match substrings).
CONSTRAINTS = {
    "Where must the data stay": "Data must stay in your region (for example the EU)",
    "intellectual property": "Some sensitive intellectual property",
    "working-hours overlap": "A few hours of overlap needed each day",
    "language and culture": "Language and culture closeness matter somewhat",
    "day-to-day control": "Some day-to-day direction needed",
    "entity abroad": "Some capacity to manage an entity abroad",
    "labour-cost gap": "A large labour-cost gap to offshore locations",
}
SITUATION = {"How is the process run today?": "Run by a provider offshore today"}
PROBLEMS = ["Quality problems abroad", "Long lead times abroad"]


def radio(page, question, answer):
    group = page.get_by_role("group", name=question)
    return group.get_by_role("radio", name=answer, exact=True)


def answer(page, answers):
    for question, choice in answers.items():
        radio(page, question, choice).check()


def next_step(page, expected_step):
    page.get_by_role("button", name="Next").click()
    expect(page).to_have_url(re.compile(f"/advisor/step/{expected_step}/$"))


def progress(page):
    return page.get_by_role("navigation", name="Advisor steps").locator("p")


def start(page, site):
    page.goto(site + "/advisor/")
    page.get_by_role("button", name="Start the advisor").click()
    expect(page).to_have_url(re.compile(r"/advisor/step/process/$"))


def review_answers(page, section):
    return page.get_by_role("region", name=section).locator("dl").inner_text()


def ranking_list(page):
    return page.get_by_role("region", name="Ranking").get_by_role("list")


def review_answer(page, section, question):
    region = page.get_by_role("region", name=section)
    return region.locator(f"dt:text-is('{question}') + dd")


def test_manager_completes_the_wizard_and_shares_the_result(site, page, browser):
    start(page, site)
    answer(page, PROCESS)
    next_step(page, "goals")
    answer(page, GOALS)

    page.get_by_role("button", name="Back").click()
    expect(page).to_have_url(re.compile(r"/advisor/step/process/$"))
    for question, choice in PROCESS.items():
        expect(radio(page, question, choice)).to_be_checked()
    next_step(page, "goals")
    for question, choice in GOALS.items():
        expect(radio(page, question, choice)).to_be_checked()
    expect(radio(page, "Access to skills", "Not a goal")).to_be_checked()
    next_step(page, "constraints")
    answer(page, CONSTRAINTS)
    next_step(page, "situation")
    answer(page, SITUATION)
    next_step(page, "problems")
    for problem in PROBLEMS:
        page.get_by_role("checkbox", name=problem).check()
    next_step(page, "review")

    unchanged = ["Your process", "Constraints", "Current situation", "Problems seen"]
    before = {section: review_answers(page, section) for section in unchanged}
    assert "Quality problems abroad, Long lead times abroad" in before["Problems seen"]
    page.get_by_role("link", name="Change your answers: Goals").click()
    expect(page).to_have_url(re.compile(r"/advisor/step/goals/\?from=review$"))
    expect(radio(page, "Higher quality", "Important")).to_be_checked()
    radio(page, "Higher quality", "Essential").check()
    next_step(page, "review")
    expect(review_answer(page, "Goals", "Higher quality")).to_have_text("Essential")
    expect(review_answer(page, "Goals", "Lower cost")).to_have_text("Essential")
    for section, text in before.items():
        assert review_answers(page, section) == text

    page.get_by_role("button", name="See my recommendation").click()
    expect(page).to_have_url(RESULT_URL)
    best_fit = page.locator("p.lead strong").inner_text()
    ranking = ranking_list(page).get_by_role("listitem").all_text_contents()
    link = page.get_by_label("Private link to this result").input_value()
    assert RESULT_URL.search(link) and link.startswith(site)
    assert len(ranking) >= 3
    assert ranking[0].strip().startswith(f"1. {best_fit}")
    expect(page.get_by_role("button", name="Change my answers")).to_be_visible()
    expect(page.get_by_role("button", name="Start over")).to_be_visible()

    stranger = browser.new_context()
    try:
        shared = stranger.new_page()
        shared.goto(link)
        expect(shared.get_by_role("heading", level=1)).to_have_text(
            "Your sourcing recommendation"
        )
        expect(shared.locator("p.lead strong")).to_have_text(best_fit)
        expect(ranking_list(shared).get_by_role("listitem")).to_have_text(ranking)
    finally:
        stranger.close()


def choose_with_keyboard(page, question, presses):
    """Tab into a radio group, then Space (first answer) or arrows (later ones)."""
    group = page.get_by_role("group", name=question)
    tab_to(page, group.get_by_role("radio").first)
    if presses:
        for _ in range(presses):
            page.keyboard.press("ArrowDown")
    else:
        page.keyboard.press("Space")
    expect(group.get_by_role("radio").nth(presses)).to_be_checked()


def press_next_with_keyboard(page, expected_step):
    tab_to(page, page.get_by_role("button", name="Next"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(f"/advisor/step/{expected_step}/$"))


def test_the_whole_wizard_with_the_keyboard_alone(site, page):
    page.goto(site + "/advisor/")
    tab_to(page, page.get_by_role("button", name="Start the advisor"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/advisor/step/process/$"))

    for question in PROCESS:
        choose_with_keyboard(page, question, 1)
    press_next_with_keyboard(page, "goals")
    # Every goal starts at "Not a goal"; Tab lands on the checked answer.
    lower_cost = page.get_by_role("group", name="Lower cost")
    tab_to(page, lower_cost.get_by_role("radio", name="Not a goal"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(lower_cost.get_by_role("radio", name="Important")).to_be_checked()
    press_next_with_keyboard(page, "constraints")
    for question in CONSTRAINTS:
        choose_with_keyboard(page, question, 0)
    press_next_with_keyboard(page, "situation")
    choose_with_keyboard(page, "How is the process run today?", 3)
    press_next_with_keyboard(page, "problems")
    hidden_costs = page.get_by_role("checkbox", name="Hidden costs abroad")
    tab_to(page, hidden_costs)
    page.keyboard.press("Space")
    expect(hidden_costs).to_be_checked()
    press_next_with_keyboard(page, "review")

    submit = page.get_by_role("button", name="See my recommendation")
    tab_to(page, submit, 80)
    page.keyboard.press("Shift+Tab")
    expect(page.get_by_role("button", name="Back")).to_be_focused()
    page.keyboard.press("Tab")
    expect(submit).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(RESULT_URL)
    expect(ranking_list(page).get_by_role("listitem")).not_to_have_count(0)


def test_progress_counts_the_problems_step_only_when_offshored(site, page):
    start(page, site)
    expect(progress(page)).to_have_text("Step 1 of 5: Your process")
    answer(page, PROCESS)
    next_step(page, "goals")
    expect(progress(page)).to_have_text(re.compile(r"^Step 2 of 5: Goals$"))
    next_step(page, "constraints")
    answer(page, CONSTRAINTS)
    next_step(page, "situation")
    expect(progress(page)).to_have_text("Step 4 of 5: Current situation")
    answer(page, SITUATION)
    next_step(page, "problems")
    expect(progress(page)).to_have_text(re.compile(r"^Step 5 of 6: Problems seen$"))
    steps = page.get_by_role("navigation", name="Advisor steps").get_by_role("listitem")
    expect(steps).to_have_count(6)
    expect(steps.and_(page.locator("[aria-current=step]"))).to_have_text(
        "Problems seen"
    )
    next_step(page, "review")
    expect(progress(page)).to_have_text(re.compile(r"^Step 6 of 6: Review$"))


def test_every_wizard_step_and_the_result_pass_axe(site, page):
    start(page, site)
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("alert")).to_contain_text("Please correct the answers")
    axe_check(page)

    steps = [
        ("goals", PROCESS),
        ("constraints", GOALS),
        ("situation", CONSTRAINTS),
        ("problems", SITUATION),
        ("review", {}),
    ]
    for following, answers in steps:
        answer(page, answers)
        next_step(page, following)
        axe_check(page)
    page.get_by_role("button", name="See my recommendation").click()
    expect(page).to_have_url(RESULT_URL)
    axe_check(page)
