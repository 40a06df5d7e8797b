"""How likely is a token a random secret? A learned scorer over character statistics.

Rules see a key name (``api_key=``) or a provider prefix (``ghp_``); many secrets stand where
neither helps: ``rootUser: "M5BMWTR663OVFCTXA7QU"``, a Terraform ``"result"``, a table cell, an
SQL ``VALUES`` tuple, a URL path segment. There only the token itself can speak. This module
turns a token into a fixed vector of character statistics (length, character classes and how
they alternate, entropy relative to the token's own alphabet, English letter-bigram
plausibility, dictionary-word coverage, word structure, hex and base64 shapes) and a logistic
model maps it to P(random secret | token).

The weights and the bigram table are generated data (`randomness_data`, written by
``scripts/fit_secret_scorer.py`` from generated secrets and tokens harvested from installed
files; never from an evaluation corpus). Known non-secret shapes (UUIDs, digests in hash
context, versions, paths, e-mail addresses, dates, Java packages, colours, ``sha512-``
integrity, image digests) are decided by `known_shape` before any scoring.

Everything here is deterministic and pure: the same token always gets the same score.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from redactor import cache_budget
from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii.lexicon import english_words
from redactor.detect.secrets import randomness_data
from redactor.detect.secrets.entropy import is_hex, shannon, wordiness
from redactor.detect.secrets.values import UUID
from redactor.detect.short_cache import short_cache

MIN_LEN = 16
"""Shorter tokens never reach the scorer (too little evidence in the characters)."""
MAX_LEN = 300

FEATURES: tuple[str, ...] = (
    "log_len",
    "has_lower",
    "has_upper",
    "has_digit",
    "has_symbol",
    "n_classes",
    "transitions",
    "rel_entropy",
    "distinct",
    "bigram",
    "word_cover",
    "wordiness",
    "vowels",
    "digit_run",
    "digit_runs",
    "separators",
    "camel_words",
    "hex",
    "hex_digest_len",
    "upper_only",
    "lower_only",
    "b64_text",
    "same_run",
    "digit_share",
    "rare_bigrams",
    "case_flips",
    "sequential",
    "repeated_trigrams",
)
"""Names of the feature vector's entries, in order (the weights follow this order)."""

_CODE_WORDS = frozenset(
    """
    api app apps arg args async auth bool buf cfg cli cmd conf config ctx db dev dir doc docs env
    err exec fmt func hash href html http https id idx img impl init int io js json jwt lib libs
    max min msg num obj opt pkg proc prod ptr py src sql src str sys tmp ts txt uid uri url usr
    util utils uuid val var vars xml yaml yml
    """.split()  # noqa: SIM905  # a word list reads better as text
)
"""Short code words WordNet lacks; they count as words for `word_cover`."""

_DIGIT = re.compile(r"[0-9]")
_WORD_PREFIX = re.compile(r"^(?:[A-Za-z]{2,8}[_-]){1,2}")
_LETTER_RUN = re.compile(r"[A-Za-z]+")
_CAMEL = re.compile(r"[A-Z]?[a-z]{2,}|[A-Z]{2,}(?![a-z])")
_DIGIT_RUN = re.compile(r"[0-9]+")
_B64 = re.compile(r"[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+={0,2}")


def _cls(ch: str) -> int:
    if "a" <= ch <= "z":
        return 0
    if "A" <= ch <= "Z":
        return 1
    if "0" <= ch <= "9":
        return 2
    return 3


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """English words of 4-12 letters plus `_CODE_WORDS` (empty English list: code words only)."""
    return frozenset(w for w in english_words() if 4 <= len(w) <= 12) | _CODE_WORDS


def word_cover(token: str) -> float:
    """Share of the token's letters inside dictionary words (greedy longest match per run)."""
    letters = 0
    covered = 0
    words = _dictionary()
    for m in _LETTER_RUN.finditer(token):
        run = m.group().lower()
        letters += len(run)
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + 12), i + 2, -1):
                if run[i:j] in words:
                    covered += j - i
                    i = j
                    break
            else:
                i += 1
    return covered / letters if letters else 0.0


def bigram_table_from(words: Sequence[str]) -> list[float]:
    """Log-probabilities (natural log, add-one smoothed) of each letter given the one before,
    26 x 26 row-major, from a word list. The fit script builds the committed table with it."""
    counts = [[1.0] * 26 for _ in range(26)]
    for w in words:
        for a, b in pairwise(w):
            ia, ib = ord(a) - 97, ord(b) - 97
            if 0 <= ia < 26 and 0 <= ib < 26:
                counts[ia][ib] += 1.0
    out: list[float] = []
    for row in counts:
        total = sum(row)
        out.extend(math.log(c / total) for c in row)
    return out


def _bigram_stats(token: str, table: Sequence[float]) -> tuple[float, float]:
    """(mean log-prob minus uniform, share of rare pairs) over the letter pairs inside letter runs."""
    total = 0.0
    rare = 0
    n = 0
    uniform = math.log(1 / 26)
    for m in _LETTER_RUN.finditer(token):
        run = m.group().lower()
        for a, b in pairwise(run):
            lp = table[(ord(a) - 97) * 26 + ord(b) - 97]
            total += lp
            rare += lp < uniform - 1.5
            n += 1
    if not n:
        return 0.0, 0.0
    return total / n - uniform, rare / n


