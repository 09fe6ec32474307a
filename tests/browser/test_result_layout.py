"""The result read in one minute (issue 16, item 5), on the expert panel's cases.

Each case's result is made by the real advisor (`results.assess` on the case's
answers, with the answers summarised by the wizard's own forms), so the page is
measured on what managers get: on a 390 x 844 phone the decision and what
would change it come within three screens and the whole page within eight;
printed on A4 it takes at most three pages with no text under 10 pt."""

import io
import re
import uuid

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils.datastructures import MultiValueDict
from playwright.sync_api import expect
from pypdf import PdfReader

from advisor import forms, results
from advisor.models import Assessment
from advisor.results import RULES_VERSION
from tests.advisor.conftest import make_answers
from tests.advisor.test_expert_panel import PANEL

from .conftest import tab_to

SCREEN = 844
PHONE = {"width": 390, "height": SCREEN}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# What a manager needs to decide, each of which must end within 3 screens.
DECISION = {
    "the recommendation, why and next steps": ".recommendation-card",
    "what would change it": "#change",
    "what is ruled out": "#ruled-out",
}


def summary_of(answers):
    """Each step's questions and answers, as the wizard's own forms word them
    (the steps the answers were asked in: a conditional step only if asked)."""
    asked = forms.prefill_data(answers.to_steps())
    answered = {}
    for step, form_class in forms.STEP_FORMS:
        if step in asked:
            form = form_class(data=MultiValueDict(asked[step]), prefix=step)
            if step == "goals" and not any(vars(answers.goals).values()):
                # A panel case with no goal (the wizard asks for one): the
                # result is the engine's, the answers table just has no goals.
                continue
            assert form.is_valid(), form.errors
            answered[step] = form
    return forms.answer_summaries(answered)


@pytest.fixture
def panel_results(site):
    """Every panel case's saved result: (case, the result's URL, its snapshot)."""
    saved = []
    for case in PANEL:
        answers = make_answers(**case.answers)
        assessment = results.assess(uuid.uuid4(), answers, summary_of(answers))
        saved.append((case, site + assessment.get_absolute_url(), assessment.result))
    return saved


def page_bottom(page, selector):
    return page.locator(selector).evaluate(
        "el => el.getBoundingClientRect().bottom + window.scrollY"
    )


def measured(snapshot):
    """Why a case is worth measuring: the parts that make a result long."""
    return {
        "close call": bool(snapshot.get("close_call")),
        "ruled out": sum(option["ruled_out"] for option in snapshot["options"]),
        "reasons": sum(len(option["reasons"]) for option in snapshot["options"]),
    }


def phone_height(page, url, name):
    """The page's height at 390 px with everything folded, after checking
    that the decision ends within three screens and nothing is cut sideways."""
    page.goto(url)
    bottoms = []
    for part, selector in DECISION.items():
        if not page.locator(selector).count():
            assert part != "the recommendation, why and next steps"
            continue
        bottoms.append(page_bottom(page, selector))
        assert bottoms[-1] <= 3 * SCREEN, f"{name}: {part} ends at {bottoms[-1]}"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= 8 * SCREEN, f"{name}: {height} px, all closed"
    print(
        f"390 px: decision ends at {max(bottoms):4.0f} px, all closed {height:5} px "
        f"({height / SCREEN:.1f} screens), {name}"
    )
    return height


def test_on_a_phone_the_decision_comes_within_three_screens(panel_results, browser):
    # Among the cases: a close call, options ruled out, the longest result.
    cases = [measured(snapshot) for _, _, snapshot in panel_results]
    assert len(cases) >= 6
    assert any(case["close call"] for case in cases)
    assert any(case["ruled out"] >= 2 for case in cases)
    phone = browser.new_context(viewport=PHONE)
    try:
        page = phone.new_page()
        for case, url, snapshot in panel_results:
            phone_height(page, url, f"{case.name} {measured(snapshot)}")
    finally:
        phone.close()


# The smallest text that prints, in pt: every visible element with text of its
# own, and every link's address printed after it (a ::after pseudo-element).
SMALLEST_PRINTED_TEXT = """() => {
  let smallest = Infinity, where = "";
  const size = (style) => parseFloat(style.fontSize) * 0.75;
  for (const el of document.querySelectorAll("body *")) {
    if (!el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden") continue;
    const ownText = [...el.childNodes].some(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    if (ownText && size(style) < smallest) {
      smallest = size(style); where = el.outerHTML.slice(0, 80);
    }
    const after = getComputedStyle(el, "::after");
    if (el.matches("a") && after.content.startsWith('" (') && size(after) < smallest) {
      smallest = size(after); where = "::after " + el.outerHTML.slice(0, 80);
    }
  }
  return [smallest, where];
}"""
# Printed reasons and list items whose box may not split across a page break.
SPLITTABLE_ITEMS = """() => [
  ...document.querySelectorAll(".result-page li, .result-page tr")
].filter((el) => el.getClientRects().length
    && getComputedStyle(el).breakInside !== "avoid")
  .map((el) => el.outerHTML.slice(0, 80))"""


def printed_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def printed_page_count(page, url, name, snapshot):
    """The A4 pages the result prints on, after checking what prints (its own
    contents, no text under 10 pt, no item split across pages). The page
    must be emulating print media, as page.pdf() prints."""
    page.goto(url)
    printed = printed_pages(page.pdf(format="A4"))
    assert len(printed) <= 3, f"{name}: {len(printed)} A4 pages"
    text = " ".join(printed)
    assert "Your answers" in text and "Why it fits" in text
    for absent in ("Ranking", "side by side", "Why each option ranks", "Copy"):
        assert absent not in text, f"{name}: {absent} printed"
    for option in snapshot["options"]:
        if option["ruled_out"]:
            assert option["name"] in text
    smallest, where = page.evaluate(SMALLEST_PRINTED_TEXT)
    # Chromium keeps sizes in 1/64 px: 10 pt is 13.33 px.
    assert round(smallest, 2) >= 10, f"{name}: {smallest:.1f} pt in {where}"
    assert page.evaluate(SPLITTABLE_ITEMS) == []
    # The answers print as a question | answer table, and no comparison.
    expect(page.locator(".answers-table")).to_be_visible()
    expect(page.locator(".comparison-table")).to_be_hidden()
    print(f"printed on A4: {len(printed)} pages, {name}")
    return len(printed)


