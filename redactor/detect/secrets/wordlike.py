"""Does a run of letters read as words (of any language) or as random letters?

``authenticationtokenvalue``, ``getUserNameFromDatabase`` and ``Nutzfahrzeugtechnik`` are words;
``ouvadwgwzakzevyfzoutpqgvagwetaqi`` (a generated API key of lower-case letters) is not, though a
third of its letters are vowels. The test is a letter-bigram language model (`wordlike_data`,
built by ``scripts/build_wordlike_bigrams.py`` from English and 33 other languages' word lists,
each language weighted equally): the mean log-probability of each letter given the one before,
inside each word of the token (camelCase humps are words; the seam between two words is not
scored), relative to uniformly random letters.

Measured on generated and harvested tokens (``tests/test_wordlike.py`` holds the generated
part), for `values.identifier_like`'s test (a fifth of the letters vowels and `reads_as_words`)
against the vowel test it replaced (a third vowels): of 20,000 random lower-case strings of 16-40
letters, 1.9% pass as identifiers (9.2% before); of 12,802 real identifiers of 16+ letters
without separators from installed ``.py`` files, 49 fail (1,003 before: ``AbstractAsyncContextManager``
and German compounds had too few vowels); what fails now is alphabets written out, DNA strings and
a few acronym-heavy names (``CfnLintStringType``). No German job-title compound of 16+ letters
and none of 2,000 generated two-word German compounds fails.
"""

from __future__ import annotations

import math
import re

from redactor.detect.secrets.wordlike_data import BIGRAM

THRESHOLD = -0.5
"""Mean log-probability per letter pair above uniform (natural log) at which letters read as words."""

_UNIFORM = math.log(1 / 26)
_HUMPS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def letter_score(token: str) -> float:
    """Mean of log P(letter | previous letter) minus log(1/26) over the ASCII letter pairs inside
    the token's words (0.0 when it has no pair: too little to say)."""
    total = 0.0
    n = 0
    for m in _HUMPS.finditer(token):
        word = m.group().lower()
        for i in range(len(word) - 1):
            total += BIGRAM[(ord(word[i]) - 97) * 26 + ord(word[i + 1]) - 97]
            n += 1
    return total / n - _UNIFORM if n else 0.0


def reads_as_words(token: str) -> bool:
    """True when the token's letters are as plausible as words' letters (`THRESHOLD`)."""
    return letter_score(token) >= THRESHOLD
