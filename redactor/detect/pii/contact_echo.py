"""Names in a script without Latin letters that spell an e-mail address of their record
(``Цветелина;Георгиева;tsvetelina.georgieva@abv.bg``, ``නිමාලි පෙරේරා ... nimali.perera@``), for
`pii.contact_row`: each word is compared with the e-mail's local part through its `anyascii`
transliteration (`translit.word_score`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from anyascii import anyascii

from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii._base import Finding
from redactor.detect.pii.translit import local_pieces, word_score

__all__ = ["UNCASED_WORD", "echoes"]

_LOCAL = re.compile(r"([A-Za-z0-9._%+'-]+)@")
UNCASED_WORD = re.compile(
    r"[\u0600-\u06ff\u0590-\u05ff\u0900-\u0dff\u0e00-\u0eff\u10a0-\u10ff\u1000-\u109f\u1200-\u137f\u1780-\u17ff"
    r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u200c\u200d]+"
)
"""A run of letters of a script without capitals (Arabic, Hebrew, Indic, Thai/Lao, Georgian,
Myanmar, Ethiopic, Khmer, kana, CJK, Hangul)."""


def echoes(text: str, anchors: list[tuple[str, int, int]]) -> Iterator[Finding]:
    """Words of other scripts that spell an e-mail local part of the same or a nearby line
    (``Цветелина;Георгиева;tsvetelina.georgieva@abv.bg``, ``නිමාලි පෙරේරා ... nimali.perera@``)."""
    for entity, a, b in anchors:
        if entity != "EMAIL_ADDRESS":
            continue
        m = _LOCAL.match(text, a, b)
        if m is None:
            continue
        pieces = local_pieces(m.group(1))
        ls = text.rfind("\n", 0, a) + 1
        for _ in range(2):
            if ls == 0:
                break
            ps = text.rfind("\n", 0, ls - 1) + 1
            if not text[ps : ls - 1].strip():
                break
            ls = ps
        le = text.find("\n", b)
        le = len(text) if le < 0 else le
        yield from _echo_words(text, ls, le, pieces)


_NON_LATIN_WORD = with_first_chars(
    re.compile(
        r"(?<![\w\u0900-\u0dff])(?:[\u0400-\u052f\u0370-\u03ff\u0531-\u058f\u10a0-\u10ff]|"
        + UNCASED_WORD.pattern[:-1]
        + r")(?:[\w\u0900-\u0dff\u200c\u200d'\u2019-]*)"
    )
)


def _echo_words(text: str, ls: int, le: int, pieces: frozenset[str]) -> Iterator[Finding]:
    words = [(m.start(), m.end()) for m in _NON_LATIN_WORD.finditer(text, ls, le)]
    scores = [word_score(text[w0:w1], pieces) for w0, w1 in words]
    i = 0
    while i < len(words):
        if not scores[i]:
            i += 1
            continue
        j = i + 1
        while (
            j < len(words)
            and _adjacent(text, words[j - 1], words[j])
            and (scores[j] or (j + 1 < len(words) and scores[j + 1] and _adjacent(text, words[j], words[j + 1])))
        ):
            j += 1
        run = scores[i:j]
        if (max(run) == 2 or sum(1 for s in run if s) >= 2) and not text[words[i][0]].islower():
            yield ("PERSON", words[i][0], words[j - 1][1], 0.8)
            for k in (i - 1, j):
                if 0 <= k < len(words) and not scores[k] and _initial(text, words[k], pieces):
                    yield ("PERSON", words[k][0], words[k][1], 0.75)  # "Пламен;Стоянов;p.stoyanov@"
        i = j


def _adjacent(text: str, w1: tuple[int, int], w2: tuple[int, int]) -> bool:
    """Two words of one name: only blanks between them."""
    gap = text[w1[1] : w2[0]]
    return 0 < len(gap) <= 2 and not gap.strip()


def _initial(text: str, word: tuple[int, int], pieces: frozenset[str]) -> bool:
    """A capitalised word next to a matched one whose initial is a one-letter piece of the local
    part (``Пламен`` for ``p.stoyanov``)."""
    w = text[word[0] : word[1]]
    gap = text[word[1] : word[1] + 2] + text[max(0, word[0] - 2) : word[0]]
    return bool(w[:1].isupper() and any(c in gap for c in ";,\t|") and "=" + anyascii(w[:1]).lower() in pieces)
