"""`pii.contact_row` reads a record line against its own postal addresses only when needed.

A capitalised cell inside a postal address is a street or a place, not a person, so the detector
drops its low-score names that overlap an address the three address detectors find in the line
alone. Running those detectors on every such line was the most expensive part of the detector;
now a line is read that way only when some address the detectors found in the whole text (the
engine's own run, shared through `ViewDetector.shares_results`) overlaps one of the line's
low-score names. That gate is measured, not proven (a line alone segments differently from the
text around it), so these tests compare the detector with its gates on and off (off: every such
line is read against its own addresses, the reference) on the generated contact-row matrix, on
development corpora and on a generated bench stream, and check that the address detectors' spans
are looked up, not found again.
"""

from __future__ import annotations

import contextlib
import json
import random
import sys
from pathlib import Path

import pytest

from redactor.detect.engine import DetectionEngine
from redactor.detect.pii import contact_rows
from redactor.detect.pii._base import text_info
from redactor.detect.pii.address import AddressDetector
from redactor.detect.pii.address_locale import LocaleAddressDetector
from redactor.detect.pii.address_native import NativeAddressDetector
from redactor.detect.pii.contact_rows import ContactRowDetector
from redactor.detect.registry import all_detectors
from tests import contact_world

GATED = ContactRowDetector(gated=True)
REFERENCE = ContactRowDetector(gated=False)


def _differing(texts: list[str]) -> list[str]:
    """Texts on which the gated detector's spans differ from the reference's. (The whole-text
    addresses are what the address detectors find whether the engine ran them first or the gated
    detector does: the spans do not depend on who asks.)"""
    return [text for text in texts if GATED.detect(text) != REFERENCE.detect(text)]


def test_the_address_detectors_share_their_results() -> None:
    for detector in (AddressDetector, LocaleAddressDetector, NativeAddressDetector):
        assert detector.shares_results, detector.name


def test_whole_text_addresses_are_looked_up_not_found_again(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Customer Ana Lima (ana.lima@example.com, +55 11 91234-5678), order to Rua Augusta 1500, 01304-001 Sao Paulo"
    info = text_info(text)
    for d in contact_rows._ADDRESSES:
        d.detect(text)  # the engine's run
    scans: list[str] = []
    for d in contact_rows._ADDRESSES:
        original = type(d).scan

        def counting(self: object, info: object, original: object = original, name: str = d.name) -> object:
            scans.append(name)
            return original(self, info)  # type: ignore[operator]

        monkeypatch.setattr(type(d), "scan", counting)
    assert contact_rows._whole_text_addresses(info)  # the address is found...
    assert scans == []  # ...from the shared results


@pytest.mark.parametrize("text", ["- Ana Lima | +55 11 91234-5678 | Rua Augusta 1500, 01304-001 Sao Paulo"])
def test_a_name_overlapping_no_whole_text_address_skips_the_line_reading(text: str) -> None:
    """The common case the gate saves: a name cell beside an address cell."""
    engine = DetectionEngine(all_detectors())
    engine.analyze([text])
    contact_rows._address_zones.cache_clear()
    spans = GATED.detect(text)
    assert contact_rows._address_zones.cache_info().misses == 0
    assert spans == REFERENCE.detect(text)
    assert any(text[s.start : s.end] == "Ana Lima" for s in spans)


@pytest.mark.slow
def test_gated_and_reference_agree_on_the_contact_row_matrix() -> None:
    texts = [c.text for c in (*contact_world.positives(), *contact_world.negatives())]
    assert len(texts) > 1000
    assert _differing(texts) == []


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["holdout", "holdout9", "holdout12", "holdout14", "holdout15"])
def test_gated_and_reference_agree_on_development_corpora(corpus: str) -> None:
    path = Path(__file__).parent / "data" / corpus / "corpus.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 100
    assert _differing(texts) == []


@pytest.mark.slow
def test_gated_and_reference_agree_on_a_generated_stream(tmp_path: Path) -> None:
    """Every string of a generated Copilot stream (history replay, many contact rows)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import gen_stream

    out = tmp_path / "stream.jsonl"
    with out.open("w", encoding="utf-8") as f:
        gen_stream.generate(gen_stream.parse_args(["--records", "150", "--seed", "11", "--fresh"]), f)
    texts: list[str] = []

    def strings(x: object) -> None:
        if isinstance(x, dict):
            for v in x.values():
                strings(v)
        elif isinstance(x, list):
            for v in x:
                strings(v)
        elif isinstance(x, str) and len(x) > 20:
            texts.append(x)
            if x.lstrip()[:1] in "{[":
                with contextlib.suppress(ValueError):  # a string that only looks like JSON
                    strings(json.loads(x))

    for line in out.read_text(encoding="utf-8").splitlines():
        try:
            strings(json.loads(line))
        except ValueError:
            continue
    texts = list(dict.fromkeys(texts))
    random.Random(0).shuffle(texts)
    assert len(texts) > 200
    assert _differing(texts[:1500]) == []
