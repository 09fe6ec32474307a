"""Glossary search ranking: pure Python, no database.

Visitors type names, abbreviations, misspellings and the odd pasted paragraph;
the best match must come first and nothing they type may break the page.
"""

import time

import pytest

from glossary.search import Candidate, clean_query, lone_exact_hit, rank, search

OUTSOURCING = Candidate(
    "outsourcing",
    "Outsourcing",
    ("contracting out",),
    "Handing a business process to an outside provider.",
)
BPO = Candidate(
    "bpo",
    "Business process outsourcing",
    ("BPO",),
    "Outsourcing a whole back-office process.",
)
OFFSHORING = Candidate(
    "offshoring", "Offshoring", ("off-shoring",), "Moving work to a distant country."
)
CAPTIVE = Candidate(
    "captive-centre",
    "Captive centre",
    ("captive offshoring", "global capability centre"),
    "A unit the company owns abroad.",
)
RESHORING = Candidate(
    "reshoring",
    "Reshoring",
    ("backshoring",),
    "Bringing work back to the home country.",
)
NEARSHORING = Candidate(
    "nearshoring", "Nearshoring", (), "Moving work to a nearby country."
)
ALL = [CAPTIVE, BPO, RESHORING, OFFSHORING, NEARSHORING, OUTSOURCING]


def keys(query, candidates=ALL):
    return [candidate.key for _, candidate in rank(query, candidates)]


def test_exact_name_ranks_before_names_that_contain_it():
    assert keys("outsourcing", [BPO, OFFSHORING, OUTSOURCING]) == [
        "outsourcing",
        "bpo",
    ]


def test_exact_alias_finds_its_term():
    assert keys("BPO")[0] == "bpo"
    assert keys("contracting out")[0] == "outsourcing"


def test_prefix_of_a_name_matches():
    assert keys("nears") == ["nearshoring"]


def test_prefix_of_an_alias_matches():
    assert keys("backsh") == ["reshoring"]


def test_words_only_in_the_definition_match():
    assert keys("distant country") == ["offshoring"]


def test_name_matches_rank_before_definition_matches():
    # "outsourcing" is BPO's definition and part of its name, but the exact
    # name comes first.
    assert keys("outsourcing")[0] == "outsourcing"


@pytest.mark.parametrize(
    ("typo", "expected"),
    [
        ("resoring", "reshoring"),
        ("nearshorng", "nearshoring"),
        ("outsorcing", "outsourcing"),
    ],
)
def test_a_typo_finds_the_term(typo, expected):
    assert keys(typo)[0] == expected


def test_a_typo_of_the_name_beats_a_typo_of_an_alias():
    # "captive offshoring" contains "offshoring" too, but the visitor meant the
    # term called Offshoring.
    assert keys("ofshoring", [CAPTIVE, OFFSHORING])[0] == "offshoring"


def test_all_words_in_any_order_match():
    assert keys("outsourcing business") == ["bpo"]
    assert keys("process outsourcing") == ["bpo"]


@pytest.mark.parametrize("query", ["OFFSHORING", "offshóring", "  Offshoring  "])
def test_case_and_accents_do_not_matter(query):
    assert keys(query)[0] == "offshoring"


def test_a_control_character_inside_a_word_is_ignored():
    assert keys("off\x00shoring")[0] == "offshoring"


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "offshoring " * 1_000,
        "\x00\x01\x02\x1b[31m\x7f",
        "\x00" * 10_000,
        "ü" * 10_000,
        "",
        "   ",
        "?!*%",
    ],
)
def test_odd_queries_cost_about_what_an_ordinary_one_costs(query):
    candidates = ALL * 100

    ordinary, _ = fastest_of_two("offshoring", candidates)
    odd, ranked = fastest_of_two(query, candidates)

    # Relative to an ordinary query in the same run, so a loaded machine does not
    # fail it; a query compared in full (10,000 characters) would cost 100 times.
    assert odd < 5 * ordinary
    assert isinstance(ranked, list)


def fastest_of_two(query, candidates):
    timings = []
    for _ in range(2):
        started = time.perf_counter()
        ranked = rank(query, candidates)
        timings.append(time.perf_counter() - started)
    return min(timings), ranked


def test_nothing_matches_an_empty_query():
    assert keys("") == []
    assert keys("\x00\x01") == []


def test_clean_query_drops_control_characters_and_excess():
    assert clean_query("  off\x00shoring\n") == "offshoring"
    assert len(clean_query("a" * 10_000)) == 100


def test_lone_exact_hit_when_exactly_one_name_or_alias_matches():
    assert lone_exact_hit(rank("outsourcing", ALL)) == OUTSOURCING
    assert lone_exact_hit(rank("bpo", ALL)) == BPO


def test_no_lone_exact_hit_for_a_prefix_or_typo():
    assert lone_exact_hit(rank("outs", ALL)) is None
    assert lone_exact_hit(rank("resoring", ALL)) is None


def test_no_lone_exact_hit_when_two_terms_share_the_alias():
    captive = Candidate("captive", "Captive centre", ("GCC",))
    council = Candidate("council", "Gulf Cooperation Council", ("GCC",))

    assert lone_exact_hit(rank("gcc", [captive, council])) is None


