"""The shipped starter content as data: complete, consistent and well sourced.

These tests read the content package itself (no database): what a reader of
any term page or comparison would notice if it were missing or wrong.
"""

import importlib
import re
from urllib.parse import urlparse

import pytest

from advisor.default_rules import OPTION_CONTENT
from citations.models import Work
from glossary import starter_content as content
from glossary.models import Term

TERMS = content.TERMS
SLUGS = {term["slug"] for term in TERMS}
DIMENSION_SLUGS = {dimension["slug"] for dimension in content.DIMENSIONS}

# The advisor's sourcing models and the glossary terms that carry the same name
# (the working agreement's table): the result page links each model to its term.
ADVISOR_MODEL_TERMS = {
    "in-house": "In-house",
    "domestic-outsourcing": "Domestic outsourcing",
    "nearshore-outsourcing": "Nearshore outsourcing",
    "offshore-outsourcing": "Offshore outsourcing",
    "nearshore-captive-centre": "Nearshore captive centre",
    "captive-offshore-centre": "Captive offshore centre",
    "build-operate-transfer": "Build-operate-transfer",
    "out-staffing": "Out-staffing",
    "reshoring": "Reshoring",
}

# Encyclopaedias and explainer sites: fine as an extra pointer, never the only
# support for a term, and always marked as tertiary.
TERTIARY_HOSTS = {
    "wikipedia.org",
    "investopedia.com",
    "wiktionary.org",
    "britannica.com",
    "techtarget.com",
    "webopedia.com",
    "dictionary.com",
    "merriam-webster.com",
}
SOURCE_KINDS = {"primary", "secondary", "tertiary"}
TERM_MARKDOWN_FIELDS = ("explanation", "example", "fits_when", "not_fits_when")
COMPARISON_MARKDOWN_FIELDS = ("introduction", "key_differences", "verdict")
WIKI_LINK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")


def term_ids(term):
    return term["slug"]


def host_of(url):
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.")


def is_tertiary_host(url):
    host = host_of(url)
    return any(host == t or host.endswith("." + t) for t in TERTIARY_HOSTS)


def normalised(text):
    return " ".join(text.lower().split()).rstrip(".")


def max_length(model, field):
    return model._meta.get_field(field).max_length


def test_the_glossary_covers_the_field():
    published_terms = len(TERMS)

    assert published_terms >= 40
    assert len(content.COMPARISONS) >= 15


def test_the_terms_the_issue_asked_for_exist():
    wanted = {
        "shared-services-centre",
        "crowdsourcing",
        "rightshoring",
        "employer-of-record",
        "managed-services",
        "global-capability-centre",
        "global-business-services",
        "co-sourcing",
        "dedicated-team",
        "service-level-agreement",
        "total-cost-of-ownership",
        "retained-organisation",
        "vendor-lock-in",
        "follow-the-sun",
        "transition-and-knowledge-transfer",
        "backsourcing",
    }

    assert wanted <= SLUGS, sorted(wanted - SLUGS)


@pytest.mark.parametrize(("slug", "name"), ADVISOR_MODEL_TERMS.items())
def test_every_advisor_model_has_a_term_of_the_same_name(slug, name):
    by_slug = {term["slug"]: term for term in TERMS}

    assert slug in by_slug
    assert by_slug[slug]["name"] == name


def test_out_staffing_is_also_found_as_staff_augmentation():
    out_staffing = next(t for t in TERMS if t["slug"] == "out-staffing")

    assert "staff augmentation" in out_staffing["aliases"]


def test_the_advisor_result_links_only_to_terms_that_exist():
    linked = {option["term_slug"] for option in OPTION_CONTENT.values()}

    assert linked <= SLUGS, sorted(linked - SLUGS)


def test_slugs_and_names_are_unique_and_fit_comparison_urls():
    slugs = [term["slug"] for term in TERMS]
    names = [term["name"].lower() for term in TERMS]

    assert len(slugs) == len(set(slugs))
    assert len(names) == len(set(names))
    assert not [slug for slug in slugs if "-vs-" in slug]


