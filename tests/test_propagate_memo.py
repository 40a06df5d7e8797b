"""Propagation's speed-ups give exactly what a plain search over every known value gives.

The propagator remembers, per text, which known values it holds, looks only for values learnt
since when the text comes back (history replay), and finds recurrences with `str.find` instead of
compiling one alternation per set of values. The reference below is the plain algorithm: every
known value, one alternation regex, nothing remembered.
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redactor.detect.engine import resolve
from redactor.detect.span import Span
from redactor.transform.propagate import (
    CASELESS,
    DETECTOR,
    FOLDS_TO_ASCII,
    KNOWN_BYTES,
    LOG_BYTES,
    Propagator,
    _matches,
    _PatternCache,
    caseless_view,
    eligible,
)


def reference_pattern(alternatives: list[tuple[str, bool]]) -> re.Pattern[str]:
    alts = sorted(set(alternatives), key=lambda a: -len(a[0]))
    body = "|".join(f"(?i:{re.escape(a)})" if caseless else re.escape(a) for a, caseless in alts)
    return re.compile(rf"(?<![\w@.+-])(?:{body})(?![\w@-])")


def forms(value: str) -> tuple[str, ...]:
    esc = json.dumps(value, ensure_ascii=False)[1:-1]
    return (value,) if esc == value else (value, esc)


def unescape(value: str) -> str:
    try:
        return str(json.loads(f'"{value}"'))
    except json.JSONDecodeError:
        return value


class ReferencePropagator:
    """The algorithm without memory: every text searched for every known value, every time."""

    def __init__(self, per_scope: int = 512, scopes: int = 4096) -> None:
        self.per_scope, self.scopes = per_scope, scopes
        self.known: OrderedDict[str, OrderedDict[str, str]] = OrderedDict()

    def extend(self, scope: str, texts: list[str], spans: list[list[Span]], escaped: list[bool]) -> list[list[Span]]:
        known = self.known.get(scope)
        if known is None:
            known = self.known[scope] = OrderedDict()
            if len(self.known) > self.scopes:
                self.known.popitem(last=False)
        else:
            self.known.move_to_end(scope)
        for text, ss, esc in zip(texts, spans, escaped, strict=True):
            for s in ss:
                value = unescape(text[s.start : s.end]) if esc else text[s.start : s.end]
                if eligible(s.entity, value):
                    known[value] = s.entity
                    known.move_to_end(value)
        while len(known) > self.per_scope:
            known.popitem(last=False)
        out = []
        for text, ss, esc in zip(texts, spans, escaped, strict=True):
            low = text.lower()
            present = [
                v for v in known if any(f in text or (known[v] in CASELESS and f.lower() in low) for f in forms(v))
            ]
            found = []
            if present:
                alts = [(f, known[v] in CASELESS) for v in present for f in forms(v)]
                for m in reference_pattern(alts).finditer(text):
                    val = unescape(m.group(0)) if esc else m.group(0)
                    entity = known.get(val)
                    if entity is None:
                        entity = next((e for k, e in known.items() if e in CASELESS and k.lower() == val.lower()), None)
                    if entity is not None:
                        found.append(Span(entity, m.start(), m.end(), 0.9, DETECTOR))
            extra = [s for s in found if not any(x.start <= s.start and s.end <= x.end for x in ss)]
            out.append(resolve([*ss, *extra]) if extra else list(ss))
        return out


# small alphabets so values recur, overlap, touch word characters and differ only in case
WORD = st.text(alphabet='abAB .@-_x\\"', min_size=1, max_size=6)
TEXT = st.text(alphabet='abAB .@-_x\\"\n', max_size=40)


@given(text=TEXT, alts=st.lists(st.tuples(WORD, st.booleans()), min_size=1, max_size=6))
@settings(max_examples=400, deadline=None)
def test_matches_are_what_the_alternation_regex_finds(text: str, alts: list[tuple[str, bool]]) -> None:
    expected = [m.span() for m in reference_pattern(alts).finditer(text)]
    assert _matches(text, alts, _PatternCache()) == expected


@given(
    text=st.text(alphabet="kKsSiI\u212a\u017f\u0130\u0131e\u00e9\u00c9 .@", max_size=30),
    alts=st.lists(
        st.tuples(st.text(alphabet="kKsSiIe\u00e9\u212a", min_size=1, max_size=4), st.booleans()),
        min_size=1,
        max_size=4,
    ),
)
@settings(max_examples=400, deadline=None)
def test_caseless_matches_agree_with_the_regex_beyond_ascii(text: str, alts: list[tuple[str, bool]]) -> None:
    # ASCII text takes the lower-cased `str.find` path; text with characters that fold to ASCII
    # letters under IGNORECASE (Kelvin sign, long s, dotted/dotless i) or accents must not
    expected = [m.span() for m in reference_pattern(alts).finditer(text)]
    assert _matches(text, alts, _PatternCache()) == expected


@pytest.mark.parametrize(
    ("text", "alts", "expected"),
    [
        ("mail Ann@Corp.com now", [("ann@corp.com", True)], [(5, 17)]),  # ASCII, case differs
        ("mail Ann@Corp.com now", [("ann@corp.com", False)], []),  # case-sensitive: no match
        ("user \u212aim ok", [("kim", True)], [(5, 8)]),  # Kelvin sign folds to k under IGNORECASE
        ("user \u017fam ok", [("sam", True)], [(5, 8)]),  # long s folds to s, but does not lower to it
        ("user \u017fam ok", [("sam", False)], []),
        ("to \u0130lker \u0131lker ILKER", [("ilker", True)], [(3, 8), (9, 14), (15, 20)]),  # dotted/dotless i
    ],
)
def test_caseless_match_table(text: str, alts: list[tuple[str, bool]], expected: list[tuple[int, int]]) -> None:
    assert [m.span() for m in reference_pattern(alts).finditer(text)] == expected  # the reference agrees
    assert _matches(text, alts, _PatternCache()) == expected


def test_folds_to_ascii_lists_every_non_ascii_partner_of_an_ascii_character() -> None:
    # `_matches` finds ASCII literals with str.find on lower-cased text when none of these occurs
    any_ascii = re.compile(r"(?i)[\x00-\x7f]")
    partners = {c for c in map(chr, range(0x80, 0x110000)) if any_ascii.fullmatch(c)}
    assert partners == set(FOLDS_TO_ASCII)
    # and no other character lower-cases to ASCII or to more than one character
    odd = {c for c in map(chr, range(0x80, 0x110000)) if len(c.lower()) != 1 or c.lower().isascii()}
    assert odd <= partners
    # each partner stands for exactly the ASCII letter the caseless view maps it to
    for c in FOLDS_TO_ASCII:
        matched = {a for a in map(chr, range(0x80)) if re.fullmatch(f"(?i:{re.escape(a)})", c)}
        assert {a.lower() for a in matched} == {caseless_view(c)}


ENTITIES = ("PERSON", "USERNAME", "EMAIL_ADDRESS", "SECRET")
VALUE = st.sampled_from(["Ann Lee", "ann lee", "jonas", "JONAS", "jonas2", "a@b.io", "A@B.io", 'x"y zz', "Ann Leex"])


@st.composite
def calls(draw: st.DrawFn) -> list[tuple[str, list[str], list[list[Span]], list[bool]]]:
    """A sequence of `extend` calls over a small pool of texts (so texts come back, as in history
    replay), each time with some values detected, under entities that may change."""
    piece = st.one_of(VALUE, st.sampled_from([" ", ", ", "x", "/", "\\n"]))
    pool = draw(st.lists(st.lists(piece, max_size=8).map("".join), min_size=1, max_size=4))
    out = []
    for _ in range(draw(st.integers(1, 12))):
        scope = draw(st.sampled_from(["u1", "u2", "u3"]))
        texts, spans, escaped = [], [], []
        for _ in range(draw(st.integers(1, 3))):
            text = draw(st.sampled_from(pool))
            esc = draw(st.booleans())
            ss = []
            for v in draw(st.lists(VALUE, max_size=2)):
                form = forms(v)[-1] if esc else v
                i = text.find(form)
                if i >= 0:
                    ss.append(Span(draw(st.sampled_from(ENTITIES)), i, i + len(form), 0.9, "t"))
            texts.append(text)
            spans.append(resolve(ss))
            escaped.append(esc)
        out.append((scope, texts, spans, escaped))
    return out


@given(seq=calls(), per_scope=st.integers(1, 6), scopes=st.integers(1, 3))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_same_spans_as_a_search_without_memory(
    seq: list[tuple[str, list[str], list[list[Span]], list[bool]]], per_scope: int, scopes: int
) -> None:
    fast, ref = Propagator(per_scope, scopes), ReferencePropagator(per_scope, scopes)
    for scope, texts, spans, escaped in seq:
        assert fast.extend(scope, texts, spans, escaped) == ref.extend(scope, texts, spans, escaped)
        assert_sizes_add_up(fast)


def assert_sizes_add_up(p: Propagator) -> None:
    """The byte estimates the bounds use are kept exactly (no drift as values come and go)."""
    for state in p._known.values():
        assert state.size == sum(KNOWN_BYTES + len(v) for v in state.known) + LOG_BYTES * len(state.log)
        assert set(state.seq) == set(state.known)
    assert p.known_size == sum(state.size for state in p._known.values())
    assert p.memo_size == sum(m.size for m in p._memo.values())


def test_known_values_are_bounded_in_bytes_over_all_scopes() -> None:
    p = Propagator(max_bytes=20 * (KNOWN_BYTES + LOG_BYTES + 12))
    for i in range(30):  # 30 scopes of 3 values each: far more than the budget
        texts = [f"user u{i}x{j}abc here" for j in range(3)]
        spans = [[Span("USERNAME", 5, 5 + len(f"u{i}x{j}abc"), 0.9, "t")] for j in range(3)]
        p.extend(f"s{i}", texts, spans, [False] * 3)
        assert_sizes_add_up(p)
    assert 0 < p.known_size <= 20 * (KNOWN_BYTES + LOG_BYTES + 12)
    assert "s29" in p._known and "s0" not in p._known  # least recently used scopes went first
    # the current scope keeps its values even when alone it is over the budget
    q = Propagator(max_bytes=1)
    (found,) = q.extend("s", ["user jonas2 and jonas2"], [[Span("USERNAME", 5, 11, 0.9, "t")]], [False])
    assert [(s.start, s.end) for s in found] == [(5, 11), (16, 22)]


def test_a_text_seen_again_gets_values_learnt_since() -> None:
    p = Propagator()
    history = "Lan Tran and Ann Lee reviewed it"
    assert p.extend("u", [history], [[]], [False]) == [[]]
    second = "ask Ann Lee"
    p.extend("u", [second], [[Span("PERSON", 4, 11, 0.9, "ner")]], [False])
    (again,) = p.extend("u", [history], [[]], [False])  # the same text, replayed
    assert [(history[s.start : s.end], s.detector) for s in again] == [("Ann Lee", DETECTOR)]


def test_a_value_whose_entity_changes_is_reported_with_the_new_one() -> None:
    p = Propagator()
    text = "ping jonas2 later"
    p.extend("u", ["user jonas2"], [[Span("USERNAME", 5, 11, 0.9, "t")]], [False])
    assert [s.entity for s in p.extend("u", [text], [[]], [False])[0]] == ["USERNAME"]
    p.extend("u", ["key jonas2"], [[Span("SECRET", 4, 10, 0.9, "t")]], [False])
    assert [s.entity for s in p.extend("u", [text], [[]], [False])[0]] == ["SECRET"]


def test_an_evicted_value_is_no_longer_found_in_a_replayed_text() -> None:
    p = Propagator(per_scope=1)
    text = "jonas2 and maria7 here"
    p.extend("u", ["u jonas2"], [[Span("USERNAME", 2, 8, 0.9, "t")]], [False])
    assert len(p.extend("u", [text], [[]], [False])[0]) == 1
    p.extend("u", ["u maria7"], [[Span("USERNAME", 2, 8, 0.9, "t")]], [False])  # evicts jonas2
    assert [text[s.start : s.end] for s in p.extend("u", [text], [[]], [False])[0]] == ["maria7"]


def test_memos_are_bounded_by_bytes_and_entries() -> None:
    p = Propagator(memo_bytes=20_000, memo_entries=10_000)
    p.extend("u", ["user jonas2"], [[Span("USERNAME", 5, 11, 0.9, "t")]], [False])
    for i in range(500):
        p.extend("u", [f"jonas2 text number {i}"], [[]], [False])
    assert 0 < p.memo_size <= 20_000
    q = Propagator(memo_entries=5)
    q.extend("u", ["user jonas2"], [[Span("USERNAME", 5, 11, 0.9, "t")]], [False])
    for i in range(50):
        q.extend("u", [f"jonas2 text {i}"], [[]], [False])
    assert len(q._memo) == 5
