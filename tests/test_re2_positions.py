"""`redactor.detect.re2_positions`: same matches as google-re2's wrapper, linear work per walk."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
import re2  # type: ignore[import-untyped]
from hypothesis import given, settings
from hypothesis import strategies as st

import redactor.detect  # noqa: F401  # installs the linear method
from redactor.detect import re2_positions as rp

PATTERNS = [
    r"name",
    r"(n)(ä)?me",
    r"\w+",
    r"(?P<a>[a-zé]+)(?:\s+(?P<b>\d+))?",
    r"x*",  # empty matches: the step past them
    r"^",
    r"$",
    r"(?m)^\w+:",
    r"(\p{Han}+)|(\p{Cyrillic}+)",
    r"[😀-🙏]",
    r"é\b",
]
ALPHABET = "abnmeé ä\n:1234漢字Жд😀\t"


def _compiled() -> list[Any]:
    return [re2.compile(p) for p in PATTERNS]


def _outcome(match: Any) -> tuple[Any, ...] | None:
    if match is None:
        return None
    n = match.re.groups
    return (match.pos, match.endpos, tuple(match.span(g) for g in range(n + 1)), match.group())


def _all(pattern: Any, text: str, pos: int | None, endpos: int | None) -> list[Any]:
    return [
        _outcome(pattern.search(text, pos, endpos)),
        _outcome(pattern.match(text, pos, endpos)),
        _outcome(pattern.fullmatch(text, pos, endpos)),
        [_outcome(m) for m in pattern.finditer(text, pos, endpos)],
        pattern.findall(text, pos, endpos),
    ]


def _both(pattern: Any, text: str, pos: int | None, endpos: int | None) -> tuple[list[Any], list[Any]]:
    ours = _all(pattern, text, pos, endpos)
    rp.uninstall()
    try:
        theirs = _all(pattern, text, pos, endpos)
    finally:
        rp.install()
    return ours, theirs


def test_installed_by_the_detection_package() -> None:
    assert rp.installed()


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=ALPHABET, max_size=60),
    st.integers(min_value=0, max_value=len(PATTERNS) - 1),
    st.one_of(st.none(), st.integers(min_value=-3, max_value=70)),
    st.one_of(st.none(), st.integers(min_value=-3, max_value=70)),
    st.integers(min_value=0, max_value=60),
)
def test_same_results_as_the_wrapper(short: str, which: int, pos: int | None, endpos: int | None, repeat: int) -> None:
    """Short texts and long ones (repeated past `SMALL`, so the remembered marks are used)."""
    pattern = re2.compile(PATTERNS[which])
    for text in (short, short * (rp.SMALL // max(1, len(short)) + repeat) if short else short):
        scale = max(1, len(text) // 70)
        p = None if pos is None else pos * scale
        e = None if endpos is None else endpos * scale
        ours, theirs = _both(pattern, text, p, e)
        assert ours == theirs


def test_long_mixed_texts_every_block_boundary() -> None:
    """Positions on and around every mark of a long text with 1-4 byte characters."""
    rng = random.Random(7)
    text = "".join(rng.choice(ALPHABET) for _ in range(3 * rp.BLOCK + 17)) * 3
    assert len(text) >= rp.SMALL and not text.isascii()
    for pattern in _compiled():
        for k in range(0, len(text) + 1, rp.BLOCK):
            for pos in (k - 1, k, k + 1):
                ours, theirs = _both(pattern, text, pos, min(len(text), pos + 3 * rp.BLOCK))
                assert ours == theirs, (pattern.pattern, pos)


def test_bytes_texts_take_the_wrappers_path() -> None:
    pattern = re2.compile(rb"(a)b")
    assert [m.span(1) for m in pattern.finditer(b"xab ab" * 500)] == [
        (1 + 6 * i + d, 2 + 6 * i + d) for i in range(500) for d in (0, 3)
    ]


class _Counting:
    """Stands in for `re2._re2` inside `re2_positions`: sums the bytes its conversions count."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.work = 0

    def CharLenToBytes(self, data: bytes, start: int, chars: int) -> int:
        n: int = self.real.CharLenToBytes(data, start, chars)
        self.work += n
        return n

    def BytesToCharLen(self, data: bytes, start: int, end: int) -> int:
        self.work += end - start
        n: int = self.real.BytesToCharLen(data, start, end)
        return n


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Counting]:
    counter = _Counting(rp._re2)
    monkeypatch.setattr(rp, "_re2", counter)
    rp.clear()
    yield counter
    rp.clear()


def _walk(pattern: Any, text: str) -> int:
    """One ``search(text, pos)`` per hit, each from the last hit's end (the detectors' loop)."""
    pos = hits = 0
    while (m := pattern.search(text, pos)) is not None:
        hits += 1
        pos = m.end()
    return hits


@pytest.mark.parametrize("line", ["näme: Jörg Müller\n", "名前: 山田 太郎\n"])
def test_a_walk_counts_each_byte_a_bounded_number_of_times(counting: _Counting, line: str) -> None:
    """Conversion work of a search walk grows with the text, not with text x hits."""
    pattern = re2.compile(r":\s*([^\s:]+)")
    work = []
    for copies in (500, 1000, 4000):
        text = line * copies
        counting.work = 0
        assert _walk(pattern, text) == copies
        work.append(counting.work)
        data = len(text.encode())
        # building the marks reads the text once; each of the 3 conversions per hit reads < 1 block
        assert counting.work <= data + copies * 3 * 4 * rp.BLOCK
    assert work[2] <= 9 * work[0]  # 8x the text; a per-call conversion from offset 0 would be ~64x


def test_ascii_texts_need_no_counting(counting: _Counting) -> None:
    text = "name: x\n" * 10_000
    assert _walk(re2.compile(r"name"), text) == 10_000
    assert counting.work == 0


def test_long_texts_encoded_once_per_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []
    real = rp._Encoded

    class Spy(real):  # type: ignore[misc, valid-type]
        def __init__(self, text: str) -> None:
            made.append(len(text))
            super().__init__(text)

    monkeypatch.setattr(rp, "_Encoded", Spy)
    rp.clear()
    text = "Name: Ana\n" * 3000
    assert _walk(re2.compile(r"Name"), text) == 3000
    assert made == [len(text)]
    short = "Name: Ana\n" * 10
    assert _walk(re2.compile(r"Name"), short) == 10
    assert made[1:] == [len(short)] * 11  # short texts are converted per call, never kept


def test_at_most_slots_texts_are_kept() -> None:
    rp.clear()
    pattern = re2.compile(r"a")
    texts = [f"{i} " + "a" * rp.SMALL for i in range(rp.SLOTS + 3)]
    for text in texts:
        assert pattern.search(text) is not None
    assert rp.remembered() == rp.SLOTS
    assert [e.text for e in rp._slots] == texts[::-1][: rp.SLOTS]
    rp.clear()
    assert rp.remembered() == 0


def test_detector_walks_scale_linearly(counting: _Counting) -> None:
    """The detectors named in the session-15 task (a walk per label) on growing non-ASCII input."""
    from redactor.detect.pii.name_columns import name_column_findings

    row = "Straße 1\n| Vorname | Nachname | Straße |\n|---|---|---|\n| Jörg | Müller | Hauptstraße 1 |\n\n"
    work = []
    for copies in (200, 800):
        counting.work = 0
        assert len(list(name_column_findings(row * copies))) >= copies
        work.append(counting.work)
    assert 0 < work[1] <= 5 * work[0]  # 4x the text