def test_ties_are_broken_alphabetically():
    outstaffing = Candidate("out-staffing", "Out-staffing")
    outplacement = Candidate("outplacement", "Outplacement")

    ranked = rank("out", [outstaffing, outplacement])

    assert len({points for points, _ in ranked}) == 1
    assert [c.key for _, c in ranked] == ["out-staffing", "outplacement"]


def test_a_name_that_starts_with_the_query_comes_before_an_alias_that_does():
    nearshore = Candidate(
        "nearshore-outsourcing",
        "Nearshore outsourcing",
        ("outsourcing to a nearby country",),
    )
    outcome = Candidate("outcome-based-pricing", "Outcome-based pricing")

    assert keys("out", [nearshore, outcome, OUTSOURCING]) == [
        "outsourcing",  # the name it is likeliest the visitor is typing
        "outcome-based-pricing",
        "nearshore-outsourcing",
    ]


def test_a_word_that_starts_with_the_query_beats_one_that_only_contains_it():
    assert keys("shoring", [OFFSHORING, Candidate("re", "Re shoring")]) == [
        "re",
        "offshoring",
    ]


def test_a_definition_matches_whole_words_only():
    assert keys("distant", [OFFSHORING]) == ["offshoring"]
    assert keys("dista", [OFFSHORING]) == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ofsh", "offshoring"),  # a letter missed
        ("offsj", "offshoring"),  # a wrong one
        ("offfsh", "offshoring"),  # an extra one
        ("foffsh", "offshoring"),
        ("ofsfh", "offshoring"),  # two swapped
        ("backsj", "reshoring"),  # the start of an alias
        ("captive ofsh", "captive-centre"),  # the start of a later word
    ],
)
def test_one_typo_in_what_is_typed_so_far_still_finds_the_term(typed, expected):
    assert keys(typed)[0] == expected


def test_a_letter_missed_is_likelier_than_a_wrong_one():
    onshoring = Candidate("onshoring", "Onshoring")

    # "ofsh" is "offsh" with an f missed, or "onsh" with a wrong letter.
    assert keys("ofsh", [onshoring, OFFSHORING]) == ["offshoring", "onshoring"]


def test_a_typo_in_the_start_is_looked_for_from_four_characters_on():
    assert keys("ofs", [OFFSHORING]) == []
    assert search("ofsh", [OFFSHORING]).corrected == OFFSHORING


def test_a_keyword_lists_its_term_first_without_going_there():
    bpo = Candidate("bpo", "Business process outsourcing", keywords=("BPO company",))
    company = Candidate("company", "Company", (), "A BPO company or any other.")

    outcome = search("bpo company", [company, bpo, OUTSOURCING])

    assert outcome.matches == [bpo, company]
    assert (outcome.exact, outcome.corrected, outcome.suggestion) == (None,) * 3


def test_a_keyword_is_found_by_its_start_and_its_words_too():
    gain = Candidate("gain", "Gain-sharing contract", keywords=("profit sharing",))

    assert keys("profit", [gain]) == ["gain"]
    assert keys("sharing profit", [gain]) == ["gain"]


def test_a_known_misspelling_finds_its_term_but_below_a_real_name():
    reshoring = Candidate("reshoring", "Reshoring", misspellings=("resoring",))
    resort = Candidate("resoring", "Resoring")

    assert keys("resoring", [reshoring]) == ["reshoring"]
    assert keys("resoring", [reshoring, resort]) == ["resoring", "reshoring"]
    assert lone_exact_hit(rank("resoring", [reshoring])) is None


def test_search_goes_straight_to_a_lone_exact_name_or_alias():
    outcome = search("bpo", ALL)

    assert (outcome.exact, outcome.corrected, outcome.suggestion) == (BPO, None, None)


def test_search_corrects_a_known_misspelling_to_its_term():
    reshoring = Candidate("reshoring", "Reshoring", misspellings=("resoring",))
    backshoring = Candidate("back", "Backshoring", (), "The US word for reshoring.")

    outcome = search("resoring", [backshoring, reshoring])

    assert outcome.corrected == reshoring
    # The results are those for "Reshoring": the term, then what mentions it.
    assert outcome.matches == [reshoring, backshoring]
    assert outcome.exact is None and outcome.suggestion is None


def test_search_corrects_a_typo_when_it_is_the_only_match():
    outcome = search("nearshorng", ALL)

    assert outcome.corrected == NEARSHORING
    assert outcome.matches == [NEARSHORING]


def test_search_suggests_the_likeliest_of_several_typo_like_matches():
    onshoring = Candidate("onshoring", "Onshoring", ("on-shoring",))

    outcome = search("ofshoring", [onshoring, OFFSHORING])

    assert outcome.suggestion == OFFSHORING
    assert outcome.matches == [OFFSHORING, onshoring]
    assert outcome.corrected is None


def test_search_neither_corrects_nor_suggests_real_matches():
    outcome = search("country", ALL)

    assert outcome.matches == [NEARSHORING, OFFSHORING, RESHORING]
    assert (outcome.exact, outcome.corrected, outcome.suggestion) == (None,) * 3


def test_a_misspelling_two_terms_share_is_not_corrected_to_either():
    one = Candidate("one", "Reshoring", misspellings=("reshorin",))
    two = Candidate("two", "Reshorings", misspellings=("reshorin",))

    outcome = search("reshorin", [one, two])

    assert outcome.corrected is None
    assert outcome.matches == [one, two]
