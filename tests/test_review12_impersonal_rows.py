"""`impersonal.Rows`: the column header of a phone cell, found once per table, not once per cell.

Session 12 review: `other_number` walked up to 200 lines for each phone span and counted each
line's separators again, so a 2,000-row CSV with a phone column cost seconds in
`impersonal_spans`. `Rows` keeps the counts and the run lengths of one text. The header must be
the one the plain walk (`_walk_header`, the session-12 code kept here as the reference) finds, on
generated tables: mixed separators, quoted cells, empty and duplicate lines, ``\\r``, blocks longer
than the walk.
"""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii import impersonal
from redactor.detect.pii.impersonal import Rows, _column_header, impersonal_spans
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
