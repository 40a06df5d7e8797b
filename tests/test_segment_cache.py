"""Segmentation runs once per new text, even when a batch holds more texts than a small cache.

The PII detectors segment every text of a batch before the NER adapter segments them again; the
segment cache must hold a whole batch, or every text is segmented twice. It is bounded in texts
and in estimated bytes (its share of `redactor.cache_budget`), so it cannot keep large texts alive
without limit.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import redactor.detect.segment as seg


def test_each_text_of_a_large_batch_is_segmented_once(real_engine, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    inner = seg._segment_lines

    def counting(out, text, start, end, depth):  # type: ignore[no-untyped-def]
        if depth == 0 and start == 0:
            calls.append(end)
        return inner(out, text, start, end, depth)

    monkeypatch.setattr(seg, "_segment_lines", counting)
    texts = [f"Ticket {i}: Maria Lopez asked about invoice {i}.\nSee the log.\nERROR boom {i}" for i in range(200)]
    real_engine.analyze(texts)
    assert len(calls) == len(texts)


def _held() -> int:
    return sum(sys.getsizeof(t) + seg._ENTRY_BYTES + seg._SEGMENT_BYTES * len(v[0]) for t, v in seg._cache.items())


def test_the_cache_is_bounded_in_texts_and_bytes() -> None:
    for i in range(seg._CACHE_TEXTS + 50):
        seg.segment(f"line {i}")
    assert len(seg._cache) <= seg._CACHE_TEXTS
    big = "word " * (seg._CACHE_BYTES // 20 + 1)
    seg.segment(big)
    assert big not in seg._cache  # larger than a quarter of the budget: not kept
    assert seg.cache_bytes() == _held() <= seg._CACHE_BYTES
    for i in range(seg._CACHE_TEXTS):  # texts of a few kB each: past the budget in bytes first
        seg.segment(f"paragraph {i} " + "éa word of prose " * (seg._CACHE_BYTES // seg._CACHE_TEXTS // 8))
    assert seg.cache_bytes() == _held() <= seg._CACHE_BYTES
    assert len(seg._cache) < seg._CACHE_TEXTS
    assert seg.segment("a b\n```\nx = 1\n```") == seg.segment("a b\n```\nx = 1\n```")


@given(st.text(alphabet="aZb_ :=!-&|+<>/(){};[]\"'.$*\\\t\n\u00e9", max_size=40))
@settings(max_examples=500, deadline=None)
def test_code_token_hint_is_necessary_for_a_code_token(line: str) -> None:
    # is_code_line skips the code-token alternation when the hint does not match
    from redactor.detect.segment import _CODE_TOKEN_HINT, _CODE_TOKENS

    if _CODE_TOKENS.search(line):
        assert _CODE_TOKEN_HINT.search(line)


def test_clear_cache_forgets_the_texts_and_their_count() -> None:
    for i in range(20):
        seg.segment(f"a line to remember {i}")
    assert seg._cache and seg.cache_bytes() > 0
    seg.clear_cache()
    assert not seg._cache and seg.cache_bytes() == 0
    seg.segment("one more line")  # the count starts again from the texts kept
    assert seg.cache_bytes() == _held()