@pytest.mark.parametrize("term", TERMS, ids=term_ids)
def test_every_term_teaches_with_every_field(term):
    for field in ("name", "definition", "explanation", "example"):
        assert term[field].strip(), field
    assert term["category"] in {c["slug"] for c in content.CATEGORIES}
    assert len(term["takeaways"]) == 3
    assert all(line.strip() and "\n" not in line for line in term["takeaways"])
    for field in ("fits_when", "not_fits_when"):
        lines = term[field].strip().splitlines()
        assert lines, field
        assert all(line.startswith("- ") for line in lines), field


@pytest.mark.parametrize("term", TERMS, ids=term_ids)
def test_every_definition_is_one_sentence_that_fits_its_field(term):
    definition = term["definition"]

    assert len(definition) <= max_length(Term, "definition")
    assert definition.endswith(".")
    assert definition.count(". ") == 0


def test_no_two_terms_share_a_definition():
    definitions = [normalised(term["definition"]) for term in TERMS]

    assert len(definitions) == len(set(definitions))


@pytest.mark.parametrize("term", TERMS, ids=term_ids)
def test_every_term_has_a_value_on_every_dimension(term):
    values = term["values"]

    assert set(values) == DIMENSION_SLUGS
    assert all(value.strip() for value in values.values())


@pytest.mark.parametrize("term", TERMS, ids=term_ids)
def test_related_terms_exist_and_are_not_the_term_itself(term):
    related = term["related"]

    assert related
    assert set(related) <= SLUGS, sorted(set(related) - SLUGS)
    assert term["slug"] not in related


def all_wiki_links():
    for term in TERMS:
        for field in TERM_MARKDOWN_FIELDS:
            for match in WIKI_LINK.finditer(term[field]):
                yield f"{term['slug']}.{field}", match.group(1)
    for comparison in content.COMPARISONS:
        pair = f"{comparison['a']}-vs-{comparison['b']}"
        for field in COMPARISON_MARKDOWN_FIELDS:
            for match in WIKI_LINK.finditer(comparison[field]):
                yield f"{pair}.{field}", match.group(1)


def test_every_wiki_link_leads_to_a_term():
    links = list(all_wiki_links())
    broken = [(where, slug) for where, slug in links if slug.strip() not in SLUGS]

    assert links, "the content links its terms"
    assert not broken


@pytest.mark.parametrize("term", TERMS, ids=term_ids)
def test_misspellings_are_never_shown_as_aliases(term):
    aliases = {alias.lower() for alias in term["aliases"]}
    misspellings = {m.lower() for m in term["misspellings"]}

    assert misspellings
    assert not aliases & misspellings
    assert term["name"].lower() not in misspellings


def test_the_classic_typos_are_misspellings_not_aliases():
    by_slug = {term["slug"]: term for term in TERMS}

    assert "resoring" in by_slug["reshoring"]["misspellings"]
    assert "out-sourcing" in by_slug["outsourcing"]["misspellings"]
    assert "ofshoring" in by_slug["offshoring"]["misspellings"]
    all_aliases = {a.lower() for term in TERMS for a in term["aliases"]}
    assert not {"resoring", "out-sourcing", "ofshoring"} & all_aliases


def test_a_search_word_leads_to_one_term_only():
    owners = {}
    for term in TERMS:
        words = [term["name"], *term["aliases"], *term["misspellings"]]
        words += term.get("keywords", [])
        for word in words:
            owners.setdefault(word.lower(), set()).add(term["slug"])
    shared = {word: slugs for word, slugs in owners.items() if len(slugs) > 1}

    assert not shared


def test_gainsharing_plans_for_employees_do_not_lead_to_the_contract_term():
    gain_sharing = next(t for t in TERMS if t["slug"] == "gain-sharing")
    words = {w.lower() for w in gain_sharing["aliases"] + gain_sharing["misspellings"]}

    assert "employee gainsharing" in gain_sharing["explanation"].lower()
    assert not {"gainsharing", "profit sharing"} & words
    # The source article's phrase still finds it, as a keyword (never shown).
    assert gain_sharing["keywords"] == ["profit sharing"]


def test_existing_sites_get_the_keywords_new_sites_load():
    migration = importlib.import_module("glossary.migrations.0011_term_keywords")
    shipped = {term["slug"]: term["keywords"] for term in TERMS if "keywords" in term}

    assert migration.KEYWORDS == shipped