def _b64_text(token: str) -> bool:
    """Base64 (or base64url) of printable ASCII text, or whose first 18 bytes are (a PEM header,
    a JSON object, a ``user:host`` line): encoded data, not a key."""
    if len(token) < 16 or not _B64.fullmatch(token):
        return False
    body = token.rstrip("=")
    try:
        raw = base64.b64decode(body.replace("-", "+").replace("_", "/") + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    if len(raw) < 8:
        return False
    printable = [32 <= b < 127 or b in (9, 10, 13) for b in raw]
    return sum(printable) >= 0.95 * len(raw) or (len(raw) >= 30 and all(printable[:18]))


def features(token: str, table: Sequence[float] | None = None) -> list[float]:
    """The feature vector of `token` (order: `FEATURES`); `table` defaults to the committed bigrams."""
    bigrams = randomness_data.BIGRAM if table is None else table
    n = len(token)
    kinds = [_cls(c) for c in token]
    present = [k in kinds for k in range(4)]
    alpha = 26 * present[0] + 26 * present[1] + 10 * present[2] + 8 * present[3]
    ent = shannon(token)
    cap = math.log2(max(2, min(n, alpha)))
    letters = [c for c in token if c.isalpha()]
    vowels = sum(c in "aeiouAEIOU" for c in letters) / len(letters) if letters else 0.0
    digit_runs = [len(r) for r in _DIGIT_RUN.findall(token)]
    transitions = sum(a != b for a, b in pairwise(kinds)) / max(1, n - 1)
    flips = sum(a + b == 1 for a, b in pairwise(kinds)) / max(1, n - 1)
    camel = sum(len(m.group()) for m in _CAMEL.finditer(token) if m.group().lower() in _dictionary())
    hexy = is_hex(token) and present[2] and (present[0] != present[1])
    longest_same = 1
    run = 1
    for a, b in pairwise(token):
        run = run + 1 if a == b else 1
        longest_same = max(longest_same, run)
    bigram, rare = _bigram_stats(token, bigrams)
    return [
        math.log2(n) / 7,
        float(present[0]),
        float(present[1]),
        float(present[2]),
        float(present[3]),
        sum(present) / 4,
        transitions,
        min(1.2, ent / cap),
        len(set(token)) / max(1, min(n, alpha)),
        bigram,
        word_cover(token),
        wordiness(token),
        vowels,
        max(digit_runs, default=0) / n,
        len(digit_runs) / n * 4,
        sum(c in "_-." for c in token) / n * 4,
        camel / n,
        float(hexy),
        float(hexy and n in (32, 40, 64, 128)),
        float(present[1] and not present[0]),
        float(present[0] and not present[1]),
        float(_b64_text(token)),
        longest_same / n,
        sum(digit_runs) / n,
        rare,
        flips,
        sum(ord(b) - ord(a) == 1 for a, b in pairwise(token)) / max(1, n - 1),
        (n - 2 - len({token[i : i + 3] for i in range(n - 2)})) / max(1, n - 2),
    ]


@cache_budget.helper(entry_bytes=187)
@short_cache()
def gate(token: str) -> bool:
    """Cheap test before scoring: 16-300 characters after a short word prefix (``cus_``, ``sk_live_``:
    an object id's 14 random characters are too few), two of lower, upper, digit there, not an
    alphabet written out (``0123456789ABCDEF...``) and not a few characters repeated."""
    n = len(token)
    body = _WORD_PREFIX.sub("", token)
    if n < MIN_LEN or n > MAX_LEN or len(body) < MIN_LEN:
        return False
    lower = body != body.upper()
    upper = body != body.lower()
    digit = _DIGIT.search(body) is not None
    if (lower + upper + digit) < 2:
        return False
    steps = sum(ord(b) - ord(a) == 1 for a, b in pairwise(body))
    return steps * 3 < len(body) and len(set(body)) * 3 >= min(len(body), 30)


def score(token: str) -> float:
    """P(random secret | token), by the committed logistic model (0.0 for tokens the gate drops)."""
    if not gate(token):
        return 0.0
    return probability(features(token), randomness_data.WEIGHTS, randomness_data.BIAS)


def probability(vector: Sequence[float], weights: Sequence[float], bias: float) -> float:
    """The logistic model: sigmoid(bias + weights . vector)."""
    z = bias + sum(w * x for w, x in zip(weights, vector, strict=True))
    if z < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


# --- known non-secret shapes -------------------------------------------------------------------

_HASH_CONTEXT = with_first_chars(
    re.compile(
        r"(?i)hash|sha\d*|md5|digest|checksum|commit|\betag|integrity|fingerprint|thumbprint|\brev(?:ision)?\b|blake|crc"
        r"|oid\b|\bh1\b|go\.(?:mod|sum)|\bs256\b|x5t|gpg|pgp|\bmac\b"
    )
)
_VERSION = re.compile(r"[vV]?\d+(?:\.\d+){1,3}(?:[-+.][0-9A-Za-z.+-]+)?")
_DATE = re.compile(r"\d{4}-?\d{2}-?\d{2}(?:[T_ -]?\d{2}:?\d{2}(?::?\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_EMAILISH = re.compile(r"[^@\s]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_JAVA_PACKAGE = re.compile(r"(?:[a-z][a-z0-9_]*\.){2,}[A-Za-z_$][\w$]*")
_COLOUR = re.compile(r"#?(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_INTEGRITY = re.compile(r"(?:sha(?:1|256|384|512)|md5|blake2b?)[-:=][A-Za-z0-9+/=_-]+", re.IGNORECASE)
_PATHISH = re.compile(r"(?:[\w.-]+/){2,}[\w.-]*|/(?:[\w.-]+/)+[\w.-]*")
_DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+")
_PUBLIC_KEY_B64 = re.compile(
    r"AAAA[B-E]3NzaC1|AAAAE2VjZHNh|AAAAC3NzaC1lZDI1NTE5|MII[A-Za-z0-9+/]{1,3}(?:jANBgkqhkiG9w0BAQEFAAOC|wDQYJKoZIhvcNAQEBBQADg)"
    r"|MFkwEwYHKoZIzj0CAQ|MCowBQYDK2Vw|pk_(?:live|test|prod)_|pub_(?:live|test|prod)_|pk-lf-|age1[02-9ac-hj-np-z]{58}$"
    r"|npub1[02-9ac-hj-np-z]{58}$"
)
"""The openings of public keys (SSH, X.509 SubjectPublicKeyInfo RSA/EC/Ed25519, age and Nostr
recipients) and of publishable keys."""
_HEX_LITERAL = re.compile(r"0[xX][0-9a-fA-F]+")
_SVG_PATH = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]?[0-9.,\- ]*(?:[MmLlHhVvCcSsQqTtAaZz][0-9.,\- ]+)+[Zz]?")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_DOI = re.compile(r"10\.\d{4,9}(?:/|%2F).+")
_B64_DIGEST_LENGTHS = frozenset({22, 24, 27, 28, 43, 44, 64, 86, 88})
"""Lengths of MD5, SHA-1, SHA-256, SHA-384 and SHA-512 digests in base64 (padded or not)."""
_FILENAME = re.compile(
    r"[\w.-]+\.(?:py|js|ts|tsx|jsx|json|ya?ml|toml|md|txt|html?|css|go|rs|java|kt|rb|php|c|h|cpp|sh|png|jpe?g|gif"
    r"|svg|webp|ico|pdf|zip|gz|tgz|whl|so|dll|exe|bin|csv|xml|lock|log|mp[34]|woff2?|ttf)"
)
_DURATION = re.compile(r"[+-]?[Pp](?:\d+[YyMmWwDd])*(?:[Tt](?:\d+[Hh])?(?:\d+[Mm])?(?:\d+(?:\.\d+)?[Ss])?)?")
_ADVISORY = re.compile(r"(?:GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,}|PYSEC-\d{4}-\d+)")


def known_shape(token: str, before: str = "") -> str | None:
    """The name of a non-secret shape `token` has, or None. `before` is the text just before it
    (the key or the start of its line): a hex digest counts as one only in hash context."""
    if UUID.fullmatch(token):
        return "uuid"
    if _INTEGRITY.fullmatch(token):
        return "integrity"
    if _HASH_CONTEXT.search(before) and (
        (is_hex(token) and len(token) in (32, 40, 56, 64, 96, 128)) or len(token.rstrip("=")) in _B64_DIGEST_LENGTHS
    ):
        return "digest"
    if _b64_text(token):
        return "base64-text"
    if _PUBLIC_KEY_B64.match(token):
        return "public-key"
    if _DURATION.fullmatch(token) or _ADVISORY.fullmatch(token):
        return "duration-or-advisory"
    if token.startswith(("ocid1.", "arn:", "urn:")):
        return "resource-name"
    if _HEX_LITERAL.fullmatch(token) or token.startswith(("0x", "0X")):
        return "hex-literal"
    if _DOI.fullmatch(token):
        return "doi"
    if len(_PERCENT.findall(token)) * 3 >= 0.3 * len(token):
        return "percent-encoded"
    if _SVG_PATH.fullmatch(token) and sum(c.isalpha() for c in token) * 3 < len(token):
        return "svg-path"
    if _VERSION.fullmatch(token):
        return "version"
    if _DATE.fullmatch(token):
        return "date"
    if _EMAILISH.fullmatch(token):
        return "email"
    if _JAVA_PACKAGE.fullmatch(token) or (_DOTTED.fullmatch(token) and not any(c.isdigit() for c in token)):
        return "dotted-name"
    if _COLOUR.fullmatch(token) and len(token) <= 9:
        return "colour"
    if _FILENAME.fullmatch(token):
        return "file"
    if _PATHISH.fullmatch(token) and wordiness(token) >= 0.5:
        return "path"
    return None
