"""Candidate words and hashed context features of the PERSON-context study (session 13).

Used by ``scripts/train_pii_context.py`` (leave-one-set-out of a learned PERSON model). No detector
uses it: the study did not pay on the sets measured blind (docs/detection.md, "Session 13, a learned
PERSON-context model"), so it lives with the script, not in the package.

A candidate is one word (`_WORD`: letters and the combining marks of Indic, Thai, Myanmar, Khmer,
Arabic and Hebrew writing, with inner apostrophes and hyphens) of two or more characters that could
be part of a name: a capitalised word of a cased script (Latin, Greek, Cyrillic, Armenian,
Georgian counts as uncased), or any word of an uncased script. Lower-case words of cased scripts
are never candidates. The model scores each word; neighbouring words it accepts (of one script,
apart by spaces only) make one span (`merge`).

A word's features are strings hashed with CRC-32 into `DIM` buckets: the word itself (lower
case), its character trigrams, script, case shape and length, membership of the given- and
family-name lexicons (Faker's lists, `names_data`, and the hand lists of `given_names`), the same
for its neighbours, the two words to either side, the punctuation between them, and the line's
structure (first or last word, table row, tab, after a ``key:``, the key's last word, bullet,
word count). The context features are also conjoined with the script, so "Thai word after a
colon" and "Latin word after a colon" get different weights.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from redactor.detect.pii import given_names, names_data

DIM = 1 << 20
"""Number of hash buckets (a feature's id is ``crc32(name) % DIM``)."""

_MARKS = (
    "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e00-\u0eff\u1000-\u1049\u1050-\u109f\u1780-\u17ff"
)
"""Combining marks (and whole Indic, Thai, Myanmar and Khmer blocks) that belong inside words."""
_LETTER = rf"(?:[^\W\d_]|[{_MARKS}])"
_WORD = re.compile(rf"{_LETTER}+(?:['\u2019\-]{_LETTER}+)*")
CASED = frozenset({"LATIN", "GREEK", "CYRILLIC", "ARMENIAN"})
_KEY = re.compile(r"([^\W\d_][\w .\-]{0,40}?)\s*[:=\uff1a]\s*[\"'\u201c]?$")
_BULLET = re.compile(r"^\s*(?:[-*\u2022>#]|\d{1,3}[.)])\s")
_MAX_WORD = 40


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str:
    """The Unicode script word of a letter's name (``LATIN``, ``THAI``, ``CJK``...)."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "OTHER"
    head = name.split(" ", 1)[0]
    return "CJK" if head in ("CJK", "HIRAGANA", "KATAKANA") else head


def _lexicon(groups: dict[str, str]) -> frozenset[str]:
    return frozenset(w for text in groups.values() for w in text.split())


GIVEN: frozenset[str] = (
    _lexicon(names_data.GIVEN)
    | given_names.GIVEN_NAMES
    | given_names.UNCASED_GIVEN_NAMES
    | given_names.BROAD_GIVEN_NAMES
)
"""Given names of every script (lower case)."""
FAMILY: frozenset[str] = _lexicon(names_data.FAMILY) | given_names.SURNAMES
"""Family names of every script (lower case)."""


@dataclass(frozen=True, slots=True)
class Word:
    """A word's half-open span, its text, script and whether it is a candidate."""

    start: int
    end: int
    text: str
    script: str
    candidate: bool


def _case(word: str) -> str:
    if word.isupper():
        return "upper"
    if word[0].isupper() and word[1:].islower():
        return "title"
    if word[0].isupper():
        return "mixed"
    return "lower" if word.islower() else "none"


def _is_candidate(word: str, script: str) -> bool:
    if len(word) < 2 or len(word) > _MAX_WORD:
        return False
    if script in CASED:
        return word[0].isupper()
    return script not in ("OTHER", "DIGIT")


def words(line: str, offset: int = 0) -> list[Word]:
    """The words of one line, with offsets shifted by `offset`."""
    out = []
    for m in _WORD.finditer(line):
        w = m.group()
        sc = script_of(w[0])
        out.append(Word(m.start() + offset, m.end() + offset, w, sc, _is_candidate(w, sc)))
    return out


def lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of every line of `text`."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _lex(word: str) -> str:
    lw = word.lower()
    g, f = lw in GIVEN, lw in FAMILY
    return "gf" if g and f else "g" if g else "f" if f else "-"


def _trigrams(word: str) -> list[str]:
    w = f"^{word.lower()}$"
    return [w[i : i + 3] for i in range(len(w) - 2)][:12]


def _sep(text: str) -> str:
    s = "".join(ch for ch in text if not ch.isspace())[:3]
    return s if s else ("_" if text else "")


def line_features(line: str) -> list[str]:
    """Features of a line's structure, shared by its candidates."""
    out = []
    if "|" in line:
        out.append("ln:pipe")
    if "\t" in line:
        out.append("ln:tab")
    if _BULLET.match(line):
        out.append("ln:bullet")
    if line[:1] in (" ", "\t"):
        out.append("ln:indent")
    if line.count(",") >= 2:
        out.append("ln:commas")
    return out


def word_features(line: str, ws: list[Word], i: int, base: int, shared: list[str]) -> list[str]:
    """The features of candidate ``ws[i]`` of `line` (whose first character is at `base`)."""
    w = ws[i]
    lw = w.text.lower()
    sc = w.script
    feats = [f"w:{lw}", f"sc:{sc}", f"case:{_case(w.text)}", f"len:{min(len(w.text), 12)}", f"lex:{_lex(w.text)}"]
    feats += [f"g:{g}" for g in _trigrams(w.text)]
    for k, j in (("l1", i - 1), ("l2", i - 2), ("r1", i + 1), ("r2", i + 2)):
        if 0 <= j < len(ws):
            n = ws[j]
            same = "same" if n.script == sc else n.script
            feats += [f"{k}:{n.text.lower()}", f"{k}c:{_case(n.text)}|{same}", f"{k}lex:{_lex(n.text)}"]
        else:
            feats.append(f"{k}:<none>")
    left = line[(ws[i - 1].end - base) if i else 0 : w.start - base]
    right = line[w.end - base : (ws[i + 1].start - base) if i + 1 < len(ws) else len(line)]
    ctx = [f"sl:{_sep(left[-6:])}", f"sr:{_sep(right[:6])}"]
    if i == 0:
        ctx.append("pos:first")
    if i + 1 == len(ws):
        ctx.append("pos:last")
    km = _KEY.search(line[: w.start - base][-60:])
    if km:
        kw = [x.lower() for x in _WORD.findall(km.group(1))]
        ctx.append("key:yes")
        if kw:
            ctx.append(f"key:{kw[-1]}")
    ctx.append(f"nw:{min(len(ws), 8)}")
    ctx += shared
    feats += ctx
    cls = "cased" if sc in CASED else "cjk" if sc in ("CJK", "HANGUL") else "uncased"
    feats.append(f"cls:{cls}")
    feats += [f"{c}|{sc}" for c in ctx] + [f"{c}|{cls}" for c in ctx]
    return feats


def hashed(names: list[str]) -> list[int]:
    """Sorted bucket ids of feature names (duplicates removed)."""
    return sorted({zlib.crc32(n.encode("utf-8")) % DIM for n in names})


def candidates(text: str) -> Iterator[tuple[Word, list[str]]]:
    """Every candidate word of `text` with its feature names."""
    for base, line in lines(text):
        ws = words(line, base)
        if not any(w.candidate for w in ws):
            continue
        shared = line_features(line)
        for i, w in enumerate(ws):
            if w.candidate:
                yield w, word_features(line, ws, i, base, shared)


_JOIN = re.compile(r"[ \t\u00a0]{1,2}|[ \t]?[-\u2010\u30fb\u00b7.][ \t]?")


def merge(text: str, accepted: list[Word]) -> list[tuple[int, int]]:
    """Spans of accepted words; neighbours of one script apart only by spaces (or a hyphen, a
    middle dot, an initial's dot) make one span."""
    spans: list[tuple[int, int, str]] = []
    for w in sorted(accepted, key=lambda x: x.start):
        if spans and spans[-1][2] == w.script and _JOIN.fullmatch(text[spans[-1][1] : w.start]):
            spans[-1] = (spans[-1][0], w.end, w.script)
        else:
            spans.append((w.start, w.end, w.script))
    return [(s, e) for s, e, _ in spans]
