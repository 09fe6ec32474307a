"""One form pattern and one focus style on every page: the compare picker's
error summary, the focus indicator computed in the browser on every page
type, and disclosures that look like disclosures."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import axe_check
from .test_advisor_journeys import contrast, finish_wizard, start


def test_the_compare_pickers_error_summary_takes_focus_and_links_to_the_field(
    site, page
):
    page.goto(site + "/compare/")
    picker = page.get_by_role("region", name="Pick terms to compare")
    picker.get_by_label("Second term").select_option(label="Offshoring")
    picker.get_by_role("button", name="Compare").click()

    expect(page).to_have_title(re.compile(r"^Error: Compare sourcing terms"))
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("There is a problem")
    links = summary.get_by_role("link")
    expect(links).to_have_text(["Choose the first term to compare"])
    # The field says what is wrong, and is marked invalid; the choice made stays.
    first = picker.get_by_role("combobox", name="First term")
    expect(first).to_have_attribute("aria-invalid", "true")
    expect(first).to_have_accessible_description(
        "Error: Choose the first term to compare"
    )
    expect(picker.get_by_label("Second term")).to_have_value("offshoring")
    expect(picker.get_by_label("Second term")).not_to_have_attribute(
        "aria-invalid", "true"
    )
    axe_check(page)

    # The link takes the visitor to the field, by mouse...
    links.first.click()
    expect(first).to_be_focused()
    expect(page.locator("label[for=id_a]")).to_be_in_viewport()
    # ...or by keyboard, from the summary; then the form works as before.
    summary.focus()
    page.keyboard.press("Tab")
    expect(links.first).to_be_focused()
    page.keyboard.press("Enter")
    expect(first).to_be_focused()
    first.select_option(label="Outsourcing")
    picker.get_by_role("button", name="Compare").click()
    expect(page).to_have_url(re.compile(r"/compare/outsourcing-vs-offshoring/$"))


# The controls whose focus indicator is measured on each page, by kind; the
# first visible one of each kind the page has.
CONTROLS = {
    "skip link": ".skip-link",
    "navigation link": "header a[href] >> visible=true",
    "link": "main a[href]:not(.btn):not(.page-link) >> visible=true",
    "page link": "main a.page-link[href] >> visible=true",
    "button": "main button >> visible=true",
    "link as a button": "main a.btn >> visible=true",
    "text box or list": (
        "main input:not([type=hidden]):not([type=radio]):not([type=checkbox]),"
        " main select, main textarea >> visible=true"
    ),
    "radio or checkbox": "main .form-check-input >> visible=true",
    "disclosure": "main summary >> visible=true",
    "footer link": "footer a[href] >> visible=true",
}
LINKS = {"skip link", "navigation link", "link", "page link", "footer link"}
BUTTONS = {"button", "link as a button", "disclosure"}
INPUTS = {"text box or list", "radio or checkbox"}

# The element's focus ring must not be cut off by a scrolling or clipping box.
CLIPPED_BY = """el => {
  const style = getComputedStyle(el);
  const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
  const box = el.getBoundingClientRect();
  for (let node = el.parentElement; node; node = node.parentElement) {
    const s = getComputedStyle(node);
    if (s.overflowX === "visible" && s.overflowY === "visible") continue;
    const clip = node.getBoundingClientRect();
    if (box.left - reach < clip.left - 0.5 || box.right + reach > clip.right + 0.5
        || box.top - reach < clip.top - 0.5 || box.bottom + reach > clip.bottom + 0.5) {
      return node.tagName.toLowerCase() + "." + node.className;
    }
  }
  return null;
}"""


def focus_indicators(page):
    """The focus indicator of each kind of control on the page, as a keyboard
    user sees it (:focus-visible), computed from the page's styles."""
    page.keyboard.press("Tab")  # keyboard use: focus() then shows the ring
    measured = {}
    for kind, selector in CONTROLS.items():
        control = page.locator(selector).first
        if not control.count():
            continue
        control.focus()
        assert control.evaluate("el => el.matches(':focus-visible')"), kind
        measured[kind] = {
            **contrast(control),
            "clipped by": control.evaluate(CLIPPED_BY),
            "html": control.evaluate("el => el.outerHTML.slice(0, 80)"),
        }
        control.blur()
    return measured


def wizard_step(page, site):
    start(page, site)


def result(page, site):
    finish_wizard(page, site)