@pytest.mark.parametrize("term", TERMS, ids=term_ids)
def test_every_source_is_fully_cited(term):
    for source in term["sources"]:
        work = {"authors", "title", "publisher", "year", "url", "kind"}
        assert work <= set(source) <= work | {"locator", "passage", "verified_in"}
        assert source["title"].strip() and source["publisher"].strip()
        assert len(source["title"]) <= max_length(Work, "title")
        # Every work has a year (an undated page: the year it was checked).
        assert 1900 < source["year"] <= 2026, source["url"]
        assert urlparse(source["url"]).scheme == "https", source["url"]
        assert source["kind"] in SOURCE_KINDS
        # An encyclopaedia is never passed off as primary evidence.
        if is_tertiary_host(source["url"]):
            assert source["kind"] == "tertiary", source["url"]


@pytest.mark.parametrize("term", TERMS, ids=term_ids)
def test_every_term_rests_on_a_primary_source_not_an_encyclopaedia(term):
    sources = term["sources"]
    primary = [
        s for s in sources if s["kind"] == "primary" and not is_tertiary_host(s["url"])
    ]

    assert len(sources) >= 2
    assert primary, [s["url"] for s in sources]
    assert len({s["url"] for s in sources}) == len(sources)


def test_out_staffing_is_not_sourced_to_labour_hire():
    out_staffing = next(t for t in TERMS if t["slug"] == "out-staffing")

    assert not [s for s in out_staffing["sources"] if "Labour_hire" in s["url"]]


def test_build_operate_transfer_is_not_sourced_to_infrastructure_finance():
    bot = next(t for t in TERMS if t["slug"] == "build-operate-transfer")

    assert not [s for s in bot["sources"] if "wikipedia.org" in s["url"]]


@pytest.mark.parametrize("slug", ["friendshoring", "multisourcing"])
def test_terms_that_leaned_on_one_encyclopaedia_now_have_more(slug):
    term = next(t for t in TERMS if t["slug"] == slug)
    not_tertiary = [s for s in term["sources"] if s["kind"] != "tertiary"]

    assert len(not_tertiary) >= 1
    assert len(term["sources"]) >= 2


def comparison_ids(comparison):
    return f"{comparison['a']}-vs-{comparison['b']}"


@pytest.mark.parametrize("comparison", content.COMPARISONS, ids=comparison_ids)
def test_every_comparison_has_its_text_and_a_verdict(comparison):
    for field in COMPARISON_MARKDOWN_FIELDS:
        assert comparison[field].strip(), field
    verdict = comparison["verdict"]
    assert verdict.startswith("Choose ")
    assert "; choose " in verdict
    assert comparison["key_differences"].strip().startswith("- ")


@pytest.mark.parametrize("comparison", content.COMPARISONS, ids=comparison_ids)
def test_a_comparison_compares_two_existing_terms(comparison):
    assert comparison["a"] in SLUGS
    assert comparison["b"] in SLUGS
    assert comparison["a"] != comparison["b"]


def test_each_pair_is_curated_once_in_either_order():
    pairs = [frozenset((c["a"], c["b"])) for c in content.COMPARISONS]

    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize("comparison", content.COMPARISONS, ids=comparison_ids)
def test_a_comparison_intro_does_not_repeat_the_definitions(comparison):
    by_slug = {term["slug"]: term for term in TERMS}
    introduction = normalised(comparison["introduction"])

    for slug in (comparison["a"], comparison["b"]):
        assert normalised(by_slug[slug]["definition"]) not in introduction


def test_the_pairs_managers_weigh_are_curated():
    pairs = {frozenset((c["a"], c["b"])) for c in content.COMPARISONS}
    wanted = [
        ("outsourcing", "offshoring"),
        ("offshoring", "nearshoring"),
        ("captive-offshore-centre", "offshore-outsourcing"),
        ("captive-centre", "build-operate-transfer"),
        ("outsourcing", "out-staffing"),
        ("out-staffing", "employer-of-record"),
        ("shared-services-centre", "bpo"),
        ("reshoring", "backsourcing"),
        ("co-sourcing", "outsourcing"),
        ("managed-services", "out-staffing"),
        ("rightshoring", "offshoring"),
    ]

    missing = [pair for pair in wanted if frozenset(pair) not in pairs]

    assert not missing


def test_works_are_cited_as_themselves_not_through_summaries():
    urls = {source["url"] for term in TERMS for source in term["sources"]}

    assert not [url for url in urls if "capitalhblog" in url]
    assert not [url for url in urls if "msp-management-service-provider" in url]
