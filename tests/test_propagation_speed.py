"""The propagation speed-ups keep the exact semantics they replace."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from redactor.detect.span import Span
from redactor.transform.propagate import _not_covered

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
