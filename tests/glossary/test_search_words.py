"""Search finds the shipped glossary by the words people type (issue 17).

Unlike the rest of the suite, these tests read the real starter content: the
phrases are about the terms the site ships. They run on SQLite and, when
DATABASE_URL is PostgreSQL, on PostgreSQL, whose search finds its candidates in
the database (glossary/postgres_search.py).
"""

import random
import string

import pytest
from django.core.management import call_command
from django.db import transaction

from glossary import starter_content
from glossary.search import normalise

# What a visitor types -> the term search must go straight to or list first
# (either of two, where two terms answer the question equally well).
PHRASES = [
    ("profit sharing", "gain-sharing"),  # a keyword: not another name for it
    ("profit-sharing", "gain-sharing"),
    ("gain sharing", "gain-sharing"),
    ("call centre", "contact-centre"),
    ("call center", "contact-centre"),
    ("GDPR", ("adequacy-decision", "standard-contractual-clauses")),
    ("T&M", "time-and-materials"),
    ("time & materials", "time-and-materials"),
    ("BPO company", "bpo"),
    ("BPO companies", "bpo"),
    ("BPO", "bpo"),
    ("outsourcing company", "outsourcing"),
    ("MSA", "master-services-agreement"),
    ("SOW", "statement-of-work"),
    ("KPI", "key-performance-indicator"),
    ("KPIs", "key-performance-indicator"),
    ("OLA", "operational-level-agreement"),
    ("RFP", "request-for-proposal"),
    ("SCCs", "standard-contractual-clauses"),
    ("TIA", "transfer-impact-assessment"),
    ("PEO", "professional-employer-organisation"),
    ("IR35", "contractor-misclassification"),
    ("RPA", "robotic-process-automation"),
    ("SaaS", "cloud-and-saas"),
    ("TUPE", "transfer-of-undertakings"),
    ("resoring", "reshoring"),
    ("ofshoring", "offshoring"),
    ("ofsh", "offshoring"),
    ("out", "outsourcing"),
]
TERMS = starter_content.TERMS


@pytest.fixture(scope="module")
def shipped(django_db_setup, django_db_blocker):
    """The starter glossary, loaded once for the module and rolled back after
    it (loading takes seconds; each test still runs in its own transaction)."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_starter_content", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def site(shipped, db, settings):
    settings.PAGE_CACHE_ENABLED = False
    # A thousand searches a minute from one address: these tests, not abuse.
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "search": (100_000, 60)}


@pytest.mark.parametrize(("phrase", "expected"), PHRASES)
def test_a_phrase_people_type_finds_its_term_first(client, site, phrase, expected):
    expected = {expected} if isinstance(expected, str) else set(expected)
    response = client.get("/glossary/", {"q": phrase})
    if response.status_code == 302:
        assert response["Location"] in {f"/glossary/{slug}/" for slug in expected}
        return
    first = response.context["terms"][0]
    assert first.slug in expected
    assert f'href="/glossary/{first.slug}/"' in response.text


def test_a_keyword_lists_its_term_without_going_there(client, site):
    # "profit sharing" is not another name for a gain-sharing contract: the
    # visitor sees its definition first, then its page explains the difference.
    response = client.get("/glossary/", {"q": "profit sharing"})

    assert response.status_code == 200
    assert response.context["found"].exact is None


def suggestions(client, query):
    response = client.get("/glossary/suggest.json", {"q": query})
    return [suggestion["url"] for suggestion in response.json()["suggestions"]]


def test_suggestions_put_the_names_that_start_with_the_query_first(client, site):
    urls = suggestions(client, "out")

    assert urls[0] == "/glossary/outsourcing/"
    assert urls.index("/glossary/outsourcing/") < urls.index(
        "/glossary/nearshore-outsourcing/"
    )


def typos_of(name, seed):
    """Typos of what a visitor has typed so far: one letter wrong, missing or
    extra in the first 4 to 8 characters of a name, where and which drawn
    the same way every run."""
    draw = random.Random(seed)
    for length in range(4, min(len(name), 8) + 1):
        start = name[:length].lower()
        at = draw.randrange(length)
        wrong = draw.choice([c for c in string.ascii_lowercase if c != start[at]])
        yield start[:at] + wrong + start[at + 1 :]
        yield start[:at] + start[at + 1 :]
        at = draw.randrange(length + 1)
        yield start[:at] + draw.choice(string.ascii_lowercase) + start[at:]


def one_typo_from_start(query, text):
    """Whether the query is within one edit of a start of `text` (the test's
    own reckoning, not glossary.search's)."""
    return any(
        edit_distance(query, text[:length]) <= 1
        for length in range(len(query) - 1, len(query) + 2)
    )


def edit_distance(a, b):
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(
                    previous[j] + 1,
                    current[j - 1] + 1,
                    previous[j - 1] + (char_a != char_b),
                )
            )
        previous = current
    return previous[-1]


def rivals(query, term):
    """The other terms the typo fits as well: it is inside one of their
    labels, one typo from the start of a word of their name, or a word of
    their definition ("their", a typo of "third"). Of three or more, any
    three may come first."""
    found = set()
    for other in TERMS:
        if other is term:
            continue
        labels = [other["name"], *other["aliases"], *other.get("keywords", [])]
        name_words = normalise(other["name"]).split(" ")
        if (
            any(query in normalise(label) for label in labels)
            or any(
                one_typo_from_start(query, " ".join(name_words[i:]))
                for i in range(len(name_words))
            )
            or f" {query} " in f" {normalise(other['definition'])} "
        ):
            found.add(other["slug"])
    return found


def test_one_typo_in_the_first_letters_still_suggests_the_term(
    client, site, django_assert_max_num_queries
):
    """Every shipped term, by typos of the first 4 to 8 characters of its name
    (one test, so that the share of typos too ambiguous to check is counted
    over the whole glossary)."""
    checked, ambiguous, missed = 0, [], []
    for term in TERMS:
        url = f"/glossary/{term['slug']}/"
        for typo in typos_of(term["name"], term["slug"]):
            query = normalise(typo)
            if len(query) < 4:
                continue
            if len(rivals(query, term)) >= 3:
                ambiguous.append(query)
                continue
            # The same queries as any suggestion: typos cost nothing extra.
            with django_assert_max_num_queries(2):
                first_three = suggestions(client, typo)[:3]
            if url not in first_three:
                missed.append((typo, term["slug"], first_three))
            checked += 1
    assert missed == []
    assert len(ambiguous) < checked / 5, ambiguous
