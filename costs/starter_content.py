"""The cost picture's starter factors: only figures found in a stored copy of
their source (the passage and the copy are recorded for editors).

Where the literature gives no figure for an option, there is no row: the page
lists the cost type as left out for that option. Checked on LAST_REVIEWED.
"""

LAST_REVIEWED = "2026-12-06"

GREEN_BOOK = {
    "authors": "",
    "title": "Supplementary Green Book Guidance: Optimism Bias",
    "publisher": "HM Treasury",
    "year": 2003,
    "url": "https://www.gov.uk/government/publications/green-book-supplementary-guidance-optimism-bias",
    "kind": "primary",
}
OVERBY = {
    "authors": "Overby, S.",
    "title": "The Hidden Costs of Offshore Outsourcing",
    "publisher": "CIO Magazine",
    "year": 2003,
    "url": "https://www.cio.com/article/267239/offshoring-the-hidden-costs-of-offshore-outsourcing.html",
    "kind": "secondary",
}
WILLCOCKS = {
    "authors": "",
    "title": "Poor leadership undermining outsourcing (a report of Leslie "
    "Willcocks's LSE study “Building Core Retained Capabilities”)",
    "publisher": "Computer Business Review (now Tech Monitor)",
    "year": None,  # the stored copy shows no date: the health page asks for one
    "url": "https://techmonitor.ai/technology/poor_leadership_undermining_outsourcing",
    "kind": "secondary",
}
AON_INDIA = {
    "authors": "",
    "title": "Annual Salary Increase and Turnover Survey 2025-26 India "
    "(Aon's press release of February 2026, as printed)",
    "publisher": "Aon plc, in The Hans India",
    # The same release, in the Deccan Chronicle, is dated 24 February 2026.
    "year": 2026,
    "url": "https://www.thehansindia.com/business/aon-survey-projects-slight-"
    "uptick-in-salaries-in-india-from-89-percent-in-2025-to-91-percent-in-2026-1051513",
    "kind": "secondary",
}
ONS_EARNINGS = {
    "authors": "",
    "title": "Average weekly earnings in Great Britain: June 2025",
    "publisher": "Office for National Statistics",
    "year": 2025,
    "url": "https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/"
    "employmentandemployeetypes/bulletins/averageweeklyearningsingreatbritain/june2025",
    "kind": "primary",
}

# Aon's table, as printed: industry, actual salary increase 2025 (%),
# projected 2026 (%).
AON_TABLE = (
    "Industry Actual Salary Increases (2025) (%) Projected Salary Increases "
    "(2026) (%) Overall India 8.9 9.1"
)
ONS_MAIN_POINTS = (
    "Annual growth in employees' average earnings was 5.2% for regular earnings "
    "(excluding bonuses) and 5.3% for total earnings (including bonuses). ... "
    "Annual average regular earnings growth was 5.1% for the private sector and "
    "5.6% for the public sector. ... The annual growth in employees' average "
    "regular earnings (excluding bonuses) was 5.2% in February to April 2025."
)
# Wage growth at home, read as the yearly rise of the work's cost wherever it
# is done by people paid at home (the manager's own staff or a domestic
# provider's): the same row for each such option.
ONS_ESCALATION = {
    "cost_type": "escalation",
    "band": "",
    "low": "5.1",
    "likely": "5.2",
    "high": "5.6",
    "work": ONS_EARNINGS,
    "locator": "Section 2, Main points (February to April 2025)",
    "passage": ONS_MAIN_POINTS,
    "verified_in": ONS_EARNINGS["url"],
}

