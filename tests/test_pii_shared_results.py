"""Detectors that share their results scan a text once, whoever asks (the engine, then
`pii.contact_row`), and the shared answer is the answer."""

from __future__ import annotations

from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii.contact import EmailDetector
from redactor.detect.pii.dates import DateOfBirthDetector
from redactor.detect.pii.financial import IbanDetector
from redactor.detect.pii.phones import PhoneDetector

TEXT = "Kundin Wanjiru Kamau, jane.k@mail.example.org, +254 712 448 019, geb. 14.03.1988"


class _Counting(ViewDetector):
    name = "test.counting"
    entities = ("PERSON",)
    calls = 0

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        type(self).calls += 1
        yield ("PERSON", 7, 20, 0.9)


class _Shared(_Counting):
    name = "test.shared"
    shares_results = True
    calls = 0


def test_a_sharing_detector_scans_a_text_once_across_instances() -> None:
    _Shared.calls = 0
    text = TEXT + " (shared)"
    first, second = _Shared().detect(text), _Shared().detect(text)
    assert _Shared.calls == 1
    assert first == second and first and first is not second  # a fresh list each call


def test_a_detector_that_does_not_share_scans_every_time() -> None:
    _Counting.calls = 0
    text = TEXT + " (plain)"
    _Counting().detect(text)
    _Counting().detect(text)
    assert _Counting.calls == 2


def test_gated_and_ungated_answers_are_kept_apart() -> None:
    _Shared.calls = 0
    text = TEXT + " (gates)"
    _Shared(gated=True).detect(text)
    _Shared(gated=False).detect(text)
    _Shared(gated=True).detect(text)
    assert _Shared.calls == 2


def test_the_contact_row_anchors_share_and_answer_as_a_fresh_scan() -> None:
    for cls in (EmailDetector, PhoneDetector, IbanDetector, DateOfBirthDetector):
        assert cls.shares_results, cls.name
        shared = cls().detect(TEXT)
        again = cls().detect(TEXT)
        info = TextInfo(TEXT, *_fresh_parts(TEXT))
        fresh = info.spans(cls().scan(info), cls.name)
        assert shared == again == fresh, cls.name


def _fresh_parts(text: str) -> tuple[object, ...]:
    from redactor.detect.segment import segment, unescape

    return (unescape(text), tuple(segment(text)))
