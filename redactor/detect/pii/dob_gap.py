# ruff: noqa: RUF001  -- the dotless i and comma-below letters are folded on purpose.
"""Folding text for birth cues, and whether the text between a cue and a date keeps them one
birth statement (used by `dob_cues` and `dates`, session 10)."""

from __future__ import annotations

import re
import unicodedata

from redactor.detect.pii.dob_vocab import NOT_BIRTH

__all__ = ["fold", "gap_ok", "without_asides"]


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}
    for cp in (*range(0xC0, 0x250), *range(0x370, 0x500), *range(0x531, 0x557)):  # Latin, Greek, Cyrillic, Armenian
        base = unicodedata.normalize("NFKD", chr(cp))[:1].lower()
        if len(base) == 1 and base != chr(cp) and not unicodedata.combining(base):
            table[cp] = base
    table.update({ord("ø"): "o", ord("Ø"): "o", ord("đ"): "d", ord("Đ"): "d", ord("ł"): "l", ord("Ł"): "l"})
    table.update({ord("ı"): "i", ord("ș"): "s", ord("ş"): "s", ord("ț"): "t", ord("ţ"): "t"})
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """`text` in lower case with accents dropped (``Születési`` -> ``szuletesi``), same length."""
    return text.translate(_FOLD)


_NOT_BIRTH = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(fold(w)) for w in NOT_BIRTH) + r")")
"""Words of another event (``died``, ``released``, ``signed``), at a word start."""
_ASIDE = re.compile(r"\([^()\n]{0,40}\)|\[[^\[\]\n]{0,40}\]")
"""A bracketed aside between a label and its value: a format hint (``Date of birth (DD/MM/YYYY):``)
or a note (``Ngày sinh (để xác minh):``)."""
_CLOSED_CLAUSE = re.compile(r"[);]|\s--\s")
"""A bracket or a statement that closes."""


def gap_ok(gap: str) -> bool:
    """May the (folded) text between a birth cue and a date stand inside one birth statement?

    Not when a word of another event stands there (``born ..., died``, ``Born to Run ... released
    on``), nor when a bracket opened before the cue or a statement closes (``(born in Lyon) signed
    the lease on``, ``ADD COLUMN dob DATE; -- ...``); a bracketed aside may stand there.
    """
    if _NOT_BIRTH.search(gap):
        return False
    return _CLOSED_CLAUSE.search(without_asides(gap)) is None


def without_asides(gap: str) -> str:
    """`gap` with its bracketed asides (``(DD/MM/YYYY)``, ``(for verification)``) blanked."""
    return _ASIDE.sub(" ", gap)
