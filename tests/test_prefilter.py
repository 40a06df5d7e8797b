"""The RE2 keyword prefilter selects exactly the detectors the one-by-one literal check selects,
so the engine finds the same spans with and without it; the engine's cache is bounded in bytes;
`REDACTOR_DISABLE_SPEEDUPS` switches the speed-ups off (and rejects unknown names)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.base import PatternDetector
from redactor.detect.engine import (
    DISABLE_ENV,
    ENTRY_BYTES,
    SPAN_BYTES,
    DetectionEngine,
    EngineSettings,
    disabled_speedups,
)
from redactor.detect.prefilter import KeywordPrefilter, literals_of
from redactor.detect.registry import all_detectors
from redactor.errors import ConfigError
from redactor.records import decode

ROOT = Path(__file__).resolve().parents[1]


def one_by_one(detectors: list[PatternDetector] | tuple[object, ...], lowered: str) -> list[int]:
    """The engine's original rule: run a detector when it has no literal or one occurs."""
    out = []
    for i, d in enumerate(detectors):
        lits = literals_of(d)  # type: ignore[arg-type]
        if not lits or any(k in lowered for k in lits):
            out.append(i)
    return out


@lru_cache(maxsize=1)
def corpus_texts() -> tuple[str, ...]:
    """Held-out corpus texts and every text slot of the bundled generated stream."""
    texts = [
        json.loads(line)["text"]
        for line in (ROOT / "tests/data/holdout/corpus.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for line in (ROOT / "samples/copilot-stream.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
            dec = decode(rec)
        except Exception:  # malformed lines of the stream are part of the sample; they have no slots
            continue
        texts.extend(s.text for s in dec.slots)
    return tuple(dict.fromkeys(texts))


def test_the_corpus_is_big_enough_to_mean_something() -> None:
    texts = corpus_texts()
    assert len(texts) > 1000
    assert sum(map(len, texts)) > 150_000


def test_same_detectors_selected_on_corpus_and_stream_texts() -> None:
    detectors = all_detectors()
    pre = KeywordPrefilter(detectors)
    assert len(pre.literals) > 100  # the real registry, not an empty set
    for text in corpus_texts():
        low = text.lower()
        assert pre.select(low) == one_by_one(detectors, low)


def test_same_spans_with_and_without_the_prefilter() -> None:
    detectors = all_detectors()
    fast = DetectionEngine(detectors, None, EngineSettings(cache_size=0, prefilter=True))
    slow = DetectionEngine(detectors, None, EngineSettings(cache_size=0, prefilter=False))
    assert fast.prefilter is not None and slow.prefilter is None
    texts = list(corpus_texts())
    found = fast.analyze(texts)
    assert found == slow.analyze(texts)
    assert sum(map(len, found)) > 1000  # the texts do hold findings


def det(name: str, literals: tuple[str, ...]) -> PatternDetector:
    d = PatternDetector(name, "SECRET", r"\w+")
    object.__setattr__(d, "prefilter", literals)
    return d


# literals with regex metacharacters, non-ASCII, a repeated literal, an empty one, none at all
DETECTORS = [
    det("a", ("ghp_", "x.y")),
    det("b", ("né", "(?i)")),
    det("c", ()),
    det("d", ("ghp_", "$^")),
    det("e", ("",)),
    det("f", ("ß", "\\d+")),
]


PIECES = ["ghp_", "x.y", "xay", "né", "ne", "(?i)", "$^", "ß", "\\d+", "a", "\ud800", "é", "G", "HP_"]


@given(st.lists(st.sampled_from(PIECES)).map("".join))
@settings(max_examples=300, deadline=None)
def test_select_equals_one_by_one_on_generated_texts(text: str) -> None:
    pre = KeywordPrefilter(DETECTORS)
    low = text.lower()
    assert pre.select(low) == one_by_one(DETECTORS, low)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nothing", ["c", "e"]),  # only the detectors without (or with an empty) literal
        ("a ghp_ token", ["a", "c", "d", "e"]),  # one literal shared by two detectors
        ("xay", ["c", "e"]),  # "." is a literal dot, not "any character"
        ("x.y", ["a", "c", "e"]),
        ("Né", ["c", "e"]),  # the caller lower-cases; the set itself is case-sensitive
        ("né", ["b", "c", "e"]),
        ("1234", ["c", "e"]),  # "\\d+" is three characters, not a digit class
        ("\\d+", ["c", "e", "f"]),
        ("lone \ud800 surrogate ß", ["c", "e", "f"]),  # not UTF-8 encodable: still searched
    ],
)
def test_select_table(text: str, expected: list[str]) -> None:
    pre = KeywordPrefilter(DETECTORS)
    assert [DETECTORS[i].name for i in pre.select(text)] == expected


def test_no_literals_at_all() -> None:
    pre = KeywordPrefilter([det("c", ())])
    assert pre.select("anything") == [0]
    assert KeywordPrefilter([]).select("anything") == []


def test_cache_is_bounded_in_bytes() -> None:
    email = PatternDetector("t.email", "EMAIL_ADDRESS", r"\b\w+@\w+\.io\b")
    budget = 10 * ENTRY_BYTES + 20 * SPAN_BYTES
    eng = DetectionEngine([email], None, EngineSettings(cache_size=10_000, cache_bytes=budget))
    texts = [" ".join(f"u{i}x{j}@ex.io" for j in range(5)) for i in range(100)]
    eng.analyze(texts)
    assert 0 < eng.cache_bytes <= budget
    assert eng.cache_bytes == sum(ENTRY_BYTES + SPAN_BYTES * len(v) for v in eng._cache.values())
    assert len(eng._cache) == budget // (ENTRY_BYTES + 5 * SPAN_BYTES)
    # the most recent texts are the ones kept: analysing them again is all hits
    hits = eng.cache_hits
    eng.analyze(texts[-len(eng._cache) :])
    assert eng.cache_hits - hits == len(eng._cache)


def test_an_entry_larger_than_the_budget_is_not_cached() -> None:
    email = PatternDetector("t.email", "EMAIL_ADDRESS", r"\b\w+@\w+\.io\b")
    eng = DetectionEngine([email], None, EngineSettings(cache_bytes=ENTRY_BYTES + SPAN_BYTES))
    eng.analyze(["a@b.io c@d.io"])
    assert eng.cache_bytes == 0 and not eng._cache


@pytest.mark.parametrize(
    ("value", "off"),
    [
        ("", frozenset()),
        ("prefilter", frozenset({"prefilter"})),
        (" cache , prefilter ", frozenset({"cache", "prefilter"})),
        (
            "all",
            frozenset({"cache", "prefilter", "memo", "chunks", "render", "regex", "direct", "gateset", "gatechunks"}),
        ),
    ],
)
def test_disable_switch(value: str, off: frozenset[str]) -> None:
    assert disabled_speedups({DISABLE_ENV: value}) == off


def test_disable_switch_rejects_unknown_names() -> None:
    with pytest.raises(ConfigError, match="unknown speed-up 'prefiltre'"):
        disabled_speedups({DISABLE_ENV: "prefiltre"})


def test_engine_obeys_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "all")
    eng = DetectionEngine(DETECTORS, None)
    assert eng.prefilter is None and eng.settings.cache_size == 0
    eng.analyze(["x ghp_ y", "x ghp_ y"])
    assert eng.cache_hits == 0
