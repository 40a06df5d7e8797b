"""Names compared across scripts: consonant skeletons of transliterations (`anyascii`).

A record that holds ``ශ්‍රීනිවාස ගෞඩ`` often also holds ``srinivas.gowda@gmail.com`` or
``(Souksavanh Phommavong)``: the same name in Latin letters. `anyascii` (ISC licence)
transliterates every script to ASCII, but not the way people romanise their own names (Indic
vowels are dropped, Arabic is written without vowels, an anusvara becomes ``m``), so two spellings
are compared by their **skeletons**: lower-case consonants only, ``w``/``h``/``y`` dropped (they
come and go between romanisations), ``c``/``q`` read as ``k``, ``m`` as ``n``, ``v`` as ``b``,
``z`` as ``s``, doubled letters once. ``vemkt`` (వెంకట) and ``venkat`` are both ``bnkt``; ``reddi``
and ``reddy`` both ``rd``; ``hmd`` (احمد) and ``ahmad`` both ``nd``.

Skeletons of two letters or fewer say too little alone; callers ask for three or more, or for a
second matching word.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from anyascii import anyascii

from redactor import cache_budget

_DROP = frozenset("aeiouwhy")
_MAP = str.maketrans({"c": "k", "q": "k", "m": "n", "v": "b", "z": "s", "x": "k", "j": "k", "g": "k", "f": "p"})
_CAMEL = re.compile(r"[A-Z][a-z]*|[a-z]+")
_PIECES = re.compile(r"[^a-z]+")


@cache_budget.helper()
@lru_cache(maxsize=4096)
def skeleton(word: str) -> str:
    """The consonant skeleton of `word` (any script) after transliteration; ``""`` if none."""
    ascii_form = anyascii(word).lower().translate(_MAP)
    out: list[str] = []
    for ch in ascii_form:
        if "a" <= ch <= "z" and ch not in _DROP and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


def syllable_skeletons(word: str) -> list[str]:
    """Skeletons of the syllables `anyascii` writes in camel case for Han and Hangul
    (``王秀英`` -> ``WangXiuYing`` -> ``ng``, ``s``, ``ng``), joined two and three at a time too, so
    ``xiuying`` in an e-mail meets ``XiuYing``."""
    parts = _CAMEL.findall(anyascii(word))
    sk = [skeleton(p) for p in parts]
    out = list(sk)
    for n in (2, 3):
        out.extend("".join(sk[i : i + n]) for i in range(len(sk) - n + 1))
    return [s for s in out if s]


def local_pieces(local: str) -> frozenset[str]:
    """Skeletons and plain letters of the pieces of an e-mail local part or a Latin name
    (``srinivas.gowda`` -> ``{srnbs, gd, srinivas, gowda}``), also of two neighbouring pieces
    joined (``ni.bhriain``)."""
    pieces = [p for p in _PIECES.split(local.lower()) if p]
    sk = [skeleton(p) for p in pieces]
    joined = [skeleton(a + b) for a, b in itertools.pairwise(pieces)]
    return frozenset(s for s in (*sk, *joined, *("=" + p for p in pieces)) if s)


def word_score(word: str, pieces: frozenset[str]) -> int:
    """How surely `word` (any script) spells one of `pieces` (from `local_pieces`): 2 when its
    transliteration equals a piece (four letters or more) or its skeleton of three consonants or
    more does, 1 when a two-consonant skeleton does (``ಗೌಡ``/``gowda``), else 0."""
    plain = anyascii(word).lower()
    if len(plain) >= 4 and "=" + plain in pieces:
        return 2
    s = skeleton(word)
    if s in pieces:
        return 2 if len(s) >= 3 else 1 if len(s) == 2 else 0
    if _is_cjk(word):
        return max(
            (2 if len(x) >= 3 else 1 for x in syllable_skeletons(word) if len(x) >= 2 and x in pieces), default=0
        )
    return 0


def same_name(native: str, latin: str) -> bool:
    """`native` and `latin` are the same words in two scripts: as many words, each with the same
    skeleton (``ສຸກສະຫວັນ ພົມມະວົງ`` / ``Souksavanh Phommavong``)."""
    a = native.split()
    b = latin.split()
    if _is_cjk(native) and len(a) <= len(b):
        sk = {s for w in a for s in syllable_skeletons(w)}
        return all(skeleton(w) in sk for w in b) and len(b) >= 2
    if len(a) != len(b):
        return False
    pairs = [(skeleton(x), skeleton(y)) for x, y in zip(a, b, strict=True)]
    return all(_close(x, y) for x, y in pairs) and sum(len(x) for x, _ in pairs) >= 4


def _close(x: str, y: str) -> bool:
    """Equal skeletons, or one the other's start when both have three consonants or more (Thai
    writes silent final letters: ``สมศักดิ์`` is ``snskd``, ``Somsak`` ``snsk``)."""
    return bool(x) and (x == y or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x))))


def _is_cjk(word: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in word)
