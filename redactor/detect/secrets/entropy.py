"""Shape measures of candidate values: Shannon entropy and character classes.

Used to tell random tokens (``Y8rVcIMii3FFhyQmzEDfttno``) from words, identifiers and prose
(``not_secret``, ``user.name``) when only context, not a provider prefix, suggests a secret.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from redactor import cache_budget
from redactor.detect.first_chars import with_first_chars
from redactor.detect.short_cache import short_cache

_HEX = re.compile(r"[0-9a-fA-F]+")
_CAMEL_WORD = with_first_chars(re.compile(r"[A-Z]?[a-z]{3,}"))
_CAPS = re.compile(r"[A-Z]{2,}")
_ALNUM_RUNS = re.compile(r"[A-Za-z]+|[0-9]+")


@cache_budget.helper()
@short_cache()
def shannon(value: str) -> float:
    """Bits per character of `value` (0.0 for the empty string)."""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def classes(value: str) -> int:
    """How many of lower, upper, digit, other occur in `value`."""
    lower = upper = digit = other = 0
    for ch in value:
        if ch.islower():
            lower = 1
        elif ch.isupper():
            upper = 1
        elif ch.isdigit():
            digit = 1
        else:
            other = 1
    return lower + upper + digit + other


def is_hex(value: str) -> bool:
    """True when `value` is made of hexadecimal digits only."""
    return _HEX.fullmatch(value) is not None


def _wordlike(run: str) -> bool:
    """A letter run that reads like a word: enough vowels, no long consonant cluster."""
    low = run.lower()
    vowels = sum(c in "aeiouy" for c in low)
    if vowels < 0.25 * len(low):
        return False
    cluster = 0
    for c in low:
        cluster = 0 if c in "aeiouy" else cluster + 1
        if cluster >= 4:
            return False
    return True


def reads_as_word(run: str) -> bool:
    """A letter run that reads like a word (enough vowels, no long consonant cluster)."""
    return _wordlike(run)


@cache_budget.helper(entry_bytes=168)
@short_cache()
def wordiness(value: str) -> float:
    """Share of `value` covered by runs of 3+ letters that read like words (camel or plain).

    Random tokens score low; identifiers such as ``measureLatencyAndHandleErrors`` score high.
    """
    if not value:
        return 0.0
    value = _CAPS.sub(lambda m: m.group().lower(), value)
    covered = sum(len(m.group()) for m in _CAMEL_WORD.finditer(value) if _wordlike(m.group()))
    return covered / len(value)


def looks_random(value: str, *, min_len: int = 12, min_entropy: float = 3.0) -> bool:
    """A conservative "this is a generated token" test for values found by context alone.

    Args:
        value: the candidate.
        min_len: shortest accepted length.
        min_entropy: lowest accepted Shannon entropy (bits per character).
    """
    n = len(value)
    if n < min_len:
        return False
    if shannon(value) < min_entropy:
        return False
    has_digit = any(ch.isdigit() for ch in value)
    has_alpha = any(ch.isalpha() for ch in value)
    if has_digit and has_alpha:
        # Words glued with a version number (``release2024notes``) are not tokens.
        return wordiness(value) < 0.75 or n >= 32
    if has_alpha:
        # Letters only: long, mixed and not made of words (``YGIQXPGZSVVGVGOREMAE``).
        return n >= 16 and wordiness(value) < 0.5
    # Digits only (e.g. numeric client ids) need length.
    return has_digit and n >= 15


def mixed_runs(value: str) -> int:
    """Number of alternating letter/digit runs: ``ab12cd3`` -> 4, ``release2024notes`` -> 3."""
    return len(_ALNUM_RUNS.findall(value))
