"""Ranking glossary terms against a visitor's query (pure Python, no ORM).

Kept apart from the ORM so the ranking can be tested exhaustively and so one
query can fetch the candidates whatever the glossary's size.
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

# Longer queries are cut: nobody types more than this into a glossary search,
# and fuzzy matching costs grow with the length.
MAX_QUERY_LENGTH = 100
# How alike two words must be to count as a typo of each other ("resoring").
FUZZY_THRESHOLD = 0.8

# Tiers of a match, best first. A lone exact name or alias goes straight to
# the term; a keyword ("BPO company") is not another name for the term, so it
# lists it first without going there. Within a tier a match gains less than
# the gap to the next for where it is (the name before another label) and
# for how much of the label the query covers (see _closeness).
EXACT_NAME, EXACT_ALIAS, EXACT_MISSPELLING, EXACT_KEYWORD = 100, 90, 85, 80
NAME_PREFIX, LABEL_PREFIX, WORD_PREFIX, NAME_CONTAINS = 70, 66, 63, 60
ALL_WORDS_IN_NAME, DEFINITION_CONTAINS = 50, 30
# Typo-like matches (18 to 22), below DEFINITION_CONTAINS: a label or word
# alike, or one typo in the start of one.
FUZZY_BASE, PREFIX_TYPO = 10, 8
# A typo in the first few letters a visitor has typed ("ofsh") is looked for
# from this many characters on: shorter, one edit away is almost everything.
MIN_PREFIX_TYPO_LENGTH, MAX_PREFIX_TYPO_LENGTH = 4, 30


@dataclass(frozen=True)
class Candidate:
    key: object
    name: str
    aliases: tuple[str, ...] = ()
    definition: str = ""
    # Found by search, never shown: "resoring" is not another name for reshoring.
    misspellings: tuple[str, ...] = ()
    # What visitors type when they look for the term, though it is not another
    # name for it ("BPO company", "profit sharing"): listed first, never shown.
    keywords: tuple[str, ...] = ()


@lru_cache(maxsize=20_000)
def normalise(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces."""
    text = unicodedata.normalize("NFKD", text[: MAX_QUERY_LENGTH * 4])
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.split(r"[\W_]+", text.lower())).strip()


def clean_query(raw: str) -> str:
    """What is left of a raw ?q= once control characters and excess are dropped."""
    printable = "".join(ch for ch in raw if ch.isprintable())
    return printable.strip()[:MAX_QUERY_LENGTH]


@lru_cache(maxsize=50_000)  # a glossary's words recur in many of its terms
def _similar(a: str, b: str) -> float:
    """The ratio of two strings when it reaches FUZZY_THRESHOLD, else 0.

    Most words of a glossary are nowhere near the query: the two cheap upper
    bounds of difflib (lengths, then letters in common) rule them out before
    the costly ratio, which gives the same answer where both bounds pass.
    """
    if a and b and 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < FUZZY_THRESHOLD:
        return 0.0  # SequenceMatcher.real_quick_ratio(), without building one
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.quick_ratio() < FUZZY_THRESHOLD:
        return 0.0
    ratio = matcher.ratio()
    return ratio if ratio >= FUZZY_THRESHOLD else 0.0


@dataclass(frozen=True)
class _Labels:
    """A candidate's texts as score() compares them, normalised once."""

    name: str
    aliases: tuple[str, ...]
    keywords: tuple[str, ...]
    misspellings: tuple[str, ...]
    labels: tuple[str, ...]  # the name first, then aliases and keywords
    label_words: frozenset[str]
    sorted_words: tuple[str, ...]
    joined: str  # the labels, one a line, for one regular expression search
    definition: str  # padded with spaces: " ... "


@lru_cache(maxsize=20_000)
def _labels(candidate: Candidate) -> _Labels:
    """Normalised once per candidate (a search scores every candidate, most of
    them several ways), not once per query."""
    name = normalise(candidate.name)
    aliases = tuple(normalise(alias) for alias in candidate.aliases)
    keywords = tuple(normalise(keyword) for keyword in candidate.keywords)
    labels = (name, *aliases, *keywords)
    words = frozenset(word for label in labels for word in label.split())
    return _Labels(
        name,
        aliases,
        keywords,
        tuple(normalise(typo) for typo in candidate.misspellings),
        labels,
        words,
        tuple(sorted(words)),
        "\n".join(labels),
        f" {normalise(candidate.definition)} ",
    )


