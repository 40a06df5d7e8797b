"""One check for tests that run texts through the real NER adapter and its post-filter."""

from __future__ import annotations

from redactor.detect.presidio_adapter import NerAdapter


def check_dropped_and_kept(ner: NerAdapter, text: str, dropped: str | None, kept: str | None) -> None:
    """Assert that no reported span contains `dropped` and that `kept` is reported exactly."""
    (spans,) = ner.analyze_batch([text])
    values = {text[s.start : s.end] for s in spans}
    if dropped is not None:
        assert not any(dropped in v for v in values), (dropped, values)
    if kept is not None:
        assert kept in values, (kept, values)
