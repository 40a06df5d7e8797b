"""`impersonal.Rows`: the column header of a phone cell, found once per table, not once per cell.

Session 12 review: `other_number` walked up to 200 lines for each phone span and counted each
line's separators again, so a 2,000-row CSV with a phone column cost seconds in
`impersonal_spans`. `Rows` keeps the counts and the run lengths of one text. The header must be
the one the plain walk (`_walk_header`, the session-12 code kept here as the reference) finds, on
generated tables: mixed separators, quoted cells, empty and duplicate lines, ``\\r``, blocks longer
than the walk.
"""

from __future__ import annotations

import json
import random
import re

import pytest

from redactor.detect.pii import impersonal
from redactor.detect.pii.impersonal import Rows, _column_header, chat_turn_word, impersonal_spans
from redactor.detect.pii.lexicon import is_english
from redactor.detect.span import Span


def _walk_header(text: str, start: int) -> str | None:
    """The header as the plain walk finds it (negpii's session-12 `_column_header`)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    line = text[lo : len(text) if hi == -1 else hi]
    sep = "|" if "|" in line else "\t" if "\t" in line else "," if "," in line else ";" if ";" in line else ""
    if not sep:
        return None
    seps = impersonal._seps
    count = seps(line, sep)
    column = seps(text[lo:start], sep)
    header, pos = line, lo
    for _ in range(200):
        if pos == 0:
            break
        prev_lo = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_lo : pos - 1]
        if seps(prev, sep) != count:
            break
        header, pos = prev, prev_lo
    if header == line:
        return None
    cells = impersonal._QUOTED.sub("", header).split(sep)
    return cells[column] if column < len(cells) else None


_CELLS = ["a", "b", '"x,y"', "", "API number", "phone", "1|2", ";", "order id", "555-1234", '"q"']


def _table(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.choice([1, 2, 3, 7, 40, 230, 420])):
        sep = rng.choice(["|", ",", ",", "\t", ";"])
        line = sep.join(rng.choice(_CELLS) for _ in range(rng.choice([1, 2, 4, 4, 4])))
        if rng.random() < 0.05:
            line = ""
        if rng.random() < 0.05:
            line += "\r"
        lines.append(line)
    if rng.random() < 0.3:
        lines = [lines[0]] * (len(lines) // 2) + lines  # a long run of one line: header == line
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(6))
def test_shared_rows_find_the_walks_header(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(40):
        text = _table(rng)
        rows = Rows(text)
        for _ in range(15):
            start = rng.randrange(len(text) + 1)
            expected = _walk_header(text, start)
            assert _column_header(text, start, rows) == expected, (text[:60], start)
            assert _column_header(text, start) == expected


def test_a_long_csv_counts_each_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    rows_n = 1500
    lines = ["name,city,account number"] + [f"Person {i},Town,555-{i:04d}-99" for i in range(rows_n)]
    text = "\n".join(lines)
    spans = []
    pos = 0
    for line in lines[1:]:
        pos = text.index(line, pos)
        start = pos + line.rindex(",") + 1
        spans.append(Span("PHONE_NUMBER", start, pos + len(line), 0.5, "pii.phone"))
    calls = 0
    seps = impersonal._seps

    def counting(line: str, sep: str) -> int:
        nonlocal calls
        calls += 1
        return seps(line, sep)

    monkeypatch.setattr(impersonal, "_seps", counting)
    kept = impersonal_spans(text, spans)
    # the cells within the walk's reach of the header are account numbers, not phones
    kept_starts = {s.start for s in kept}
    assert not any(s.start in kept_starts for s in spans[:150])
    assert calls <= 3 * (rows_n + 1), calls  # the walk alone counted ~200 lines per cell (~300,000)


def test_role_chars_are_every_character_the_role_pattern_matches() -> None:
    one = impersonal._ROLE_BEFORE.pattern.split("(?P<role>")[0]  # sanity: the classes below are the pattern's
    assert "[\\]>*)]" in one and "[ \\t*_>]" in one
    probe = re.compile(r"(?i)[a-z \t*_>\])]|:")
    matched = {chr(i) for i in range(0x110000) if probe.fullmatch(chr(i))}
    assert matched == set(impersonal._ROLE_CHARS)


def _chat_turn_by_line(text: str, span: Span) -> bool:
    """`chat_turn_word` as negpii wrote it: the role label searched from the line's start."""
    if span.entity not in ("USERNAME", "PERSON"):
        return False
    value = text[span.start : span.end]
    line_start = text.rfind("\n", 0, span.start) + 1
    if value.lower() in impersonal.ROLE_LABELS and text.startswith(":", span.end):
        return not text[line_start : span.start].strip(" \t*_>[]")
    m = impersonal._ROLE_BEFORE.search(text, line_start, span.start)
    if m is None or m.group("role").lower() not in impersonal.ROLE_LABELS:
        return False
    if not value.isalpha() or not value[:1].islower() or not is_english(value):
        return False
    return impersonal._SENTENCE_ON.match(text, span.end) is not None


_PIECES = ["User", "user", "Human", "assistant", "Copilot Chat", ":", ": ", "**", "*", "_", ">", "]", ")", "[", " "]
_PIECES += ["\t", "\n", "why", "is", "the", "camera", "black", "deploy", "x1", ".", '"', "\u0131", "K", "\\n", "anna"]


@pytest.mark.parametrize("seed", range(4))
def test_chat_turn_word_searches_the_run_only(seed: int) -> None:
    rng = random.Random(100 + seed)
    agree = hits = 0
    for _ in range(600):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(3, 40)))
        for m in re.finditer(r"[A-Za-z]+", text):
            span = Span(rng.choice(["USERNAME", "PERSON"]), m.start(), m.end(), 0.5, "pii.username")
            expected = _chat_turn_by_line(text, span)
            assert chat_turn_word(text, span) == expected, (text, m.group())
            agree += 1
            hits += expected
    assert agree > 1000 and hits >= 5  # both answers occur


def test_chat_turn_word_on_a_one_line_json_record_is_linear() -> None:
    parts = [{"role": "user", "content": f"[{i}] ask Anna (user: akowalski) > step ] done"} for i in range(2000)]
    text = json.dumps(parts)
    calls = 0
    original = impersonal._ROLE_BEFORE

    class Counting:
        def search(self, s: str, pos: int, endpos: int) -> re.Match[str] | None:
            nonlocal calls
            calls += endpos - pos
            return original.search(s, pos, endpos)

    spans = [Span("USERNAME", m.start(), m.end(), 0.5, "pii.username") for m in re.finditer("akowalski", text)]
    impersonal._ROLE_BEFORE = Counting()  # type: ignore[assignment]
    try:
        for s in spans:
            chat_turn_word(text, s)
    finally:
        impersonal._ROLE_BEFORE = original
    assert calls <= 40 * len(spans), calls  # from the line's start: ~len(text) / 2 per span