PAGES = {
    "home": "/",
    "A-Z": "/glossary/",
    "search results": "/glossary/?q=shoring",
    "term": "/glossary/outsourcing/",
    "comparison": "/compare/outsourcing-vs-offshoring/",
    "three-way comparison": "/compare/nearshoring-vs-offshoring-vs-outsourcing/",
    "picker": "/compare/",
    "picker with errors": "/compare/?a=&b=",
    "open-data table": "/data/glossary/",
    "advisor start": "/advisor/",
    "wizard step": wizard_step,
    "result": result,
    "page not found": "/glossary/no-such-term/",
}


def test_one_visible_focus_style_on_every_page_type(site, page):
    """WCAG 2.4.13-style rule for every link, button and input: a focus
    indicator at least 2 px thick, at least 3:1 against the background next to
    it (Bootstrap's pale ring is about 1.4:1), not cut off."""
    failures, kinds_seen = [], {}
    for name, address in PAGES.items():
        if callable(address):
            address(page, site)
        else:
            page.goto(site + address)
        measured = focus_indicators(page)
        for kind, found in measured.items():
            kinds_seen.setdefault(name, set()).add(kind)
            print(
                f"{name:22} {kind:18} {found['outlineStyle']} "
                f"{found['outlineWidth']:.0f}px {found['outline']:.1f}:1"
            )
            if not (
                found["outlineStyle"] not in ("none", "auto")
                and found["outlineWidth"] >= 2
                and found["outline"] >= 3
                and found["clipped by"] is None
            ):
                failures.append(f"{name}, {kind}: {found}")
    assert failures == [], "\n".join(failures)
    for name, kinds in kinds_seen.items():
        assert kinds & LINKS, f"no link measured on {name}"
    # Buttons and inputs: on every page that has any.
    with_buttons = {name for name, kinds in kinds_seen.items() if kinds & BUTTONS}
    with_inputs = {name for name, kinds in kinds_seen.items() if kinds & INPUTS}
    assert with_buttons >= {
        "home",
        "A-Z",
        "search results",
        "comparison",
        "picker",
        "open-data table",
        "wizard step",
        "result",
    }, with_buttons
    assert with_inputs >= {
        "home",
        "A-Z",
        "search results",
        "comparison",
        "picker",
        "picker with errors",
        "wizard step",
        "result",
    }, with_inputs


ARROW = """el => {
  const marker = getComputedStyle(el, "::before");
  return {
    content: marker.content,
    width: parseFloat(marker.borderLeftWidth),
    color: marker.borderLeftColor,
    transform: marker.transform,
    underline: getComputedStyle(el).textDecorationLine,
    cursor: getComputedStyle(el).cursor,
  };
}"""


def test_what_these_terms_mean_looks_like_a_disclosure(site, page):
    """A bordered control with a triangle that turns when it opens, not an
    underlined link."""
    start(page, site)
    details = page.locator("details.question__glossary").first
    summary = details.locator("summary")
    closed = summary.evaluate(ARROW)
    assert closed["content"] == '""'  # drawn, with a border
    assert closed["width"] >= 8, closed  # a triangle 8 px or more
    assert closed["transform"] == "none", closed  # pointing right
    assert closed["underline"] == "none", closed
    assert closed["cursor"] == "pointer", closed
    look = contrast(summary)
    assert look["borderWidth"] >= 2 and look["border"] >= 3, look
    # Its triangle has the text's colour: dark on white.
    assert closed["color"] == summary.evaluate("el => getComputedStyle(el).color")

    summary.click()
    expect(details).to_have_attribute("open", "")
    opened = summary.evaluate(ARROW)
    # Turned a quarter clockwise: pointing down.
    a, b, c, d = (float(n) for n in re.findall(r"-?[\d.e-]+", opened["transform"])[:4])
    assert (round(a, 6), b, c, round(d, 6)) == (0, 1, -1, 0), opened
    summary.click()
    expect(details).not_to_have_attribute("open", "")


@pytest.mark.parametrize("width", [390])
def test_the_picker_with_errors_fits_a_phone(site, browser, width):
    phone = browser.new_context(viewport={"width": width, "height": 844})
    try:
        page = phone.new_page()
        page.goto(site + "/compare/?a=&b=")
        expect(page.locator("[data-error-summary]")).to_be_focused()
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        phone.close()