def score(query: str, candidate: Candidate, typos: bool = True) -> float:
    """How well a normalised query matches a candidate; 0 means not at all
    (and for typo-like matches too when `typos` is off)."""
    if not query:
        return 0
    known = _labels(candidate)
    if query == known.name:
        return EXACT_NAME
    if query in known.aliases:
        return EXACT_ALIAS
    if query in known.misspellings:
        return EXACT_MISSPELLING
    if query in known.keywords:
        return EXACT_KEYWORD
    labels = known.labels
    found = _prefix_score(query, labels)
    if found:
        return found
    found = _contains_score(query, labels)
    if found:
        return found
    if all(word in known.label_words for word in query.split()):
        return ALL_WORDS_IN_NAME
    # Whole words only: "outsi", a typo of "outso", is not looking for "outside".
    if f" {query} " in known.definition:
        return DEFINITION_CONTAINS
    if not typos:
        return 0
    return max(
        _fuzzy_score(query, [*labels, *known.misspellings], known.sorted_words),
        _prefix_typo_score(query, known),
    )


def _prefix_score(query: str, labels: Sequence[str]) -> float:
    """The name, another label, or a word of one that starts with the query;
    of several, the one the query covers most ("out": Outsourcing before
    Outcome-based pricing, the visitor's likelier goal as they type)."""
    name, *others = labels
    if name.startswith(query):
        return NAME_PREFIX + _closeness(query, name)
    starting = [label for label in others if label.startswith(query)]
    if starting:
        return LABEL_PREFIX + max(_closeness(query, label) for label in starting)
    with_word = [label for label in labels if f" {query}" in label]
    if with_word:
        return WORD_PREFIX + max(_closeness(query, label) for label in with_word)
    return 0


def _contains_score(query: str, labels: Sequence[str]) -> float:
    """A label with the query inside it: the name before another label, and
    one that has it a letter into a word ("utsourc", the first letter
    missed) before one that has it further in; then the one it covers most."""
    best = 0.0
    for index, label in enumerate(labels):
        if query not in label:
            continue
        in_name = 1 if index == 0 else 0
        near_start = any(tail.startswith(query, 1) for tail in _word_tails(label))
        points = NAME_CONTAINS + in_name + near_start + _closeness(query, label)
        best = max(best, points)
    return best


def _closeness(query: str, label: str) -> float:
    """How much of the label the query covers, below 1 (1 would be all of it):
    of two labels that start with or contain the query, the shorter wins."""
    return len(query) / (len(label) + 1)


def _fuzzy_score(query: str, labels: list[str], words: tuple[str, ...]) -> float:
    # Compare with whole labels ("ofshoring" ~ "offshoring") and, for one-word
    # queries, with each word of a label ("resoring" ~ "reshoring"). A typo of
    # the name beats a typo of an alias or a known misspelling, which beats a
    # typo of one word in it.
    name, *others = labels
    targets = [(name, 2), *((other, 1) for other in others)]
    if " " not in query:
        targets += [(word, 0) for word in words]
    best = 0.0
    for target, bonus in targets:
        ratio = _similar(query, target)
        if ratio:
            best = max(best, FUZZY_BASE + ratio * 10 + bonus)
    return best


def _prefix_typo_score(query: str, known: _Labels) -> float:
    """One typo in the start of a label or of a word in one ("ofsh" for
    Offshoring, "captive ofsh" for Captive offshore centre): what a visitor
    is still typing. The start of the name beats that of another label, which
    beats a later word; then the likelier typo (a letter missed, as in "ofsh",
    before a wrong one, as "ofsh" is for onshoring); then the label the query
    covers most."""
    pattern = prefix_typo_pattern(query)
    if pattern is None or not _anywhere(pattern).search(known.joined):
        return 0
    best = 0.0
    at_start = _at_start(pattern)
    for index, label in enumerate(known.labels):
        for start, tail in enumerate(_word_tails(label)):
            if at_start.match(tail):
                bonus = 0 if start else (2 if index == 0 else 1)
                likeness = max(
                    SequenceMatcher(None, query, tail[:length]).ratio()
                    for length in range(len(query) - 1, len(query) + 2)
                )
                closeness = _closeness(query, label)
                points = FUZZY_BASE + PREFIX_TYPO + bonus
                best = max(best, points + 0.9 * likeness + 0.09 * closeness)
                break
    return best


@lru_cache(maxsize=1_000)
def prefix_typo_pattern(query: str) -> str | None:
    """A regular expression (the syntax Python and PostgreSQL share) for the
    starts of words one typo away from a normalised query: one character
    wrong, missing, extra, or two swapped. None for a query too short to tell
    a typo from another word, or long enough for whole-word similarity."""
    variants = _one_typo_variants(query)
    return "|".join(sorted(variants)) if variants else None


@dataclass(frozen=True)
class PrefixTypoParts:
    """prefix_typo_pattern in two parts a database index can look up: every
    variant either starts with `head` (the typo is after it) and goes on as
    `after_head`, or ends with `tail` (the typo is before it) and starts as
    `before_tail`. Both `head` and `tail` are plain text."""

    head: str
    after_head: str
    tail: str
    before_tail: str


