"""`parse_json`'s whole-document path (C decoder + token scan) gives exactly the token reader's result.

A strict parse first tries `_parse_whole`; these tests compare it with `_parse_tokens` (the reader
every error and every lenient parse comes from) on generated documents in several encoder styles,
with escapes, duplicate keys, lone surrogates and nesting around the depth bound, and on mutated
documents, where both must agree on acceptance, on the error and on every token's span.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.records.jsonscan import (
    JObj,
    JsonSyntaxError,
    JStr,
    Lit,
    Node,
    TooDeepError,
    _parse_tokens,
    _parse_whole,
    parse_json,
)

Shape = tuple[object, ...] | str | None


def shape(root: Node | None) -> Shape:
    """The tree as a flat, comparable sequence: every node in document order, each string with its
    value, span and partial marks (iterative: documents may nest deeper than Python recursion)."""
    out: list[object] = []
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if node is None or isinstance(node, str | tuple):  # None root, a key, or a closing mark
            out.append(node)
        elif isinstance(node, JStr):
            out.append(("S", node.value, node.start, node.end, node.partial, node.tail))
        elif isinstance(node, JObj):
            out.append(("O", len(node.pairs)))
            stack.append(("/O",))
            for k, v in reversed(node.pairs):
                stack.extend((v, k))
        elif isinstance(node, list):
            out.append(("A", len(node)))
            stack.append(("/A",))
            stack.extend(reversed(node))
        else:
            assert isinstance(node, Lit)
            out.append("L")
    return tuple(out)


def outcome(parse: object, text: str, max_depth: int) -> tuple[object, ...]:
    try:
        p = parse(text, max_depth)  # type: ignore[operator]
    except (JsonSyntaxError, TooDeepError) as e:
        return ("error", type(e).__name__, str(e))
    return ("ok", shape(p.root), p.complete)


def token_reader(text: str, max_depth: int) -> object:
    return _parse_tokens(text, False, max_depth)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text()
    | st.sampled_from(['"', "\\", "\\u0041", "\ud83d", "\u2028", "</a>", "a\\/b", '\\"', "\n\t"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=24,
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


@given(json_values, styles, st.integers(min_value=0, max_value=6))
@settings(max_examples=400)
def test_whole_document_path_equals_the_token_reader(value: object, style: dict[str, object], depth: int) -> None:
    text = json.dumps(value, **style)  # type: ignore[arg-type]
    whole = _parse_whole(text, depth)
    tokens = outcome(token_reader, text, depth)
    if whole is None:  # declined: only where the token reader refuses the depth
        assert tokens[0] == "error" and tokens[1] == "TooDeepError"
    else:
        assert ("ok", shape(whole.root), whole.complete) == tokens
    assert outcome(lambda t, d: parse_json(t, max_depth=d), text, depth) == tokens


@given(json_values)
@settings(max_examples=300)
def test_mutated_documents_get_the_token_readers_answer(value: object) -> None:
    text = json.dumps(value)
    for i in range(0, len(text) + 1, max(1, len(text) // 8)):
        for mutated in (text[:i] + text[i + 1 :], text[:i] + '"' + text[i:], text[:i] + "\\" + text[i:]):
            assert outcome(lambda t, d: parse_json(t, max_depth=d), mutated, 64) == outcome(
                token_reader, mutated, 64
            ), mutated


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "a": "x", "a": {"a": []}}',  # duplicate keys all kept, in order
        '["\\ud83d", "\\"quoted\\" \\\\", "\\u00e9t\\u00e9", "\\/"]',
        ' \n{"k\\"ey": "v", "": ""}\r\n',
        '"just a string"',
        "NaN",
        "[" * 5 + "]" * 5,
        "1" * 5000,  # past the int-to-str digit limit: the C decoder gives up, the token reader reads it
        "\ufeff{}",  # a byte-order mark: json.loads refuses it, so does parse_json
    ],
)
def test_edge_documents(text: str) -> None:
    for depth in (64, 4, 0):
        assert outcome(lambda t, d: parse_json(t, max_depth=d), text, depth) == outcome(token_reader, text, depth)


def test_strings_get_their_token_spans() -> None:
    text = '{"a": "x\\"y", "b": ["\\u0041", 2, "z"]}'
    root = parse_json(text).root
    assert isinstance(root, JObj)
    spans = [(v.start, v.end) for v in [root.pairs[0][1], *root.pairs[1][1]] if isinstance(v, JStr)]  # type: ignore[misc]
    assert [text[a:b] for a, b in spans] == ['"x\\"y"', '"\\u0041"', '"z"']


def test_a_document_nested_near_the_recursion_limit_gets_the_token_readers_answer() -> None:
    text = "[" * 900 + "]" * 900  # past what the recursive C decoder (and `_positions`) may reach
    assert outcome(lambda t, d: parse_json(t, max_depth=d), text, 10_000) == outcome(token_reader, text, 10_000)
