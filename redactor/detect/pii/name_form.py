"""Name-likeness of a word's form: does a capitalised Latin-script word look like a person's name?

Lexicons (`given_names`, `names_data`) list the names their sources know; names of cultures they
miss (southern African, Andean, Polynesian, Basque, Haitian...) fail every rule that asks a lexicon.
`name_like` asks the letters instead: a logistic regression over character n-grams (one to four
letters, ``^`` and ``$`` marking the edges) of Faker's given and family names of ~85 locales
against English and other languages' words, products, organisations and places
(`scripts/build_name_form.py` writes `name_form_data`). It reads no context: call it only where a
rule already has a person context (a greeting, a signature line, a name column) and would have
taken the word had a lexicon known it.

Gates before the model (cheap, and what the model cannot know): a capitalised word of Latin letters
(apostrophes and hyphens inside, each part capitalised or a particle), three letters or more, not an
English word, a function word of another language, a place, or a shared non-name word.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from redactor import cache_budget
from redactor.detect.pii._vocab import NOT_NAME_WORDS, ORG_WORDS, TECH_NAMES
from redactor.detect.pii.function_words_data import FUNCTION_WORDS
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.place_names_data import PLACE_NAMES

THRESHOLD = 0.5
"""Score a word needs (log-odds; the classes were balanced in training). `build_name_form.py
--eval` reports what held-out locales' names and held-out non-names reach at each threshold."""

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_PARTICLES = frozenset(
    {"d", "o", "l", "de", "da", "di", "du", "van", "von", "ap", "ben", "bin", "al", "el", "le", "la"}
)


def fold(word: str) -> str:
    """`word` in lower case without diacritics (``Hēmi`` -> ``hemi``), curly apostrophes straight."""
    decomposed = unicodedata.normalize("NFKD", word.replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def ngrams(folded: str) -> list[str]:
    """Character one- to four-grams of ``^folded$``."""
    s = f"^{folded}$"
    return [s[i : i + n] for n in (1, 2, 3, 4) for i in range(len(s) - n + 1)]


@functools.cache
def _weights() -> dict[str, float]:
    from redactor.detect.pii.name_form_data import WEIGHTS

    out: dict[str, float] = {}
    for item in WEIGHTS.split():
        key, _, value = item.rpartition("=")
        out[key] = int(value) / 100
    return out


def score(word: str) -> float:
    """The model's log-odds that `word` (any case) is a given or family name."""
    w = _weights()
    return w.get("", 0.0) + sum(w.get(g, 0.0) for g in set(ngrams(fold(word))))


def _plain(part: str) -> bool:
    f = fold(part)
    return all("a" <= c <= "z" for c in f) and len(f) == len(part)


def _common(low: str) -> bool:
    return (
        is_english(low)
        or low in FUNCTION_WORDS
        or low in PLACE_NAMES
        or low in NOT_NAME_WORDS
        or low in TECH_NAMES
        or low in ORG_WORDS
    )


@cache_budget.helper()
@functools.lru_cache(maxsize=4096)
def name_like(word: str) -> bool:
    """`word` is a capitalised Latin-script word that is no common word and scores name-like
    (``Tavita``, ``Etxeberria``, ``Sekgoma``, ``Jean-Baptiste``; not ``Kubernetes``, ``Invoice``)."""
    if _WORD.fullmatch(word) is None or len(word) < 3 or len(word) > 24:
        return False
    parts = [p for p in re.split(r"['\u2019-]", word) if p]
    main = [p for p in parts if p.lower() not in _PARTICLES or p is parts[-1]]
    for p in main:
        if not p[0].isupper() or not p[1:].islower() or not _plain(p) or len(p) < 3:
            return False
        if _common(p.lower()) or _common(fold(p)):
            return False
    return all(score(p) >= THRESHOLD for p in main)
