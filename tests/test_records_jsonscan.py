"""The position-aware JSON reader: same grammar as json.loads, lenient prefixes, bounded depth."""

from __future__ import annotations

import json

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from redactor.records.jsonscan import (
    JObj,
    JsonSyntaxError,
    JStr,
    Node,
    Style,
    TooDeepError,
    encode_string,
    parse_json,
)


def strings_of(node: Node | None) -> list[str]:
    """String values (not keys) in document order."""
    out: list[str] = []
    stack: list[Node] = [] if node is None else [node]
    while stack:
        n = stack.pop()
        if isinstance(n, JStr):
            out.append(n.value)
        elif isinstance(n, JObj):
            stack.extend(reversed([v for _, v in n.pairs]))
        elif isinstance(n, list):
            stack.extend(reversed(n))
    return out


def py_strings(value: object) -> list[str]:
    out: list[str] = []
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            stack.extend(reversed(list(v.values())))
        elif isinstance(v, list):
            stack.extend(reversed(v))
    return out


def accepts(text: str) -> bool:
    try:
        parse_json(text)
    except JsonSyntaxError:
        return False
    return True


def loads_ok(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)
styles = st.sampled_from(
    [
        {"separators": (",", ":")},
        {"separators": (", ", ": ")},
        {"indent": 2},
        {"indent": "\t", "ensure_ascii": False},
        {"ensure_ascii": False},
    ]
)


@given(json_values, styles)
def test_reads_what_json_dumps_writes(value: object, style: dict[str, object]) -> None:
    text = json.dumps(value, **style)  # type: ignore[arg-type]
    parsed = parse_json(text)
    assert parsed.complete
    assert strings_of(parsed.root) == py_strings(value)


@given(json_values)
def test_string_spans_point_at_their_tokens(value: object) -> None:
    text = json.dumps(value)
    stack: list[Node] = [parse_json(text).root]  # type: ignore[list-item]
    while stack:
        n = stack.pop()
        if isinstance(n, JStr):
            assert json.loads(text[n.start : n.end]) == n.value
        elif isinstance(n, JObj):
            stack.extend(v for _, v in n.pairs)
        elif isinstance(n, list):
            stack.extend(n)


_JSONISH = st.text(alphabet='{}[]",: \t\n0123456789-+.eEaflnrstuINy\\/', max_size=24)


@given(_JSONISH)
@settings(max_examples=400)
def test_accepts_exactly_what_json_loads_accepts(text: str) -> None:
    assert accepts(text) is loads_ok(text)


@given(json_values)
def test_accepts_exactly_what_json_loads_accepts_after_a_mutation(value: object) -> None:
    text = json.dumps(value)
    for i in range(0, len(text), max(1, len(text) // 6)):
        for mutated in (text[:i] + text[i + 1 :], text[:i] + "," + text[i:], text[:i] + '"' + text[i:]):
            assert accepts(mutated) is loads_ok(mutated), mutated


@pytest.mark.parametrize(
    "text",
    [
        "NaN",
        "-Infinity",
        '{"a": NaN, "a": 2}',  # duplicate keys: json.loads accepts them
        '"\\ud83d"',  # a lone surrogate escape
        " \n[1, 2.5e-3, -0]\r\n",
        '"\\/"',
    ],
)
def test_accepts_pythons_extensions(text: str) -> None:
    assert loads_ok(text)
    assert accepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\ufeff{}",  # BOM: json.loads rejects it in a str
        "{'a': 1}",
        '{"a": 1,}',  # trailing comma
        "[1,]",
        "01",
        "1.",
        '"tab\there"',  # control character inside a string (strict)
        '{"a" 1}',
        "[1 2]",
        "nul",
        '{"a": 1} x',
    ],
)
def test_rejects_what_json_loads_rejects(text: str) -> None:
    assert not loads_ok(text)
    assert not accepts(text)


def test_duplicate_keys_are_all_kept() -> None:
    root = parse_json('{"a": "x", "a": "y"}').root
    assert isinstance(root, JObj)
    assert [k for k, _ in root.pairs] == ["a", "a"]
    assert root.str_of("a") == "y"  # like json.loads, the last one wins for lookups


