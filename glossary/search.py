"""Ranking glossary terms against a visitor's query (pure Python, no ORM).

Kept apart from the ORM so the ranking can be tested exhaustively and so one
query can fetch the candidates whatever the glossary's size.
"""

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

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


def normalise(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces."""
    text = unicodedata.normalize("NFKD", text[: MAX_QUERY_LENGTH * 4])
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.split(r"[\W_]+", text.lower())).strip()


def clean_query(raw: str) -> str:
    """What is left of a raw ?q= once control characters and excess are dropped."""
    printable = "".join(ch for ch in raw if ch.isprintable())
    return printable.strip()[:MAX_QUERY_LENGTH]


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


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
        ratio = _similarity(query, target)
        if ratio >= FUZZY_THRESHOLD:
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
