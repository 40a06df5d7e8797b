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
from redactor.detect.pii.translit import _is_cjk as is_cjk
from redactor.detect.pii.translit import local_pieces, skeleton, syllable_skeletons, word_score

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
    lines: dict[tuple[int, int], _LineWords] = {}  # one word index per line, for every e-mail on it
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
        index = lines.get((ls, le))
        if index is None:
            index = lines[(ls, le)] = _LineWords(text, ls, le)
        yield from _echo_words(text, index, pieces)


_NON_LATIN_WORD = with_first_chars(
    re.compile(
        r"(?<![\w\u0900-\u0dff])(?:[\u0400-\u052f\u0370-\u03ff\u0531-\u058f\u10a0-\u10ff]|"
        + UNCASED_WORD.pattern[:-1]
        + r")(?:[\w\u0900-\u0dff\u200c\u200d'\u2019-]*)"
    )
)


def word_keys(word: str) -> frozenset[str]:
    """The pieces one of which `word_score(word, pieces)` needs in `pieces` to be above 0: its
    transliteration behind ``=`` (four letters or more), its skeleton and, for Han and Hangul, its
    syllables' skeletons of two consonants or more."""
    plain = anyascii(word).lower()
    keys = {skeleton(word)}
    if len(plain) >= 4:
        keys.add("=" + plain)
    if is_cjk(word):
        keys.update(x for x in syllable_skeletons(word) if len(x) >= 2)
    return frozenset(keys)


class _LineWords:
    """The words of other scripts on the lines ``text[ls:le]``, by the pieces that can score them
    (`word_keys`): an e-mail's words are found by looking its pieces up, so a long line with many
    e-mails reads and transliterates each word once, not once per e-mail (session 16)."""

    def __init__(self, text: str, ls: int, le: int) -> None:
        self.words = [(m.start(), m.end()) for m in _NON_LATIN_WORD.finditer(text, ls, le)]
        self.by_key: dict[str, list[int]] = {}
        for i, (w0, w1) in enumerate(self.words):
            for k in word_keys(text[w0:w1]):
                self.by_key.setdefault(k, []).append(i)

    def scores(self, text: str, pieces: frozenset[str]) -> dict[int, int]:
        """`word_score` of every word above 0, by word index (a word no piece keys scores 0)."""
        found = {i for p in pieces for i in self.by_key.get(p, ())}
        out = {i: word_score(text[self.words[i][0] : self.words[i][1]], pieces) for i in found}
        return {i: s for i, s in out.items() if s}


def _echo_words(text: str, index: _LineWords, pieces: frozenset[str]) -> Iterator[Finding]:
    words = index.words
    scored = index.scores(text, pieces)

    def score(k: int) -> int:
        return scored.get(k, 0)

    done = 0  # runs start at scored words only, each after the last run's end
    for i in sorted(scored):
        if i < done:
            continue
        j = i + 1
        while (
            j < len(words)
            and _adjacent(text, words[j - 1], words[j])
            and (score(j) or (j + 1 < len(words) and score(j + 1) and _adjacent(text, words[j], words[j + 1])))
        ):
            j += 1
        run = [score(k) for k in range(i, j)]
        if (max(run) == 2 or sum(1 for s in run if s) >= 2) and not text[words[i][0]].islower():
            yield ("PERSON", words[i][0], words[j - 1][1], 0.8)
            for k in (i - 1, j):
                if 0 <= k < len(words) and not score(k) and _initial(text, words[k], pieces):
                    yield ("PERSON", words[k][0], words[k][1], 0.75)  # "Пламен;Стоянов;p.stoyanov@"
        done = j


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