@given(st.dictionaries(st.text(max_size=5), json_values, min_size=1, max_size=4), st.data())
def test_every_prefix_of_an_object_is_read_leniently(value: dict[str, object], data: st.DataObject) -> None:
    text = json.dumps(value, ensure_ascii=data.draw(st.booleans()))
    cut = data.draw(st.integers(min_value=1, max_value=len(text) - 1))
    prefix = text[:cut]
    parsed = parse_json(prefix, lenient=True)
    assert not parsed.complete
    got = strings_of(parsed.root)
    want = py_strings(value)
    # complete strings come out whole and in order; a cut-off last one is a prefix of the original
    assert len(got) <= len(want)
    for i, s in enumerate(got):
        if i == len(got) - 1:
            assert want[i].startswith(s)
        else:
            assert s == want[i]


@pytest.mark.parametrize(
    ("prefix", "last"),
    [
        ('{"a": "Jane Doe, ja', "Jane Doe, ja"),
        ('{"a": "x\\', "x"),  # cut inside an escape
        ('{"a": "x\\u00', "x"),
        ('{"a": "x\\\\', "x\\"),  # an escaped backslash is complete
        ('{"a": "caf\\u00e9', "caf\u00e9"),
        ('{"a": ["b", "c', "c"),
        ('{"a": "x\\ud83d', "x"),  # high surrogate whose low half was cut off
        ('{"a": "x\\ud83d\\ud', "x"),
        ('{"a": "x\\ud83d\\ude00', "x\U0001f600"),  # a whole pair stays
        ('{"a": "x\\\\ud83d', "x\\ud83d"),  # not an escape: an escaped backslash, then text
    ],
)
def test_partial_last_string(prefix: str, last: str) -> None:
    parsed = parse_json(prefix, lenient=True)
    root = parsed.root
    leaves: list[JStr] = []
    stack: list[Node] = [root]  # type: ignore[list-item]
    while stack:
        n = stack.pop()
        if isinstance(n, JStr):
            leaves.append(n)
        elif isinstance(n, JObj):
            stack.extend(v for _, v in n.pairs)
        elif isinstance(n, list):
            stack.extend(n)
    partial = [n for n in leaves if n.partial]
    assert len(partial) == 1
    assert partial[0].value == last
    assert partial[0].end == len(prefix)


@pytest.mark.parametrize(
    "prefix",
    ['{"a": 1} x', '{"a": tru e', '{"a": "x"\n"b"', "hello", '{"a": "tab\there', '{"a": 1.x'],
)
def test_lenient_still_rejects_non_prefixes(prefix: str) -> None:
    with pytest.raises(JsonSyntaxError):
        parse_json(prefix, lenient=True)


@pytest.mark.parametrize("prefix", ['{"a": 1.', '{"a": -', '{"a": 1e', '{"a": nu', '{"a": -Inf', '{"a'])
def test_lenient_accepts_a_cut_scalar_or_key(prefix: str) -> None:
    assert not parse_json(prefix, lenient=True).complete


def test_depth_is_bounded_without_recursion() -> None:
    deep = "[" * 10_000 + "]" * 10_000
    with pytest.raises(TooDeepError):
        parse_json(deep, max_depth=64)
    with pytest.raises(TooDeepError):
        parse_json('{"a":' * 10_000, lenient=True, max_depth=64)
    assert parse_json("[" * 64 + "]" * 64, max_depth=64).complete
    with pytest.raises(TooDeepError):
        parse_json("[" * 65 + "]" * 65, max_depth=64)


def test_huge_strings_are_fine() -> None:
    big = "x" * 5_000_000
    parsed = parse_json(json.dumps({"a": big}))
    assert strings_of(parsed.root) == [big]


@pytest.mark.parametrize(
    ("src", "value", "token"),
    [
        ('{"a":"x"}', "é<\ud83d/", '"\\u00e9<\\ud83d/"'),  # ASCII document stays ASCII
        ('{"a":"é"}', "é<\ud83d/", '"é<\\ud83d/"'),  # lone surrogates are always escaped
        ('{"a":"\\/x"}', "a/b", '"a\\/b"'),  # escaped slashes stay escaped
        ('{"a":"\\u003cb\\u003e"}', "<x&y>", '"\\u003cx\\u0026y\\u003e"'),  # Go's HTML escaping
    ],
)
def test_new_tokens_follow_the_documents_style(src: str, value: str, token: str) -> None:
    out = encode_string(value, Style.of(src))
    assert out == token
    assert json.loads(out) == value


@given(st.text(), st.booleans(), st.booleans(), st.booleans())
def test_encoded_tokens_decode_to_their_value(value: str, ascii_: bool, slash: bool, html: bool) -> None:
    out = encode_string(value, Style(ascii_, slash, html))
    assume(True)
    assert json.loads(out) == value
    if ascii_:
        assert out.isascii()
