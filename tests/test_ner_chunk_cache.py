"""The NER adapter's per-chunk cache is exact: same spans with it as without, and bounded."""

from __future__ import annotations

from redactor.detect.presidio_adapter import NerAdapter

TEXTS = [
    "Please ask Maria Schmidt to review the deploy. She is working from Reykjavik this week.",
    "Log excerpt:\nPlease ask Maria Schmidt to review the deploy. She is working from Reykjavik this week.\nthanks",
    "Kafka and Redis are fine; Tobias Müller said the cache is warm.",
    "Please ask Maria Schmidt to review the deploy. She is working from Reykjavik this week.",
]


def test_chunk_cache_gives_the_same_spans_and_stays_bounded() -> None:
    cached = NerAdapter(chunk_cache_size=2)
    plain = NerAdapter(chunk_cache_size=0)
    first = cached.analyze_batch(TEXTS)
    again = cached.analyze_batch(list(reversed(TEXTS)))[::-1]
    reference = plain.analyze_batch(TEXTS)
    assert first == reference == again
    assert any(s.entity == "PERSON" for s in first[0])
    assert len(cached._chunk_cache) <= 2 and len(plain._chunk_cache) == 0
