"""Common English words that are no one's name: verbs, adjectives and adverbs.

NER models call a lone capitalised word a person when it starts a line or a cell ("Convert",
"Malformed", "Alternatively", "Struts"). Nouns cannot be ruled out this way (WordNet's noun
index holds surnames: ``kruger``, ``tallis``), but its verb, adjective and adverb indices hold
plain words. They come from the lemmatizer tables bundled with the pinned spaCy model (read
without loading spaCy, like `redactor.detect.pii.lexicon`), less the words that are also given
or family names somewhere (`product_names_data.NAME_WORDS`: ``rich``, ``will``, ``hope``,
``sunny``), less the shipped name lexicons.

Nouns are judged by shape only (`common_noun`: derived endings and plurals of English nouns).
If the model package is not installed the sets are empty and both tests answer False, so nothing
is dropped on a guess.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redactor.detect.pii import names_data
from redactor.detect.pii.given_names import GIVEN_NAMES, SURNAMES
from redactor.detect.pii.lexicon import english_words, lemma_tables
from redactor.detect.pii.product_names_data import NAME_WORDS

NON_NOUN_TABLES: dict[str, int] = {
    "verb": 6360137228241296794,
    "adj": 12401032943472870168,
    "adv": 10054248821341768113,
}
"""spaCy string-store hashes of the part-of-speech keys of the ``lemma_index`` table."""
_SUFFIXES = ("ing", "ed", "es", "s", "ly")


@lru_cache(maxsize=1)
def non_noun_lemmas() -> frozenset[str]:
    """Lower-case verb, adjective and adverb lemmas of the pinned model (empty if absent)."""
    index = lemma_tables().get("lemma_index", {})
    out: set[str] = set()
    for key in NON_NOUN_TABLES.values():
        out.update(w.lower() for w in index.get(key, ()) if w.isalpha())
    return frozenset(out)


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    people = set(NAME_WORDS) | set(GIVEN_NAMES) | set(SURNAMES)
    for lists in (names_data.GIVEN, names_data.FAMILY):
        for text in lists.values():
            people.update(text.split())
    return frozenset(people)


def someones_name(token: str) -> bool:
    """`token` (any case) is a given or family name of the hand lists or Faker's lexicon, or a word
    that is also a name (`product_names_data.NAME_WORDS`: ``grace``, ``dale``)."""
    from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES

    w = token.lower()
    return w in _people() or w in BROAD_GIVEN_NAMES


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """`non_noun_lemmas` less every word that is someone's name."""
    return frozenset(w for w in non_noun_lemmas() if len(w) >= 3) - _people()


_DERIVED = re.compile(
    r"(?:izer|iser|ility|ness|ment|tion|sion|ity|ics|ware|ship|hood|ism|ology|ance|ence|ful|less|able|ible"
    r"|ory|ing|ure|age)$"
)
"""Endings of derived English nouns (``Authorizer``, ``Directory``, ``Punctuation``)."""


def common_noun(token: str) -> bool:
    """`token` is an English noun of a derived shape, or the plural of an English noun
    (``Templates``, ``Frameworks``), and no one's name (``Fleming``, ``Williams`` stay names).

    Nouns of other shapes are not judged: WordNet lists surnames among its nouns.
    """
    vocab = english_words()
    w = token.lower()
    if not vocab or w in _people() or not w.isalpha():
        return False
    if len(w) >= 6 and w in vocab and _DERIVED.search(w):
        return True
    if len(w) < 5 or not w.endswith("s"):
        return False
    stems = [w[:-1]] + ([w[:-2]] if w.endswith("es") else []) + ([w[:-3] + "y"] if w.endswith("ies") else [])
    return any(stem in vocab and stem not in _people() for stem in stems)


def is_common_word(token: str) -> bool:
    """`token` (any case, an inflection allowed: ``Struts``, ``Conflicts``) is a common word."""
    words = common_words()
    w = token.lower()
    if w in words:
        return True
    if w in _people():
        return False
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            if stem in words or stem + "e" in words or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words):
                return stem not in NAME_WORDS and w not in NAME_WORDS
    return False
