"""The advisor wizard as a manager uses it, with the mouse and with the keyboard."""

import io
import re
from pathlib import Path

from playwright.sync_api import expect
from pypdf import PdfReader

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
# Goals as priorities: each list's label and the goal chosen in it.
GOALS = {
    "First priority": "Lower cost",
    "Second priority": "Higher quality",
    "Third priority": "Focus on the core business",
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
        if question in GOALS:
            page.get_by_label(question, exact=True).select_option(label=choice)
        else:
            radio(page, question, choice).check()


def check_problems(page):
    for problem in PROBLEMS:
        page.get_by_role("checkbox", name=problem).check()


def next_step(page, expected_step):
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(re.compile(f"/advisor/step/{expected_step}/$"))


def progress(page):
    return page.locator(".wizard-progress__count")


def start(page, site):
    page.goto(site + "/advisor/")
    page.get_by_role("link", name="Start the advisor").click()
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
    expect(page.get_by_label("First priority", exact=True)).to_have_value("cost")
    expect(page.get_by_label("Second priority", exact=True)).to_have_value("quality")
    next_step(page, "constraints")
    answer(page, CONSTRAINTS)
    next_step(page, "situation")
    answer(page, SITUATION)
    check_problems(page)
    next_step(page, "review")

    unchanged = ["Your process", "Constraints", "Current situation"]
    before = {section: review_answers(page, section) for section in unchanged}
    assert (
        "Quality problems abroad, Long lead times abroad" in before["Current situation"]
    )
    page.get_by_role("link", name="Change your answers: Goals").click()
    expect(page).to_have_url(re.compile(r"/advisor/step/goals/\?from=review$"))
    answer(page, {"First priority": "Higher quality", "Second priority": "Lower cost"})
    next_step(page, "review")
    expect(review_answer(page, "Goals", "First priority")).to_have_text(
        "Higher quality"
    )
    expect(review_answer(page, "Goals", "Second priority")).to_have_text("Lower cost")
    for section, text in before.items():
        assert review_answers(page, section) == text

    page.get_by_role("button", name="See my recommendation").click()
    expect(page).to_have_url(RESULT_URL)
    best_fit = page.locator("#recommendation-heading").inner_text()
    ranking = ranking_list(page).get_by_role("listitem").all_text_contents()
    link = page.get_by_label("Private link to this result").input_value()
    assert RESULT_URL.search(link) and link.startswith(site)
    assert len(ranking) >= 3
    assert ranking[0].strip().startswith(f"1. {best_fit}")
    actions = page.get_by_role("group", name="Actions for this result")
    for action in ("Copy link", "Print"):
        expect(actions.get_by_role("button", name=action)).to_be_visible()
    for action in ("Change answers", "Start again"):
        expect(actions.get_by_role("link", name=action)).to_be_visible()

    stranger = browser.new_context()
    try:
        shared = stranger.new_page()
        shared.goto(link)
        expect(shared.get_by_role("heading", level=1)).to_have_text(
            "Your sourcing recommendation"
        )
        expect(shared.locator("#recommendation-heading")).to_have_text(best_fit)
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
    tab_to(page, page.get_by_role("button", name="Continue"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(f"/advisor/step/{expected_step}/$"))


def test_the_whole_wizard_with_the_keyboard_alone(site, page):
    page.goto(site + "/advisor/")
    tab_to(page, page.get_by_role("link", name="Start the advisor"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/advisor/step/process/$"))

    for question in PROCESS:
        choose_with_keyboard(page, question, 1)
    press_next_with_keyboard(page, "goals")
    first = page.get_by_label("First priority", exact=True)
    tab_to(page, first)
    page.keyboard.press("ArrowDown")  # a closed list changes with the arrows
    expect(first).to_have_value("cost")
    press_next_with_keyboard(page, "constraints")
    for question in CONSTRAINTS:
        choose_with_keyboard(page, question, 0)
    press_next_with_keyboard(page, "situation")
    choose_with_keyboard(page, "How is the process run today?", 3)
    hidden_costs = page.get_by_role("checkbox", name="Hidden costs abroad")
    tab_to(page, hidden_costs)
    page.keyboard.press("Space")
    expect(hidden_costs).to_be_checked()
    press_next_with_keyboard(page, "review")

    submit = page.get_by_role("button", name="See my recommendation")
    tab_to(page, submit, 80)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Back")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(submit).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(RESULT_URL)
    expect(ranking_list(page).get_by_role("listitem")).not_to_have_count(0)


def test_progress_numbers_never_jump(site, page):
    start(page, site)
    expect(progress(page)).to_have_text("Step 1 of 5: Your process")
    steps = page.get_by_role("list", name="Advisor steps").get_by_role("listitem")
    expect(steps).to_have_count(5)
    # Plain text, not links or buttons: nothing in the list takes focus.
    assert steps.locator("a, button, [tabindex]").count() == 0
    answer(page, PROCESS)
    next_step(page, "goals")
    expect(progress(page)).to_have_text(re.compile(r"^Step 2 of 5: Goals$"))
    answer(page, GOALS)
    next_step(page, "constraints")
    expect(progress(page)).to_have_text("Step 3 of 5: Constraints")
    answer(page, CONSTRAINTS)
    next_step(page, "situation")
    expect(progress(page)).to_have_text("Step 4 of 5: Current situation")
    expect(steps.and_(page.locator("[aria-current=step]"))).to_have_text(
        "Current situation"
    )
    answer(page, SITUATION)
    check_problems(page)
    next_step(page, "review")
    expect(progress(page)).to_have_text(re.compile(r"^Step 5 of 5: Review$"))


def test_every_wizard_step_and_the_result_pass_axe(site, page):
    start(page, site)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("alert")).to_contain_text("There is a problem")
    axe_check(page)
    page.locator("details.question__glossary summary").first.click()
    axe_check(page)  # the glossary definitions, opened

    steps = [
        ("goals", PROCESS),
        ("constraints", GOALS),
        ("situation", CONSTRAINTS),
        ("review", SITUATION),
    ]
    for following, answers in steps:
        answer(page, answers)
        next_step(page, following)
        axe_check(page)
    page.get_by_role("button", name="See my recommendation").click()
    expect(page).to_have_url(RESULT_URL)
    axe_check(page)
    # "Change answers" asks first, on a page of its own.
    page.get_by_role("link", name="Change answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Change your answers")
    axe_check(page)
    page.get_by_role("button", name="Fill in my answers").click()
    expect(page).to_have_url(re.compile(r"/advisor/step/review/$"))


def test_an_empty_step_shows_an_error_summary_that_takes_focus(site, page):
    start(page, site)
    radio(page, "Which business function is it?", "An IT or software process").check()
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_title(re.compile(r"^Error: Step 1 of 5: Your process"))
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("There is a problem")
    links = summary.get_by_role("link")
    expect(links).to_have_text(
        [
            "Select how core the process is to your business",
            "Select what kind of work the process is",
            "Select how large the operation is",
            "Select how long you will need the process",
        ]
    )
    # The answer given is kept; each question says what is missing above its options.
    expect(
        radio(page, "Which business function is it?", "An IT or software process")
    ).to_be_checked()
    coreness = page.get_by_role("group", name="How core is it")
    expect(coreness.locator(".question__error")).to_have_text(
        "Error: Select how core the process is to your business"
    )
    # A link takes the visitor to the question's first option, by mouse...
    links.nth(2).click()
    first_volume = page.get_by_role("group", name="How large is it?").get_by_role(
        "radio"
    )
    expect(first_volume.first).to_be_focused()
    expect(page.get_by_role("group", name="How large is it?")).to_be_in_viewport()
    # ...or by keyboard, from the summary.
    summary.focus()
    page.keyboard.press("Tab")
    expect(links.first).to_be_focused()
    page.keyboard.press("Enter")
    expect(coreness.get_by_role("radio").first).to_be_focused()
    page.keyboard.press("Space")
    expect(coreness.get_by_role("radio").first).to_be_checked()


def test_glossary_help_opens_in_place_and_keeps_the_answers(site, page):
    start(page, site)
    radio(page, "Which business function is it?", "An IT or software process").check()
    question = page.get_by_role("group", name="Which business function is it?")
    definitions = question.locator("details")
    expect(definitions.locator("dd").first).not_to_be_visible()
    definitions.locator("summary").click()
    expect(definitions.locator("dt").first).to_have_text("IT outsourcing (ITO)")
    link = definitions.get_by_role("link", name=re.compile(r"opens in a new tab\)$"))
    expect(link.first).to_have_attribute("target", "_blank")
    with page.context.expect_page() as new_tab:
        link.first.click()
    new_tab.value.close()
    expect(page).to_have_url(re.compile(r"/advisor/step/process/$"))
    expect(
        radio(page, "Which business function is it?", "An IT or software process")
    ).to_be_checked()


CONTRAST = (Path(__file__).parent / "contrast.js").read_text()


def contrast(locator):
    return locator.evaluate(CONTRAST)


def test_radio_and_checkbox_borders_and_focus_are_clearly_visible(site, page):
    """WCAG 1.4.11 asks 3:1 for the parts needed to see a control and its
    state; axe does not check these, so compute them from the page's styles."""
    start(page, site)
    first = page.get_by_role("radio").first
    unfocused = contrast(first)
    assert unfocused["border"] >= 3, unfocused
    assert unfocused["borderWidth"] >= 2, unfocused
    assert unfocused["outline"] == 0, unfocused  # no outline until focused
    tab_to(page, first)
    focused = contrast(first)
    assert focused["outline"] >= 3, focused
    assert focused["outlineWidth"] >= 2, focused
    assert focused["border"] >= 3, focused
    page.keyboard.press("Space")
    assert contrast(first)["border"] >= 3  # checked

    answer(page, PROCESS)
    next_step(page, "goals")
    answer(page, GOALS)
    next_step(page, "constraints")
    answer(page, CONSTRAINTS)
    next_step(page, "situation")
    answer(page, SITUATION)
    checkbox = page.get_by_role("checkbox").first
    assert contrast(checkbox)["border"] >= 3
    tab_to(page, checkbox)
    assert contrast(checkbox)["outline"] >= 3
    print("radio", unfocused, focused, "checkbox", contrast(checkbox))


def finish_wizard(page, site):
    start(page, site)
    for answers, following in (
        (PROCESS, "goals"),
        (GOALS, "constraints"),
        (CONSTRAINTS, "situation"),
    ):
        answer(page, answers)
        next_step(page, following)
    answer(page, SITUATION)
    check_problems(page)
    next_step(page, "review")
    page.get_by_role("button", name="See my recommendation").click()
    expect(page).to_have_url(RESULT_URL)
    return page.url


def test_on_a_phone_the_recommendation_and_next_steps_come_within_two_screens(
    site, browser
):
    phone = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = phone.new_page()
        finish_wizard(page, site)
        card = page.locator(".recommendation-card")
        expect(card.get_by_role("heading", level=2)).to_be_visible()
        next_steps = card.locator(".recommendation-card__next")
        bottom = next_steps.evaluate(
            "el => el.getBoundingClientRect().bottom + window.scrollY"
        )
        page_height = page.evaluate("document.documentElement.scrollHeight")
        print(f"390 px: next steps end at {bottom:.0f} px of {page_height} px")
        assert bottom <= 2 * 844
        # Nothing is cut off sideways on a phone.
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        phone.close()


def test_the_result_prints_on_at_most_three_a4_pages(site, page):
    url = finish_wizard(page, site)
    pdf = page.pdf(format="A4")
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(p.extract_text() for p in pages)
    print(f"printed result: {len(pages)} A4 pages")
    assert len(pages) <= 3
    # The private link and the glossary links are printed in full.
    squeezed = re.sub(r"\s+", "", text)
    printed_link = squeezed[squeezed.find("Privatelink") :][:140]
    assert url in squeezed, printed_link
    # No ligature glyphs ("fl" as one character) that would break copied links.
    assert not re.search("[\ufb00-\ufb06]", text)
    assert f"{site}/glossary/" in squeezed
    assert "Copy link" not in text and "Start again" not in text
