"""Candidates, features and span merging of the PERSON-context study (scripts/pii_context_features.py)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import pii_context_features as pcf  # scripts/ (put on sys.path above)

_THAI = ["สมชาย", "ใจดี", "สุภาพร", "วงศ์ใหญ่"]
_TAMIL = ["தமிழ்செல்வன்", "கார்த்திகேயன்", "முருகன்"]
_MALAYALAM = ["അനന്യ", "മേനോൻ", "രാജീവ്"]
_LATIN_GIVEN = ["Élodie", "Joost", "Beatriz", "Chiamaka"]


@pytest.mark.parametrize("word", _THAI + _TAMIL + _MALAYALAM)
def test_marks_stay_inside_words(word: str) -> None:
    """Vowel signs and viramas of Thai and the Indic scripts do not cut a word."""
    line = f"name: {word}, phone 0812345678"
    ws = pcf.words(line)
    assert [w.text for w in ws if w.candidate] == [word]


def test_cased_words_need_a_capital() -> None:
    ws = pcf.words("ping sven when Beatriz sends it")
    assert [w.text for w in ws if w.candidate] == ["Beatriz"]


def test_one_letter_and_digits_are_no_candidates() -> None:
    assert [w.text for w in pcf.words("A 12345 x9 B") if w.candidate] == []


def test_merge_joins_one_script_apart_by_spaces() -> None:
    rng = random.Random(13)
    for _ in range(20):
        first, last = rng.sample(_THAI, 2)
        latin = rng.choice(_LATIN_GIVEN)
        text = f"ผู้ติดต่อ: {first} {last} {latin}"
        ws = [w for w in pcf.words(text) if w.candidate and w.text in (first, last, latin)]
        spans = pcf.merge(text, ws)
        # the two Thai words make one span; the Latin word after them is another script: its own span
        assert [text[s:e] for s, e in spans] == [f"{first} {last}", latin]


def test_merge_does_not_join_across_punctuation() -> None:
    text = "Joost, Beatriz"
    ws = [w for w in pcf.words(text) if w.candidate]
    assert [text[s:e] for s, e in pcf.merge(text, ws)] == ["Joost", "Beatriz"]


def test_key_word_and_separator_features() -> None:
    """A word after ``label:`` carries the label's last word; a word before a colon carries the colon."""
    feats = dict.fromkeys(
        f for w, fs in pcf.candidates("Contact person: Joost Bakker") if w.text == "Joost" for f in fs
    )
    assert "key:person" in feats
    assert "sl::" in feats
    label = dict.fromkeys(f for w, fs in pcf.candidates("氏名: 山田太郎") if w.text == "氏名" for f in fs)
    assert "sr::" in label
    assert "key:yes" not in label


def test_lexicon_membership() -> None:
    """Given and family names of the shipped lexicons mark the word and its neighbours."""
    given = sorted(w for w in pcf.GIVEN if w.isascii() and w.isalpha() and w not in pcf.FAMILY)[:50]
    family = sorted(w for w in pcf.FAMILY if w.isascii() and w.isalpha() and w not in pcf.GIVEN)[:50]
    rng = random.Random(7)
    for _ in range(20):
        g, f = rng.choice(given).title(), rng.choice(family).title()
        feats = {n for w, fs in pcf.candidates(f"owner {g} {f} signed") if w.text == g for n in fs}
        assert "lex:g" in feats
        assert "r1lex:f" in feats


def test_hashing_is_stable_and_sorted() -> None:
    names = ["w:joost", "sc:LATIN", "w:joost"]
    ids = pcf.hashed(names)
    assert ids == sorted(set(ids))
    assert len(ids) == 2
    assert all(0 <= i < pcf.DIM for i in ids)
