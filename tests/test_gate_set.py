"""One RE2 pass for every PII gate (speed-ups ``gateset`` and ``gatechunks``, `redactor.detect.pii._gates`).

The combined pass must answer exactly as each detector's own gate sets do, on any text, in any
order of texts and detectors, when switched off, when RE2 gives up and for gates made after the
combined set was built.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import redactor.detect.pii  # noqa: F401  # registers every detector's gates
from redactor.detect.engine import DISABLE_ENV
from redactor.detect.pii import _gates, pii_detectors
from redactor.detect.pii._gates import EVERYTHING, Gates
from tests.test_pii_speed_exact import FRAGMENTS


def own(g: Gates, text: str) -> set[str]:
    """The detector's own answer, as a set of gate names (all names when it opens everything)."""
    answer = g.own_passed(text)
    return set(g.names) if answer is EVERYTHING else {n for n in g.names if n in answer}


def combined(g: Gates, text: str) -> set[str]:
    answer = g.passed(text, True)
    return {n for n in g.names if n in answer}


texts = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_combined_pass_answers_as_each_detectors_own_sets(batch: list[str], rnd: object) -> None:
    registry = list(_gates._REGISTRY)
    assert len(registry) >= 10  # every PII module with gates is imported
    for text in batch:
        order = registry[:]
        rnd.shuffle(order)  # type: ignore[attr-defined]
        for g in order:
            assert combined(g, text) == own(g, text), (g, text)


def test_texts_in_turn_and_equal_copies_get_their_own_answers() -> None:
    closed = "the build passed and every test is green again today"
    open_ = "Hello, my name is Anna Schmidt, SSN 234-56-7890, card 4111 1111 1111 1111"
    for text in (closed, open_, closed, "".join(list(open_)), open_ + " ", closed):
        for g in _gates._REGISTRY:
            assert combined(g, text) == own(g, text)
    assert any(combined(g, open_) for g in _gates._REGISTRY)
    assert not any(combined(g, closed) for g in _gates._REGISTRY)


def test_lone_surrogates_open_every_gate() -> None:
    for g in _gates._REGISTRY:
        assert combined(g, "lone \ud800 my name is") == set(g.names)


def test_switched_off_each_detector_matches_its_own_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "gateset")
    monkeypatch.setattr(_gates, "_MEMO", None)
    assert _gates._all_gates("my name is Anna") is None
    for g in _gates._REGISTRY:
        assert combined(g, "my name is Anna, 10.0.0.1") == own(g, "my name is Anna, 10.0.0.1")
    assert _gates._MEMO is None


class _GivesUp:
    def Match(self, data: bytes) -> list[int]:  # RE2's method name
        return []


def test_when_re2_gives_up_each_detector_answers_from_its_own_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Dear Anna Schmidt, my name is Bob; SSN 234-56-7890 at 22 Bishopsgate"
    _gates._all_gates("warm up")  # build the combined sets
    assert _gates._COMBINED is not None
    sets = list(_gates._COMBINED.ascii)
    sets[-1] = _GivesUp()  # one set of several giving up is enough
    monkeypatch.setattr(_gates._COMBINED, "ascii", sets)
    monkeypatch.setattr(_gates, "_MEMO", None)
    assert _gates._all_gates(text) is None
    answers = {g.index: combined(g, text) for g in _gates._REGISTRY}
    assert any(answers.values())
    assert answers == {g.index: own(g, text) for g in _gates._REGISTRY}


def test_gates_made_later_join_the_combined_pass() -> None:
    text = "zqx-marker 42 and my name is Anna"
    before = {g.index: combined(g, text) for g in _gates._REGISTRY}  # memo of the old sets
    late = Gates({"marker": r"zqx-marker \d", "absent": r"qqq\d"})
    try:
        assert combined(late, text) == {"marker"}  # same text, memo without it: its own sets
        assert combined(late, text + " ") == {"marker"}  # new text: rebuilt combined sets
        assert _gates._COMBINED is not None and _gates._COMBINED.count == len(_gates._REGISTRY)
        assert {g.index: combined(g, text) for g in _gates._REGISTRY if g is not late} == before
    finally:
        _gates._REGISTRY.remove(late)
        _gates._COMBINED = None
        _gates._MEMO = None


@settings(max_examples=60, deadline=None)
@given(texts)
def test_detectors_find_the_same_spans_with_the_combined_pass_on_and_off(text: str) -> None:
    import os

    detectors = pii_detectors()
    on = [d.detect(text) for d in detectors]
    old = os.environ.get(DISABLE_ENV)
    os.environ[DISABLE_ENV] = "gateset"
    _gates._MEMO = None
    try:
        off = [d.detect(text) for d in detectors]
    finally:
        if old is None:
            del os.environ[DISABLE_ENV]
        else:
            os.environ[DISABLE_ENV] = old
    assert on == off


@pytest.mark.parametrize("chunk", [1, 5, 12, 1000])
def test_every_chunk_size_answers_as_each_detectors_own_sets(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    rnd = random.Random(chunk)
    monkeypatch.setattr(_gates, "CHUNK", chunk)
    monkeypatch.setattr(_gates, "_COMBINED", None)
    monkeypatch.setattr(_gates, "_MEMO", None)
    n_gates = sum(len(g.names) for g in _gates._REGISTRY)
    for _ in range(40):
        text = "".join(rnd.choice(FRAGMENTS) for _ in range(rnd.randint(1, 25)))
        for g in _gates._REGISTRY:
            assert combined(g, text) == own(g, text), (chunk, g, text)
    assert _gates._COMBINED is not None
    assert len(_gates._COMBINED.ascii) == -(-n_gates // chunk)
    assert all(len(o) - 1 <= chunk for o in _gates._COMBINED.owners)


def test_switching_chunks_off_rebuilds_one_set(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Dear Anna Schmidt, my name is Bob; SSN 234-56-7890, ping @Carla about it"
    monkeypatch.setattr(_gates, "_MEMO", None)
    chunked = {g.index: combined(g, text) for g in _gates._REGISTRY}
    assert _gates._COMBINED is not None and len(_gates._COMBINED.ascii) > 1
    monkeypatch.setenv(DISABLE_ENV, "gatechunks")
    monkeypatch.setattr(_gates, "_MEMO", None)
    single = {g.index: combined(g, text) for g in _gates._REGISTRY}
    assert len(_gates._COMBINED.ascii) == 1
    assert single == chunked == {g.index: own(g, text) for g in _gates._REGISTRY}
    assert any(single.values())
    monkeypatch.delenv(DISABLE_ENV)
    monkeypatch.setattr(_gates, "_MEMO", None)
    combined(_gates._REGISTRY[0], text + " ")
    assert len(_gates._COMBINED.ascii) > 1
