"""`pii._scan.ScanDetector`: the gate, the entity and the offsets of the PII detectors built on it.

A toy detector (it reports every run of ``Z`` letters) shows each gate on its own: a text that
fails it yields nothing although `find` would find something there, and one that passes yields
what `find` finds, mapped back to the raw text through the JSON-unescaped view. The detectors
moved onto the frame keep their entities and their gates (a text without the gate's mark yields
nothing even when `find` would answer).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.pii._scan import Hit, ScanDetector
from redactor.detect.pii.address_cyr_cases import CyrillicCaseAddressDetector
from redactor.detect.pii.address_south import SouthAsianAddressDetector
from redactor.detect.pii.address_vn import VietnameseAddressDetector
from redactor.detect.pii.cjk_names import CjkNameDetector
from redactor.detect.pii.dob_rows import DobRowDetector
from redactor.detect.pii.handle_names import HandleNameDetector
from redactor.detect.pii.particle_names import ParticleNameDetector
from redactor.detect.pii.record_names import RecordNameDetector
from redactor.detect.pii.zpl_labels import ZplLabelDetector

_ZS = re.compile(r"Z+")


class _Plain(ScanDetector):
    name = "test.plain"
    entity = "PERSON"

    def find(self, text: str) -> Iterator[Hit]:
        for m in _ZS.finditer(text):
            yield (m.start(), m.end(), 0.5)


class _NonAscii(_Plain):
    name = "test.non_ascii"
    non_ascii = True


class _Needles(_Plain):
    name = "test.needles"
    needles = ("#", "\u00a7")


class _Gate(_Plain):
    name = "test.gate"
    gate = re.compile(r"\d{3}")


class _SpeedupGate(_Plain):
    name = "test.speedup"
    gate = re.compile(r"\d{3}")
    gate_speedup = True


def _found(det: ScanDetector, text: str) -> list[tuple[str, str]]:
    return [(s.entity, text[s.start : s.end]) for s in det.detect(text)]


def test_entity_sets_entities() -> None:
    assert _Plain().entities == ("PERSON",)
    assert _Gate().entities == ("PERSON",)  # inherited
    assert ZplLabelDetector().entities == ("PERSON", "ADDRESS", "PHONE_NUMBER")  # several: set by hand


def test_repr_names_the_detector_and_no_value() -> None:
    det = _Plain()
    det.detect("ZZZ secret")
    assert repr(det) == "<_Plain test.plain>"


@pytest.mark.parametrize(
    ("det", "fails", "passes"),
    [
        (_NonAscii(), "ZZ only ascii", "ZZ caf\u00e9"),
        (_Needles(), "ZZ no mark", "ZZ \u00a7 mark"),
        (_Gate(), "ZZ 12 digits", "ZZ 123 digits"),
        (_SpeedupGate(), "ZZ 12 digits", "ZZ 123 digits"),
    ],
)
def test_each_gate_alone(det: ScanDetector, fails: str, passes: str) -> None:
    assert list(det.find(fails))  # find would answer: only the gate keeps it out
    assert det.detect(fails) == []
    assert _found(det, passes) == [("PERSON", "ZZ")]


def test_speedup_gate_is_skipped_ungated_and_a_rule_gate_is_not() -> None:
    text = "ZZ 12 digits"
    assert _found(_SpeedupGate(gated=False), text) == [("PERSON", "ZZ")]
    assert _SpeedupGate(gated=True).detect(text) == []
    assert _Gate(gated=False).detect(text) == []


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet='ab \n"\\\u00e9', max_size=30),
    st.integers(min_value=1, max_value=6),
    st.text(alphabet='ab \n"\u00e9', max_size=30),
)
def test_offsets_map_back_through_the_escaped_view(before: str, n: int, after: str) -> None:
    """In a JSON-escaped tool argument the view unescapes ``\\n``, ``\\"`` and ``\\\\``; the span
    still covers exactly the raw ``Z`` run."""
    raw = json.dumps({"cmd": before + "Z" * n + after})
    spans = _Plain().detect(raw)
    assert [raw[s.start : s.end] for s in spans] == ["Z" * n]
    assert all(s.detector == "test.plain" and s.score == 0.5 for s in spans)


@pytest.mark.parametrize(
    ("cls", "entity", "ungated_text"),
    [
        (DobRowDetector, "DATE_OF_BIRTH", None),
        (HandleNameDetector, "PERSON", "user mkowalski\t(Marek Kowalski)"),
        (ParticleNameDetector, "PERSON", "Ahmad Faizal bin abdullah"),
        (RecordNameDetector, "PERSON", "Customer: John Smith, phone 5551234567"),
        (CjkNameDetector, "PERSON", "ascii only"),
        (VietnameseAddressDetector, "ADDRESS", "ascii only"),
        (SouthAsianAddressDetector, "ADDRESS", "ascii only"),
        (CyrillicCaseAddressDetector, "ADDRESS", "ascii only"),
    ],
)
def test_moved_detectors_keep_entity_and_gate(cls: type[ScanDetector], entity: str, ungated_text: str | None) -> None:
    det = cls()
    assert det.entities == (entity,)
    if ungated_text is not None:
        assert not det.admits(ungated_text)
        assert det.detect(ungated_text) == []


def test_dob_row_gate_is_a_speedup_only() -> None:
    det = DobRowDetector(gated=False)
    assert det.admits("no year here")
    assert not DobRowDetector(gated=True).admits("no year here")
