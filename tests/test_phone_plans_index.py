"""`plan_findings` looks up overlapping findings in an index by start (linear in the text): it must
give exactly what the plain scan of every finding per candidate gave, on texts where pass-2 numbers
contain, overlap and repeat pass-1 findings."""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii import phone_plans, phones
from redactor.detect.pii._base import Finding, TextInfo
from redactor.detect.pii.number_kinds import not_a_phone
from redactor.detect.pii.phone_plans import WIDE, _plan_finding, plan_findings
from redactor.detect.pii.phones import PhoneDetector


def _reference(info: TextInfo, taken: list[Finding]) -> list[Finding]:
    """The plain scan (session 13's code): every finding so far is checked for each candidate."""
    out = list(taken)
    for m in WIDE.finditer(info.text):
        start, end = m.start(), m.end()
        if end - start < 7:
            continue
        inside = [f for f in out if f[1] < end and start < f[2]]
        if any(f[1] < start or f[2] > end for f in inside) or any(f[2] - f[1] == end - start for f in inside):
            continue
        found = _plan_finding(info, m)
        if found is not None and not_a_phone(info.text, start, end):
            found = None
        if found is not None:
            out = [f for f in out if f not in inside] + [found]
    return out


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    forms = [
        "+386 1 {a:03d} {b:04d}",
        "({a:03d}) {b:04d}{c:03d}",
        "{b:04d}{c:03d}",
        "0049 30 {b:04d}{c:02d}",
        "+1 {a:03d}-555-{b:04d}",
        "tel. 0{a:03d} {c:03d} {b:04d}",
        "{a:03d}.{c:03d}.{b:04d}",
        "order {b:04d}{c:04d}",
    ]
    glue = [", ", "; ", "\n", " or ", " / ", " phone ", ": "]
    out = []
    for _ in range(n):
        parts = [
            rnd.choice(forms).format(a=rnd.randrange(1000), b=rnd.randrange(10000), c=rnd.randrange(1000))
            + rnd.choice(glue)
            for _ in range(rnd.randrange(1, 40))
        ]
        out.append("contact " + "".join(parts))
    return out


def test_the_index_gives_what_the_plain_scan_gave(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[list[Finding], list[Finding]]] = []
    replaced = 0
    original = phone_plans.plan_findings

    def both(info: TextInfo, taken: list[Finding]) -> list[Finding]:
        nonlocal replaced
        got = original(info, list(taken))
        seen.append((got, _reference(info, list(taken))))
        replaced += any(f not in got for f in taken)
        return got

    monkeypatch.setattr(phones, "plan_findings", both)
    detector = PhoneDetector()
    for text in _texts(141, 300):
        detector.detect(text)
    assert len(seen) == 300
    assert all(got == ref for got, ref in seen)
    # the texts exercise the replacing branch: pass-2 numbers took pass-1 findings' places
    assert replaced > 10, replaced


def test_many_numbers_on_one_text_are_all_kept() -> None:
    text = "".join(f"customer {i}, phone +386 1 {200 + i % 700:03d} {1000 + i:04d}\n" for i in range(3000))
    found = [s for s in PhoneDetector().detect(text) if s.entity == "PHONE_NUMBER"]
    assert len(found) == 3000
    assert plan_findings is phone_plans.plan_findings