@lru_cache(maxsize=1_000)
def prefix_typo_parts(query: str) -> PrefixTypoParts | None:
    variants = _one_typo_variants(query)
    if not variants:
        return None
    # The tail is kept to three characters or more (a trigram) where it can be.
    k = max(1, min(len(query) // 2, len(query) - 4))
    head, tail = query[:k], query[k + 1 :]
    after = {v[k:] for v in variants if v.startswith(head)}
    before = {v[: len(v) - len(tail)] for v in variants if v.endswith(tail)}
    return PrefixTypoParts(
        head, "|".join(sorted(after)), tail, "|".join(sorted(before))
    )


def _one_typo_variants(query: str) -> set[str]:
    # A normalised query has letters, digits and single spaces only, none of
    # them special in a regular expression; "." stands for any character.
    if not MIN_PREFIX_TYPO_LENGTH <= len(query) <= MAX_PREFIX_TYPO_LENGTH:
        return set()
    variants = set()
    for i in range(len(query)):
        before, after = query[:i], query[i + 1 :]
        variants.add(f"{before}.{after}")  # wrong
        variants.add(f"{before}.{query[i:]}")  # missing
        variants.add(f"{before}{after}")  # extra
        if i + 1 < len(query):  # swapped
            variants.add(f"{before}{query[i + 1]}{query[i]}{query[i + 2 :]}")
    return variants


@lru_cache(maxsize=100)
def _anywhere(pattern: str) -> re.Pattern[str]:
    """Matches at the start of any word of labels joined by newlines."""
    return re.compile(f"(?:^|[ \n])(?:{pattern})", re.MULTILINE)


@lru_cache(maxsize=100)
def _at_start(pattern: str) -> re.Pattern[str]:
    return re.compile(f"(?:{pattern})")


@lru_cache(maxsize=50_000)
def _word_tails(label: str) -> tuple[str, ...]:
    """The label from each of its words on: "captive centre", "centre"."""
    words = label.split(" ")
    return tuple(" ".join(words[i:]) for i in range(len(words)))


def rank(
    raw_query: str, candidates: list[Candidate], typos: bool = True
) -> list[tuple[float, Candidate]]:
    """Matching candidates, best first; ties in alphabetical order of name."""
    query = normalise(clean_query(raw_query))
    scored = [(score(query, candidate, typos), candidate) for candidate in candidates]
    matches = [pair for pair in scored if pair[0] > 0]
    return sorted(matches, key=lambda pair: (-pair[0], pair[1].name.lower()))


def lone_exact_hit(ranked: list[tuple[float, Candidate]]) -> Candidate | None:
    """The one candidate whose name or alias is exactly the query, if only one is."""
    exact = [candidate for points, candidate in ranked if points >= EXACT_ALIAS]
    return exact[0] if len(exact) == 1 else None


@dataclass(frozen=True)
class Outcome:
    """What a search found, and what it has to tell the visitor about it.

    At most one of `exact`, `corrected` and `suggestion` is set:
    - `exact`: the query is the name or alias of this one term (go straight there);
    - `corrected`: the query was a typo of this one term, and `matches` are the
      results for its name ("Showing results for reshoring (you searched for
      resoring)");
    - `suggestion`: only typo-like matches were found, this one likeliest
      ("Did you mean offshoring?").
    """

    matches: list[Candidate]
    exact: Candidate | None = None
    corrected: Candidate | None = None
    suggestion: Candidate | None = None


def search(raw_query: str, candidates: list[Candidate]) -> Outcome:
    ranked = rank(raw_query, candidates)
    exact = lone_exact_hit(ranked)
    if exact is not None:
        return Outcome([c for _, c in ranked], exact=exact)
    corrected = _lone_correction(ranked)
    if corrected is not None:
        # Results for what the visitor meant: the term first, then every term
        # that mentions it, as if its name had been typed (but not the typos
        # of the name: "nearshoring" is not a typo of "reshoring").
        ranked = rank(corrected.name, candidates, typos=False)
        meant = [c for _, c in ranked]
        return Outcome(meant, corrected=corrected)
    typo_like = bool(ranked) and ranked[0][0] < DEFINITION_CONTAINS
    suggestion = ranked[0][1] if typo_like else None
    return Outcome([c for _, c in ranked], suggestion=suggestion)


def _lone_correction(ranked: list[tuple[float, Candidate]]) -> Candidate | None:
    """The term a typo surely meant: the only one listing it as a known
    misspelling, or the only match at all when every match is typo-like."""
    known = [c for points, c in ranked if points == EXACT_MISSPELLING]
    if known:
        return known[0] if len(known) == 1 else None
    if len(ranked) == 1 and ranked[0][0] < DEFINITION_CONTAINS:
        return ranked[0][1]
    return None
