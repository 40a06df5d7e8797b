"""Candidates and hashed context features of the learned secret-context model.

Shared by the detector (`learned`) and its training script (``scripts/train_secret_context.py``),
so a token is cut and described the same way in training and at run time.

A candidate is a run of token characters trimmed of sentence punctuation: quotes, brackets,
commas, pipes, backslashes, CJK and full-width characters end a run, and so does ``&`` before a
``name=``; a ``key=value`` run gives the value, cut at colons (``user:pass`` is two candidates),
and a colon half that starts with a key name gives the value after it (``.env:4:NAME=value``:
`_NAME_EQ`),
and a URL its parts but its path segments (the URL-path rules judge paths). It has 6-400 characters and
one of the shapes secrets come in (`shape_of`): letters and digits, 16+ hex, 20+ letters of
both cases, a password (letters, a symbol, and a digit or both cases), or 6+ digits (10+ digits
only when `values.numeric_key` takes them: not Unix times, date stamps or counting). UUIDs (ids
far more often than keys: the rules judge UUID-valued secrets by their key names), flags,
variables, cache keys, table cells, public shapes, placeholders, plain names (words in one case
joined by separators with at most two digits: hosts, regions, containers; a product word and its
version: user agents, licences; `_plain_name`), the lines of armored blocks and whatever the
rules veto (`learned_vetoes`) are never candidates.

Speed: one regex pass finds the runs that can hold a candidate (`_LIVE_RUN`); a run's pieces,
shapes and token-only vetoes are cached by the run's text (`_run_pieces`), the costly token-only
vetoes by the token (`_shape_vetoed`), and the randomness and word scores of a token
(`scored_features`) are kept apart so the detector can skip them when they cannot decide.

A candidate's features are strings (``k:secret``, ``l:token|hex``...), hashed with CRC-32 into
`DIM` buckets: the token's shape (coarse class, length bin, the randomness scorer's output,
word-likeness), the words of the key right before it and the separator between them, the words
in a window to the left and to the right, the structure of its line, the words of the nearest
comment or heading line above, and the cue words of the whole text. The main context features
are also conjoined with the coarse class, so "key word + hex" and "commit word + hex" get
different weights. Words of any script are lower-cased letter runs; CJK, kana and Hangul runs
give character bigrams.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from redactor import cache_budget
from redactor.detect.secrets import learned_vetoes
from redactor.detect.secrets.entropy import is_hex, wordiness
from redactor.detect.secrets.licence_names import licence_name
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.randomness import known_shape, score
from redactor.detect.secrets.values import UUID, numeric_key
from redactor.detect.secrets.wordlike import letter_score

DIM = 1 << 20
"""Number of hash buckets (a feature's id is ``crc32(name) % DIM``)."""

MIN_LEN = 6
MAX_LEN = 400

_RUN_CHAR = r"""[^\s"'`<>()\[\]{},;|\\\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"""
_RUN = re.compile(_RUN_CHAR + "+")
"""A run of token characters."""
_LIVE_RUN = re.compile(
    f"(?<!{_RUN_CHAR})(?:(?={_RUN_CHAR}*?(?![A-Za-z]){_RUN_CHAR}){_RUN_CHAR}{{{MIN_LEN},}}|{_RUN_CHAR}{{20,}})"
)
"""The runs (whole `_RUN` matches) that can hold a candidate: 20+ characters, or `MIN_LEN`+ with a
character other than an ASCII letter. One linear pass skips the words of prose and code that
`candidates` would drop one by one (a short run of letters has no piece with a shape)."""
_NO_DIGIT = re.compile(r"[^0-9]*")
_SEPARATOR = re.compile(r"[^A-Za-z0-9]")
_WORD_VERSION = re.compile(r"[A-Za-z]{2,12}[/\-_]?v?\d{1,3}(?:\.\d{1,3}){1,3}")
"""A product, protocol or licence word and its version number."""
_PARAM = re.compile(r"&(?=[\w.\-]+=)")
_TRIM = ".,:;!?*~"
_LEAD = "=:#@*~.,;"
_KV = re.compile(r"^((?:-{1,2}|//)?[A-Za-z_$][\w.\-$/:@]{0,80}?)(?::=|=)(?=[^=])")
_NAME_EQ = re.compile(
    r"(?:[A-Z][A-Z0-9_]{2,63}|[a-z][a-z0-9_]{2,63}|[a-z]+(?:[A-Z][a-z]+)+|[a-z][a-z0-9]{0,30}(?:-[a-z0-9]+){1,6})=(?=[^=.\s])"
)
"""A key name and its ``=`` at the start of a piece that `_KV` did not cut: a colon half
(``.env:4:LEDGER_TOKEN=<value>`` in grep output, ``#4:NAME=<value>``) or a piece whose leading
punctuation was trimmed, or the rest of an env value that holds a header (``OTEL_HEADERS=vendor-ingest-key=<value>``).
The name is upper or lower snake case (digits allowed after the first letter), camel case or lower
kebab case, and no ``=``/``.``/blank follows the sign: base64 with padding inside a
token (``bC5va2Fmb3I=.OTIt...``) stays a value."""
_URL = re.compile(r"^[A-Za-z][\w+.-]*://")
_URL_PART = re.compile(r"[^/:@?=#&]+")
_CODE_LIKE = re.compile(r"^(?:--?[A-Za-z][A-Za-z.\-]*=?$|\$[A-Za-z_]\w*$)")
"""Flags, paths, percent escapes and shell/PHP variables are never values here."""
_BLOCK = re.compile(r"-----(BEGIN|END) ")
_COMPOSITE_DIGEST = re.compile(r"^((?:[A-Za-z0-9.]+-){1,6})[0-9a-f]{40,128}$")
_BUILD_TEXT = (
    "linux windows macos darwin ubuntu debian alpine win mac osx go node python py ruby java jdk rust deps cache npm"
    " yarn pnpm pip poetry gradle maven cargo build x64 x86 arm64 amd64 v"
)
_BUILD_WORDS = frozenset(_BUILD_TEXT.split())
"""Words of CI cache keys and build ids (``Linux-node20-<sha256>``, ``v2-deps-<sha1>``): an OS, a
runtime, a package manager or a version before a digest of the lock file."""
_VETOED_SHAPES = frozenset(
    "integrity public-key version email dotted-name file path svg-path doi resource-name duration-or-advisory".split()  # noqa: SIM905
)
"""`randomness.known_shape` names that are never secrets; the others (UUIDs, digests, base64
text, hex literals, dates, colours, percent escapes) are features for the model to weigh."""
_LETTERS = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_PW_SYMBOLS = frozenset("!@#$%^&*+=?~")
_SEP_NAMES = (("=>", "=>"), ("->", "->"), (":=", ":="), ("=", "="), (":", ":"), ("|", "|"), ("/", "/"))
_COMMENT = re.compile(r"^\s*(?:#|//|--|;|<!--|/\*|\*|>)")
_B64 = re.compile(r"[A-Za-z0-9+/_\-]+={0,2}")
_JSON_KEY = re.compile(r"""["'][\w.\-]+["']\s*:\s*["']?$""")
_FLAG = re.compile(r"(?:^|\s)--?[\w\-]+[ =]?[\"']?$")
_TAIL = 240
"""The patterns anchored at the end of the text before a token look at its last `_TAIL` characters
(a search from the start of a long line would try every position)."""
_HEAD = re.compile(r"[A-Za-z]{2,8}[_\-.]")
_WINDOW_LEFT = 80
_WINDOW_RIGHT = 40
_MAX_DOC_WORDS = 400


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate's half-open span in the text it was cut from, and its coarse shape class."""

    start: int
    end: int
    shape: str

    def __repr__(self) -> str:
        return f"Candidate({self.start}, {self.end}, {self.shape!r})"


def shape_of(token: str) -> str | None:
    """The coarse shape class of a token that could be a secret, or None when it could not:
    ``uuid``, ``hex`` (16+ hex), ``digits`` (6+), ``pw`` (a password: letters, a symbol and a
    digit or both cases), ``mixed`` (letters and digits, or 20+ letters of both cases)."""
    n = len(token)
    if n < MIN_LEN or n > MAX_LEN:
        return None
    if n < 16 and token.isascii() and (token.islower() or token.isupper()) and _NO_DIGIT.fullmatch(token):
        return None  # short, one case, no digit: no shape (the common word-like piece, decided cheaply)
    if token.isdigit():
        return "digits"
    if n == 36 and UUID.fullmatch(token):
        return "uuid"
    if n >= 16 and is_hex(token):
        return "hex"
    has_letter = any(map(str.isalpha, token))
    if not has_letter:
        return None
    has_digit = any(map(str.isdigit, token))
    mixed_case = token != token.lower() and token != token.upper()
    if (has_digit or mixed_case) and any(c in _PW_SYMBOLS for c in token):
        return "pw"
    if has_digit:
        return "mixed"
    if n >= 20 and mixed_case and sum(c.isalpha() for c in token) * 4 >= n * 3:
        return "mixed"
    return None


def _known_shape(token: str, before: str) -> str | None:
    """`randomness.known_shape`, cached: the veto and the features ask it the same question.
    Only a digest (22+ characters: 32+ hex or base64 of a digest's length) depends on `before`
    (hash words before it), so a shorter token is cached by itself."""
    if len(token) < _DIGEST_MIN:
        return _known_shape_alone(token)
    return _known_shape_at(token, before)


_DIGEST_MIN = 22
"""The shortest digest `randomness.known_shape` reads in context (MD5 in unpadded base64)."""


@cache_budget.helper()
@lru_cache(maxsize=8192)
def _known_shape_alone(token: str) -> str | None:
    return known_shape(token, "")


@cache_budget.helper(entry_bytes=276)
@lru_cache(maxsize=4096)
def _known_shape_at(token: str, before: str) -> str | None:
    return known_shape(token, before)


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    while s < e and text[s] in _LEAD:
        s += 1
    return s, e


def candidates(text: str, vetoes: frozenset[str] = learned_vetoes.ALL_VETOES) -> list[Candidate]:
    """Every candidate of `text`, in order, without those the rules' `vetoes` classes decide
    (`learned_vetoes.VETO_CLASSES`; the training script compares subsets)."""
    out: list[Candidate] = []
    for m in _LIVE_RUN.finditer(text):
        s = m.start()
        for a, b, shape in _run_pieces(m.group()):
            if not _vetoed(text, s + a, text[s + a : s + b], vetoes):
                out.append(Candidate(s + a, s + b, shape))
    return out


@cache_budget.helper(entry_bytes=196)
@lru_cache(maxsize=16384)
def _run_pieces(run: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, shape) in `run` of the pieces whose token alone could be a secret (a run's
    pieces depend on the run only, so replayed history cuts each distinct run once)."""
    if len(run) < 20 and run.isalpha():
        return ()  # letters only, short: no piece of it has a shape (most words of prose and code)
    pieces: list[tuple[int, int]]
    if _URL.match(run):
        path, query = _path_bounds(run)
        pieces = [p.span() for p in _URL_PART.finditer(run) if not path <= p.start() < query]
    elif "=" not in run and ":" not in run:
        pieces = [(0, len(run))]
    else:
        pieces = []
        pos = 0
        for part in _PARAM.split(run):
            kv = _KV.match(part)
            a = pos + (kv.end() if kv else 0)
            for half in run[a : pos + len(part)].split(":"):  # ``user:pass``: two candidates
                pieces.append((a, a + len(half)))
                a += len(half) + 1
            pos += len(part) + 1
    out: list[tuple[int, int, str]] = []
    for a, b in pieces:
        a, b = _trimmed(run, a, b)
        named = _NAME_EQ.match(run, a, b)
        if named is not None:
            a, b = _trimmed(run, named.end(), b)  # the value after a key name, never the name
        if b - a < MIN_LEN:
            continue
        token = run[a:b]
        shape = shape_of(token)
        if shape is None or shape == "uuid" or (shape == "digits" and b - a >= 10 and not numeric_key(token)):
            continue
        if not _plain_name(token, shape) and not _token_vetoed(token):
            out.append((a, b, shape))
    return tuple(out)


@cache_budget.helper(entry_bytes=259)
@lru_cache(maxsize=8192)
def _plain_name(token: str, shape: str) -> bool:
    """Whether a token reads as a name, not a generated value: words in one case joined by
    separators with at most two digits (``notification-hub-api-1``, ``eu-west-1``, ``bastion-02``:
    hosts, regions, containers), or a product word and its version (``HTTP/1.1``, ``curl/8.9.1``,
    ``Apache-2.0``, ``TLSv1.3``: user agents, licences, protocols). Neither class holds a gold
    secret of the 24 development sets; they are 40 % of the bench stream's candidates."""
    if _WORD_VERSION.fullmatch(token):
        return True
    return (
        shape == "mixed"
        and (token.islower() or token.isupper())
        and sum(c.isdigit() for c in token) <= 2
        and _SEPARATOR.search(token) is not None
        and letter_score(token) >= 0
    )


def _path_bounds(url: str) -> tuple[int, int]:
    """(start, end) of a URL's path: its segments are the URL-path rules' business (`urlpaths`:
    content addresses and resource ids stand there far more often than keys)."""
    scheme = url.find("://") + 3
    slash = url.find("/", scheme)
    if slash < 0:
        return len(url), len(url)
    end = min((i for i in (url.find("?", slash), url.find("#", slash)) if i >= 0), default=len(url))
    return slash, end


def _token_vetoed(token: str) -> bool:
    """The cheap vetoes of `_vetoed` that read the token alone: flags and variables, cache keys
    (`_BUILD_WORDS`)."""
    if _CODE_LIKE.match(token):
        return True
    composite = _COMPOSITE_DIGEST.match(token)
    return composite is not None and any(
        seg.lower().rstrip("0123456789.") in _BUILD_WORDS for seg in composite.group(1).split("-")
    )  # a cache key or build id: platform and tool words before a content digest


@cache_budget.helper(entry_bytes=146)
@lru_cache(maxsize=8192)
def _shape_vetoed(token: str) -> bool:
    """The costly vetoes that read the token alone, tried after the context vetoes: a
    placeholder, a public shape (`_VETOED_SHAPES`) that needs no context, a licence name or
    expression (`licence_names`: ``BSD-3-Clause``, ``LGPLv3+_or_GPLv2+``; session 17, moved here
    from the detector so training and scoring see the same candidates) (cached)."""
    if len(token) < _DIGEST_MIN and _known_shape_alone(token) in _VETOED_SHAPES:
        return True
    return is_placeholder(token) or licence_name(token)


def _vetoed(text: str, start: int, token: str, vetoes: frozenset[str]) -> bool:
    """Tokens that are never judged here, besides those of `_token_vetoed`: table cells (the
    column rules' business), the rules' vetoes (`learned_vetoes`), a public shape, a placeholder,
    a line of an armored block (the PEM detectors' business)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    line = text[ls : le if le >= 0 else len(text)]
    if line.lstrip().startswith("|") or line.count("|") >= 2:
        return True  # a table cell: the column rules (`pwshape.credential_tables`) judge tables
    if learned_vetoes.vetoed(text, start, start + len(token), text[ls:start], vetoes):
        return True  # the rules' key, sentence, object-id and identifier vetoes
    if len(token) >= _DIGEST_MIN and _known_shape_at(token, text[max(ls, start - 60) : start]) in _VETOED_SHAPES:
        return True
    if _shape_vetoed(token):
        return True
    begin = text.rfind("-----BEGIN ", 0, start)
    if begin >= 0 and not text[ls:start].strip():
        last = None
        for last in _BLOCK.finditer(text, begin, start):  # noqa: B007  # the last marker before the token
            pass
        if last is not None and last.group(1) == "BEGIN":
            return True
    return False


# --- features ----------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """Lower-cased words of `text`: letter runs split at camelCase humps (2+ letters), and the
    character bigrams of CJK, kana and Hangul runs."""
    out: list[str] = []
    for m in _LETTERS.finditer(text):
        run = m.group()
        if run.isascii():
            out.extend(w.lower() for w in _CAMEL.findall(run) if len(w) >= 2)
            continue
        if _CJK.search(run):
            for c in _CJK.finditer(run):
                seg = c.group()
                out.extend(seg[i : i + 2] for i in range(max(1, len(seg) - 1)))
            run = _CJK.sub(" ", run)
            out.extend(w.lower() for w in run.split() if len(w) >= 2)
            continue
        if len(run) >= 2:
            out.append(run.lower())
    return out


def _context_words(text: str) -> list[str]:
    """Words of a context window, skipping tokens that look like values (letters mixed with digits)."""
    return list(_iter_context_words(text))


def _iter_context_words(text: str) -> Iterator[str]:
    for tok in text.split():
        yield from _token_words(tok)


@cache_budget.helper(entry_bytes=231)
@lru_cache(maxsize=65536)
def _token_words(tok: str) -> tuple[str, ...]:
    """The `words` of one blank-separated token, none for a value-like one (cached: texts and
    replayed history repeat their tokens)."""
    if len(tok) >= 12 and any(map(str.isdigit, tok)):
        return ()
    return tuple(words(tok))


def _length_bin(n: int) -> str:
    for limit, name in ((8, "6"), (12, "8"), (16, "12"), (24, "16"), (32, "24"), (48, "32"), (64, "48")):
        if n < limit:
            return name
    return "64"


def _shape_features(token: str, shape: str, before: str) -> list[str]:
    feats = list(_token_features(token, shape))
    known = _known_shape(token, before)
    if known is not None:
        feats.append(f"known:{known}")
    return feats


@cache_budget.helper(entry_bytes=820)
@lru_cache(maxsize=4096)
def _token_features(token: str, shape: str) -> tuple[str, ...]:
    """The features of the token alone (cached: replayed history repeats its tokens)."""
    n = len(token)
    feats = [f"s:{shape}", f"sl:{shape}|{_length_bin(n)}"]
    if any(not c.isalnum() for c in token):
        syms = "".join(sorted({c for c in token if not c.isalnum()}))[:4]
        feats.append(f"sym:{syms}")
    if n in (32, 40, 64) and shape == "hex":
        feats.append(f"hexlen:{n}")
    head = _HEAD.match(token)
    if head:
        feats.append(f"prefix:{head.group().lower()}")
        feats.append("has_prefix")
    decoded = _b64_decoded(token)
    if decoded is not None:
        feats.append("b64:" + ("prose" if " " in decoded else "pair" if ":" in decoded else "text"))
    case = ("l" if token != token.upper() else "") + ("u" if token != token.lower() else "")
    feats.append(f"case:{shape}|{case}")
    feats.extend(_class_features(token, shape))
    return tuple(feats)


def _class_features(token: str, shape: str) -> tuple[str, ...]:
    """The token's character classes (a mask of upper, lower, digit, symbol), alone and with its
    length bin, and the share of digits in fifths by shape (session 14, leave-one-set-out: fewer
    false regions at the same recall)."""
    mask = (
        ("U" if any(map(str.isupper, token)) else "")
        + ("L" if any(map(str.islower, token)) else "")
        + ("D" if any(map(str.isdigit, token)) else "")
        + ("S" if token and not token.isalnum() else "")
    )
    digits = sum(map(str.isdigit, token)) / len(token) if token else 0.0
    return (f"cc:{mask}", f"cc:{mask}|{_length_bin(len(token))}", f"dfrac:{shape}|{min(4, int(digits * 5))}")


@cache_budget.helper()
@lru_cache(maxsize=4096)
def scored_features(token: str, shape: str) -> tuple[str, ...]:
    """The token's features that need its randomness and word scores (the costly part of a
    candidate's description): one name of each group of `deferred_groups`, none for an absent
    ``wordy``. Cached: replayed history repeats its tokens."""
    feats = [
        f"rs:{shape}|{min(9, int(score(token) * 10))}",
        f"ws:{shape}|{max(-4, min(2, round(letter_score(token) * 2)))}",
    ]
    if wordiness(token) >= 0.5:
        feats.append(f"wordy:{shape}")
    return tuple(feats)


@cache_budget.helper()
@lru_cache(maxsize=16)
def deferred_groups(shape: str) -> tuple[tuple[str | None, ...], ...]:
    """Every name `scored_features` can give a token of `shape`, by group (None: no feature), so
    the detector can bound their contribution before it pays for the scores."""
    return (
        tuple(f"rs:{shape}|{k}" for k in range(10)),
        tuple(f"ws:{shape}|{k}" for k in range(-4, 3)),
        (f"wordy:{shape}", None),
    )


def _b64_decoded(token: str) -> str | None:
    """The text a base64 token (or a line of wrapped base64) decodes to, when it is printable text."""
    n = len(token) // 4 * 4
    if n < 12 or not _B64.fullmatch(token):
        return None
    try:
        raw = base64.b64decode(token[:n].replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None
    text = raw.decode("ascii", "replace")
    return text if sum(c.isprintable() for c in text) >= 0.95 * len(text) else None


def _line_kind(line_before: str, line: str, token_start_in_line: int) -> list[str]:
    kinds: list[str] = []
    stripped = line.lstrip()
    if stripped.startswith("|") or line.count("|") >= 2:
        kinds.append("table")
    if "<" in line_before and ">" in line_before:
        kinds.append("xml")
    tail = max(0, len(line_before) - _TAIL)
    if _JSON_KEY.search(line_before, tail):
        kinds.append("json")
    if _FLAG.search(line_before, tail):
        kinds.append("flag")
    if "://" in line_before[-120:]:
        kinds.append("url")
    if stripped[:1] in "+-" and not stripped.startswith(("--", "++")):
        kinds.append("diff")
    if _COMMENT.match(line):
        kinds.append("comment")
    if stripped.startswith(("export ", "set ", "$env:")):
        kinds.append("export")
    if re.match(r"\s*[A-Z][A-Z0-9_]{2,}\s*=", line):
        kinds.append("env")
    if re.match(r"\s*-\s", line):
        kinds.append("item")
    if token_start_in_line == len(line_before) and not line_before.strip():
        kinds.append("alone")
    return kinds or ["plain"]


def doc_features(text: str) -> list[str]:
    """Cue words of the whole text (first `_MAX_DOC_WORDS` distinct), computed once per text."""
    seen: dict[str, None] = {}
    for w in _iter_context_words(text):
        if len(w) >= 3 and w not in seen:
            seen[w] = None
            if len(seen) >= _MAX_DOC_WORDS:
                break
    return [f"d:{w}" for w in seen]


def features(text: str, c: Candidate) -> list[str]:
    """The feature names of candidate `c` of `text` (without the text-wide `doc_features`)."""
    return [*context_features(text, c), *scored_features(text[c.start : c.end], c.shape)]


def context_features(text: str, c: Candidate) -> list[str]:
    """The feature names of candidate `c` but its `scored_features`: shape, key, separator, words
    around it, line structure and the heading above."""
    token = text[c.start : c.end]
    shape = c.shape
    ls = text.rfind("\n", 0, c.start) + 1
    le = text.find("\n", c.end)
    le = len(text) if le < 0 else le
    line_before = text[ls : c.start]
    line = text[ls:le]
    feats = _shape_features(token, shape, line_before[-60:])
    km = learned_vetoes.key_before(line_before)
    if km:
        key_words = words(km[0])
        sep_raw = km[1]
        sep = next((name for lit, name in _SEP_NAMES if lit in sep_raw), "")
        if any(q in sep_raw for q in "\"'`"):
            sep += "q"
        feats.append(f"sep:{sep or 'sp'}")
        feats.append(f"sep:{sep or 'sp'}|{shape}")
        for w in key_words:
            feats.append(f"k:{w}")
            feats.append(f"k:{w}|{shape}")
        if key_words:
            feats.append(f"kl:{key_words[-1]}|{shape}")
            if len(key_words) > 1:
                feats.append(f"kb:{key_words[-2]}_{key_words[-1]}")
        else:
            feats.append(f"k:none|{shape}")
    else:
        feats.append(f"k:none|{shape}")
        tail = line_before[-3:].strip()
        feats.append(f"sep:{tail[-1:] or 'none'}")
    left = text[max(0, c.start - _WINDOW_LEFT) : c.start]
    for w in dict.fromkeys(_context_words(left)):
        feats.append(f"l:{w}")
        feats.append(f"l:{w}|{shape}")
    right = text[c.end : c.end + _WINDOW_RIGHT]
    nl = right.find("\n")
    right = right if nl < 0 else right[:nl]
    for w in dict.fromkeys(_context_words(right)):
        feats.append(f"r:{w}")
    nxt = text[c.end : c.end + 1]
    feats.append(f"next:{nxt if nxt and not nxt.isalnum() else 'a'}")
    for kind in _line_kind(line_before, line, c.start - ls):
        feats.append(f"ls:{kind}")
        feats.append(f"ls:{kind}|{shape}")
    feats.extend(f"h:{w}" for w in dict.fromkeys(_heading_words(text, ls)))
    return feats


def _heading_words(text: str, line_start: int) -> list[str]:
    """Words of the nearest comment or heading line among the 6 lines above."""
    pos = line_start
    for _ in range(6):
        if pos <= 0:
            return []
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev : pos - 1]
        if _COMMENT.match(line) or (line.rstrip().endswith(":") and len(line) < 80):
            return _context_words(line)[:12]
        pos = prev
    return []


def hashed(names: list[str]) -> list[int]:
    """Bucket ids of feature names (duplicates kept once)."""
    return sorted({zlib.crc32(n.encode("utf-8")) % DIM for n in names})