def test_the_printed_result_has_its_own_contents_on_three_a4_pages(panel_results, page):
    page.emulate_media(media="print")
    for case, url, snapshot in panel_results:
        printed_page_count(page, url, case.name, snapshot)


def with_everything_issue_16_adds(snapshot):
    """A real result as the revised rules save it: each source a record of a
    work with a long address, the sentence saying what fixes the result and
    three answers worth finding out."""
    snapshot = {
        **snapshot,
        "rules_version": RULES_VERSION,
        "fixed_by": "Your data rule decides this: the data must stay in your "
        "region, which rules out every option that would move it abroad.",
        "worth_finding_out": [
            {
                "text": f"If the labour-cost gap turns out to be large, {name} "
                "would come first, as the saving would then pay for the move."
            }
            for name in ("offshore outsourcing", "a captive centre", "in-house")
        ],
    }
    works = {}
    for option in snapshot["options"]:
        for reason in option["reasons"]:
            text = reason["source"]
            if not isinstance(text, str):
                continue  # already a record of a work, as the revised rules save
            number = works.setdefault(text, len(works) + 1)
            reason["source"] = {
                "title": f"{text}: a study of sourcing decisions, number {number}",
                "url": f"https://doi.org/10.1016/j.jom.2014.0{number}.{number}0{number}",
                "authors": "Lacity, M. C., Khan, S. A. and Willcocks, L. P.",
                "year": 2009,
                "publisher": "Journal of Strategic Information Systems 18(3)",
                "locator": "section 4.2, Table 3",
            }
    return snapshot


def test_a_result_with_source_records_and_not_sure_answers_still_fits(
    panel_results, browser
):
    _, _, longest = max(panel_results, key=lambda saved: measured(saved[2])["reasons"])
    enriched = with_everything_issue_16_adds(longest)
    assessment = Assessment.objects.create(
        run_id=uuid.uuid4(), answers={}, result=enriched, top_option="longest"
    )
    url = panel_results[0][1].split("/advisor/")[0] + assessment.get_absolute_url()
    phone = browser.new_context(viewport=PHONE)
    try:
        page = phone.new_page()
        phone_height(page, url, "the longest result, enriched")
        expect(page.locator("#worth-finding-out li")).to_have_count(3)
        expect(page.locator(".fixed-by")).to_be_visible()
        expect(page.locator(".rules-revised")).to_have_count(0)
        page.emulate_media(media="print")
        printed_page_count(page, url, "the longest result, enriched", enriched)
        text = " ".join(printed_pages(page.pdf(format="A4")))
        assert "Worth finding out" in text and "Your data rule decides" in text
        squeezed = re.sub(r"\s+", "", text)
        # The printout cites its strongest reasons' works with their addresses.
        top = next(o for o in enriched["options"] if not o["ruled_out"])
        strongest = max(top["reasons"], key=lambda reason: reason["points"])
        assert f"({strongest['source']['url']})" in squeezed
    finally:
        phone.close()


def test_printed_sources_are_those_the_printout_cites_with_their_addresses(
    panel_results, page
):
    case, url, _ = max(panel_results, key=lambda saved: measured(saved[2])["ruled out"])
    page.goto(url)
    page.emulate_media(media="print")
    marks = " ".join(page.locator(".reason-source:visible").all_inner_texts())
    cited = {int(number) for number in re.findall(r"\[(\d+)\]", marks)}
    listed = page.locator(".source-list li:visible").all_inner_texts()
    numbers = set(range(1, len(listed) + 1))
    assert cited and numbers == cited == set(range(1, len(cited) + 1)), case.name
    text = " ".join(printed_pages(page.pdf(format="A4")))
    assert "Sources" in text


def test_the_result_passes_axe_folded_and_unfolded(panel_results, browser):
    axe = Axe()
    phone = browser.new_context(viewport=PHONE)
    page = phone.new_page()
    try:
        for case, url, _ in panel_results:
            page.goto(url)
            for unfolded in (False, True):
                if unfolded:
                    for summary in page.locator("summary").all():
                        summary.click()
                    # Opened, the side-by-side table scrolls inside its frame.
                    width = page.evaluate("document.documentElement.scrollWidth")
                    assert width <= 390, f"{case.name}: {width} px wide, unfolded"
                found = axe.run(
                    page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}}
                )
                assert found.violations_count == 0, (
                    f"{case.name}\n{found.generate_report()}"
                )
    finally:
        phone.close()


def test_the_folded_detail_opens_from_the_keyboard(panel_results, page):
    page.set_viewport_size(PHONE)
    page.goto(panel_results[0][1])
    table = page.locator(".answers-table")
    expect(table).to_be_hidden()
    summary = page.locator("summary", has=page.locator("#answers-heading"))
    tab_to(page, summary, max_presses=80)
    page.keyboard.press("Enter")
    expect(table).to_be_visible()
    expect(table.get_by_role("rowheader").first).to_be_visible()
    # A reason's source number opens the sources and shows the one it cites.
    page.locator(".recommendation-card .reason-source").first.click()
    expect(page.locator(".source-list li").first).to_be_in_viewport()
