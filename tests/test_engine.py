"""The detection engine: overlap resolution, filtering, the self-placeholder guard, the cache."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from redactor.detect.base import PatternDetector
from redactor.detect.engine import DetectionEngine, EngineSettings, resolve
from redactor.detect.span import Span


def S(entity: str, start: int, end: int, score: float = 0.9, det: str = "d") -> Span:
    return Span(entity, start, end, score, det)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # disjoint spans stay as they are
        ([S("EMAIL_ADDRESS", 0, 5), S("PERSON", 6, 9)], [(0, 5, "EMAIL_ADDRESS"), (6, 9, "PERSON")]),
        # touching (end == start) is not overlapping
        ([S("PERSON", 0, 5), S("PERSON", 5, 9)], [(0, 5, "PERSON"), (5, 9, "PERSON")]),
        # overlap -> union, typed by the higher score
        ([S("PERSON", 0, 5, 0.6), S("EMAIL_ADDRESS", 3, 12, 0.95)], [(0, 12, "EMAIL_ADDRESS")]),
        # same score -> SECRET wins by priority
        ([S("URL", 0, 20, 0.9), S("SECRET", 5, 10, 0.9)], [(0, 20, "SECRET")]),
        # a chain of overlaps merges transitively; equal scores and priority -> the longest names it
        ([S("A", 0, 4), S("B", 3, 9), S("C", 8, 12)], [(0, 12, "B")]),
        # containment
        ([S("SECRET", 0, 40, 0.99), S("PERSON", 10, 15, 0.85)], [(0, 40, "SECRET")]),
        # NER does not name a union that a longer pattern finding explains
        ([S("PERSON", 0, 16, 0.85, "ner.spacy"), S("ADDRESS", 0, 32, 0.8, "pii.address")], [(0, 32, "ADDRESS")]),
        # ... but it does when its own finding is the longest
        ([S("PERSON", 0, 16, 0.85, "ner.spacy"), S("USERNAME", 5, 10, 0.8, "pii.handle")], [(0, 16, "PERSON")]),
        # unordered input
        ([S("PERSON", 10, 15), S("EMAIL_ADDRESS", 0, 4)], [(0, 4, "EMAIL_ADDRESS"), (10, 15, "PERSON")]),
    ],
)
def test_resolve(spans: list[Span], expected: list[tuple[int, int, str]]) -> None:
    assert [(s.start, s.end, s.entity) for s in resolve(spans)] == expected


EMAIL = PatternDetector("test.email", "EMAIL_ADDRESS", r"[\w.+-]+@[\w-]+\.[\w.]+", score=0.9)
WEAK = PatternDetector("test.weak", "PERSON", r"\bBob\b", score=0.3)
ANGLE = PatternDetector("test.angle", "SECRET", r"[A-Z_]+_\d+", score=0.9)


class CountingNer:
    def __init__(self) -> None:
        self.calls: list[int] = []

    def analyze_batch(self, texts: Sequence[str], known: Sequence[Sequence[Span]] | None = None) -> list[list[Span]]:
        self.calls.append(len(texts))
        return [[Span("PERSON", m.start(), m.end(), 0.85, "ner") for m in re.finditer(r"Alice", t)] for t in texts]


def test_filters_by_score_and_entities() -> None:
    eng = DetectionEngine([EMAIL, WEAK], None, EngineSettings(min_score=0.5))
    assert [s.entity for s in eng.analyze(["Bob a@b.io"])[0]] == ["EMAIL_ADDRESS"]
    eng = DetectionEngine([EMAIL, WEAK], None, EngineSettings(min_score=0.1, entities=frozenset({"PERSON"})))
    assert [s.entity for s in eng.analyze(["Bob a@b.io"])[0]] == ["PERSON"]


def test_disabled_detectors_do_not_run() -> None:
    eng = DetectionEngine([EMAIL], None, EngineSettings(disabled_detectors=frozenset({"test.email"})))
    assert eng.analyze(["a@b.io"]) == [[]]


def test_own_placeholders_are_never_detected_again() -> None:
    eng = DetectionEngine([ANGLE], None)
    # the detector would match EMAIL_ADDRESS_3 inside our placeholder; the guard drops it
    assert eng.analyze(["mail <EMAIL_ADDRESS_3> now"]) == [[]]
    assert [s.start for s in eng.analyze(["raw TOKEN_42 here"])[0]] == [4]


def test_repeated_texts_are_analysed_once() -> None:
    ner = CountingNer()
    eng = DetectionEngine([EMAIL], ner)
    text = "Alice wrote to a@b.io"
    first = eng.analyze([text, text, "other Alice"])
    second = eng.analyze([text])
    assert ner.calls == [2]  # two unique texts in the first batch, nothing in the second
    assert first[0] == first[1] == second[0]
    assert eng.cache_hits == 1 and eng.cache_misses == 2


def test_cache_is_bounded() -> None:
    eng = DetectionEngine([EMAIL], None, EngineSettings(cache_size=3))
    eng.analyze([f"text {i}" for i in range(10)])
    assert len(eng._cache) == 3


def test_prefilter_skips_detectors_without_their_literal() -> None:
    class Pre(PatternDetector):
        pass

    det = Pre("test.pre", "SECRET", r"\w+", score=0.9)
    object.__setattr__(det, "prefilter", ("ghp_",))
    eng = DetectionEngine([det], None, EngineSettings(cache_size=0))
    assert eng.analyze(["nothing here"]) == [[]]
    assert eng.analyze(["x ghp_abc"])[0] != []


def test_prefilter_sees_literals_behind_unicode_escapes() -> None:
    # Go and ensure_ascii JSON write "<" as \u003c; detectors read the unescaped view, so a
    # detector whose literal is "<" must still run on such text
    det = PatternDetector("test.angle_mail", "EMAIL_ADDRESS", r"(?:<|\\u003c)([a-z]+@[a-z]+\.io)", group=1, score=0.9)
    object.__setattr__(det, "prefilter", ("<",))
    for speedups in (True, False):
        eng = DetectionEngine([det], None, EngineSettings(cache_size=0, prefilter=speedups))
        (spans,) = eng.analyze(["Author: Ann \\u003cann@x.io\\u003e"])
        assert [s.entity for s in spans] == ["EMAIL_ADDRESS"]
