"""Propagation: a detected value is masked wherever it recurs in the record and its scope."""

from __future__ import annotations

import pytest

from redactor.detect.span import Span
from redactor.transform.propagate import Propagator, eligible


@pytest.mark.parametrize(
    ("entity", "value", "ok"),
    [
        ("PERSON", "Lan Tran", True),  # a full name spreads
        ("PERSON", "Kafka", False),  # one word: a false positive must not spread
        ("USERNAME", "jonas", True),
        ("USERNAME", "root", False),  # generic account names stay
        ("USERNAME", "ab", False),  # too short
        ("EMAIL_ADDRESS", "a.b@ex.com", True),
        ("PHONE_NUMBER", "1234", False),  # too short to be distinctive
        ("LOCATION", "Paris", False),  # places are not propagated
        ("PERSON", "<PERSON_1> x", False),  # our own output never spreads
        ("ADDRESS", "1 Main St\nApt 2", False),  # multi-line values do not spread
    ],
)
def test_eligible(entity: str, value: str, ok: bool) -> None:
    assert eligible(entity, value) is ok


def sp(text: str, value: str, entity: str = "PERSON") -> Span:
    i = text.index(value)
    return Span(entity, i, i + len(value), 0.85, "t")


def test_recurrences_in_other_texts_of_the_record_are_found() -> None:
    texts = ["tell Lan Tran to fix it", "Lan Tran should review this", "Lan Trang is someone else"]
    out = Propagator().extend("u1", texts, [[sp(texts[0], "Lan Tran")], [], []], [False] * 3)
    assert [(s.start, s.end, s.entity, s.detector) for s in out[1]] == [(0, 8, "PERSON", "propagated")]
    assert out[2] == []  # whole words only


def test_known_values_carry_to_later_records_of_the_same_scope_only() -> None:
    p = Propagator()
    first = "owner jonas wrote /home/jonas/x"
    p.extend("u1", [first], [[sp(first, "jonas", "USERNAME")]], [False])
    later = "-rw-r--r-- 1 Jonas staff 12 file"
    assert [s.entity for s in p.extend("u1", [later], [[]], [False])[0]] == ["USERNAME"]  # case-insensitive
    assert p.extend("u2", [later], [[]], [False])[0] == []  # another user's scope knows nothing


def test_json_escaped_texts_match_the_escaped_form() -> None:
    p = Propagator()
    plain = 'say "Zoë Ng" hi'
    p.extend("u", [plain], [[sp(plain, '"Zoë Ng"'.strip('"'))]], [False])
    raw = 'name: \\"Zoë Ng\\"'
    (spans,) = p.extend("u", [raw], [[]], [True])
    assert [raw[s.start : s.end] for s in spans] == ["Zoë Ng"]


def test_memory_is_bounded() -> None:
    p = Propagator(per_scope=2, scopes=2)
    for i in range(5):
        t = f"user{i}x here"
        p.extend(f"s{i}", [t], [[sp(t, f"user{i}x", "USERNAME")]], [False])
    assert len(p._known) == 2
    assert "values hidden" in repr(p)
