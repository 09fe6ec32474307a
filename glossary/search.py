"""Ranking glossary terms against a visitor's query (pure Python, no ORM).

Kept apart from the ORM so the ranking can be tested exhaustively and so one
query can fetch the candidates whatever the glossary's size.
"""

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

# Longer queries are cut: nobody types more than this into a glossary search,
# and fuzzy matching costs grow with the length.
MAX_QUERY_LENGTH = 100
# How alike two words must be to count as a typo of each other ("resoring").
FUZZY_THRESHOLD = 0.8

EXACT_NAME, EXACT_ALIAS, EXACT_MISSPELLING = 100, 90, 85
NAME_PREFIX, NAME_CONTAINS = 70, 60
ALL_WORDS_IN_NAME, DEFINITION_CONTAINS, FUZZY_BASE = 50, 30, 10


@dataclass(frozen=True)
class Candidate:
    key: object
    name: str
    aliases: tuple[str, ...] = ()
    definition: str = ""
    # Found by search, never shown: "resoring" is not another name for reshoring.
    misspellings: tuple[str, ...] = ()


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


def score(query: str, candidate: Candidate) -> float:
    """How well a normalised query matches a candidate; 0 means not at all."""
    if not query:
        return 0
    name = normalise(candidate.name)
    aliases = [normalise(alias) for alias in candidate.aliases]
    labels = [name, *aliases]
    if query == name:
        return EXACT_NAME
    if query in aliases:
        return EXACT_ALIAS
    misspellings = [normalise(typo) for typo in candidate.misspellings]
    if query in misspellings:
        return EXACT_MISSPELLING
    if any(label.startswith(query) for label in labels):
        return NAME_PREFIX
    if any(query in label for label in labels):
        return NAME_CONTAINS
    words = query.split()
    label_words = {word for label in labels for word in label.split()}
    if all(word in label_words for word in words):
        return ALL_WORDS_IN_NAME
    if query in normalise(candidate.definition):
        return DEFINITION_CONTAINS
    return _fuzzy_score(query, [*labels, *misspellings], label_words)


def _fuzzy_score(query: str, labels: list[str], label_words: set[str]) -> float:
    # Compare with whole labels ("ofshoring" ~ "offshoring") and, for one-word
    # queries, with each word of a label ("resoring" ~ "reshoring"). A typo of
    # the name beats a typo of an alias or a known misspelling, which beats a
    # typo of one word in it.
    name, *others = labels
    targets = [(name, 2), *((other, 1) for other in others)]
    if " " not in query:
        targets += [(word, 0) for word in sorted(label_words)]
    best = 0.0
    for target, bonus in targets:
        ratio = _similar(query, target)
        if ratio:
            best = max(best, FUZZY_BASE + ratio * 10 + bonus)
    return best


def rank(raw_query: str, candidates: list[Candidate]) -> list[tuple[float, Candidate]]:
    """Matching candidates, best first; ties in alphabetical order of name."""
    query = normalise(clean_query(raw_query))
    scored = [(score(query, candidate), candidate) for candidate in candidates]
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
        ranked = rank(corrected.name, candidates)
        meant = [c for points, c in ranked if points >= DEFINITION_CONTAINS]
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
