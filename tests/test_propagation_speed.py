"""The propagation speed-ups keep the exact semantics they replace."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redactor.detect.span import Span
from redactor.transform.propagate import Propagator, _not_covered

_spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda t: Span("PERSON", t[0], t[0] + t[1], 0.9, "x")),
    max_size=12,
)


@given(_spans, _spans)
def test_not_covered_is_the_pairwise_containment_filter(found: list[Span], spans: list[Span]) -> None:
    expected = [s for s in found if not any(x.start <= s.start and s.end <= x.end for x in spans)]
    assert _not_covered(found, spans) == expected


def test_not_covered_examples() -> None:
    a, b, c = Span("PERSON", 0, 10, 0.9, "x"), Span("PERSON", 2, 5, 0.9, "x"), Span("PERSON", 8, 14, 0.9, "x")
    assert _not_covered([b, c], [a]) == [c]  # b inside a; c sticks out
    assert _not_covered([a], [b, c]) == [a]  # two pieces together do not contain a
    assert _not_covered([b], []) == [b]


@pytest.mark.parametrize("memo_entries", [0, 50_000])
def test_caseless_and_escaped_values_are_still_found_in_later_texts(memo_entries: int) -> None:
    """Values that need more than a verbatim substring check (caseless e-mails, values with a
    JSON-escaped form) are found through the memo path too, also after a value changes entity."""
    p = Propagator(memo_entries=memo_entries)
    first = 'mail Ana.Lima@Example.com and "Zoë \\"Z\\" Ng"'
    name = 'Zoë "Z" Ng'
    spans = [Span("EMAIL_ADDRESS", 5, 25, 0.9, "t")]  # Ana.Lima@Example.com
    p.extend("u", [first], [spans], [False])
    later = ["write to ana.lima@example.com", 'ping {"who": "Zoë \\"Z\\" Ng"}']  # the second one JSON-escaped
    out = p.extend("u", later, [[], []], [False, True])
    assert [later[0][s.start : s.end] for s in out[0]] == ["ana.lima@example.com"]
    p.extend("u", [name], [[Span("PERSON", 0, len(name), 0.9, "t")]], [False])
    again = p.extend("u", later, [[], []], [False, True])
    assert again[0] == out[0]
    assert [s.entity for s in again[1]] == ["PERSON"]