FACTORS = [
    {
        "cost_type": "uplift",
        "applies_to": "outsourcing",
        "band": "",
        "low": "0",
        "likely": "41",
        "high": "41",
        "note": "HM Treasury's range for outsourcing projects' operating cost: "
        "41% until mitigation is shown, down to 0% once every risk is managed; "
        "likely is the starting value.",
        "work": GREEN_BOOK,
        "locator": "Table 2, Outsourcing (operating expenditure)",
        "passage": "Table 2 Optimism Bias Guidelines ... Outsourcing | N/A | N/A "
        "| 41* | 0* | * The optimism bias for outsourcing projects is measured "
        "for operating expenditure, OPEX. Note that these values are "
        "indicative starting values for calculating optimism bias levels in "
        "current projects.",
        "verified_in": "https://ppponline.affinitext.com/public/book?id=1343&toc_id=444193",
    },
    {
        "cost_type": "search",
        "applies_to": "offshore_outsourcing",
        "band": "",
        "low": "0.2",
        "likely": "1.1",
        "high": "2",
        "note": "The source gives a range for choosing an offshore vendor; "
        "likely is its midpoint.",
        "work": OVERBY,
        "locator": "“Vendor selection” (hidden cost 1)",
        "passage": "According to a CIO article published in 2003, if you're "
        "sending $10 million worth of work to India, selecting a vendor could "
        "cost you anywhere from .2% to 2% of the price each year — $20,000 to "
        "$200,000. (Checked in a later article quoting it.)",
        "verified_in": "https://sourcingmag.com/2006/02/how-to-reduce-offshore-hidden-costs/",
    },
    {
        "cost_type": "transition",
        "applies_to": "offshore_outsourcing",
        "band": "",
        "low": "3",
        "likely": "7.5",
        "high": "12",
        "note": "Three months to a year of handover, with the provider's and "
        "your own people both paid for much of it; likely is the midpoint.",
        "work": OVERBY,
        "locator": "“The cost of transition” (hidden cost 2)",
        "passage": "The transition period is perhaps the most expensive stage of "
        "an offshore outsourcing endeavor. It takes from three months to a full "
        "year to completely hand the work over ... the offshore outsourcing "
        "employees have to work in parallel with similarly costly in-house "
        "employees for much of this time.",
        "verified_in": "https://staff-india.com/articles/offshore-outsourcing/"
        "10_offshore-outsourcing-the-hidden-costs-of-transition.html",
    },
    {
        "cost_type": "governance",
        "applies_to": "outsourcing",
        "band": "",
        "low": "4",
        "likely": "6",
        "high": "8",
        "note": "The in-house team that manages the contract and the "
        "relationship, read as a share of each year's contract; likely is the "
        "midpoint. Other reports of the same study forecast 10-12% by 2010: "
        "the high figure may be low.",
        "work": WILLCOCKS,
        "locator": "Willcocks's estimate of the retained team's cost",
        "passage": "they are forgetting to factor in the internal costs of "
        "hiring or training staff to maintain and build on that relationship. "
        "Leslie Willcocks ... said: This costs about 4% to 8% of contract.",
        "verified_in": "https://techmonitor.ai/technology/poor_leadership_undermining_outsourcing",
        # Also read: computerweekly.com/news/2240084100 and cio.co.uk (the
        # 10-12% by 2010 forecast of the same study).
    },
    {
        "cost_type": "escalation",
        "applies_to": "offshore_outsourcing",
        "band": "",
        "low": "6.6",
        "likely": "6.8",
        "high": "7",
        "note": "India's technology consulting and services firms raised pay "
        "7% in 2025 and plan 6.6% for 2026 (Aon), read as the provider's yearly "
        "price rise: an indexation clause may hold it lower; other offshore "
        "locations differ. Likely is the midpoint.",
        "work": AON_INDIA,
        "locator": "Industry table, Technology Consulting and Services",
        "passage": f"{AON_TABLE} ... Technology Consulting and Services 7 6.6",
        "verified_in": AON_INDIA["url"],
    },
    {
        "cost_type": "escalation",
        "applies_to": "captive_offshore",
        "band": "",
        "low": "9.2",
        "likely": "9.25",
        "high": "9.3",
        "note": "Global capability centres (companies' own centres) in India "
        "raised pay 9.2% in 2025 and plan 9.3% for 2026 (Aon); other offshore "
        "locations differ. Likely is the midpoint.",
        "work": AON_INDIA,
        "locator": "Industry table, Global Capability Centres",
        "passage": f"{AON_TABLE} ... Global Capability Centres 9.2 9.3",
        "verified_in": AON_INDIA["url"],
    },
    {
        **ONS_ESCALATION,
        "applies_to": "in_house",
        "note": "Pay growth in Great Britain, February to April 2025: 5.2% "
        "(private sector 5.1%, public 5.6%; ONS). One country and one quarter: "
        "the figure for your own country may differ.",
    },
    {
        **ONS_ESCALATION,
        "applies_to": "reshoring",
        "note": "Work brought back home costs what home pay costs: pay growth in "
        "Great Britain, February to April 2025, 5.2% (private sector 5.1%, "
        "public 5.6%; ONS). The figure for your own country may differ.",
    },
    {
        **ONS_ESCALATION,
        "applies_to": "domestic_outsourcing",
        "note": "A domestic provider pays home wages: pay growth in Great "
        "Britain, February to April 2025, 5.2% (private sector 5.1%; ONS), read "
        "as its yearly price rise; an indexation clause may hold it lower.",
    },
]
