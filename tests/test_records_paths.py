"""Canonical paths and path patterns (redactor.records.paths)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redactor.records import PathPattern, format_path, parse_path
from redactor.records.paths import join_index, join_key


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        # exact paths
        ("body.model", "body.model", True),
        ("body.model", "body.models", False),  # near miss: longer key
        ("body.model", "body", False),  # a pattern matches the whole path, not a prefix
        ("body", "body.model", False),  # ... nor a longer path
        # one key
        ("body.*", "body.model", True),
        ("body.*", "body[0]", False),  # '*' is a key, not an index
        ("body.*", "body.a.b", False),  # '*' is exactly one segment
        # one index
        ("body.messages[*].content", "body.messages[3].content", True),
        ("body.messages[*].content", "body.messages.x.content", False),  # '[*]' is an index, not a key
        ("body.messages[*].content", "body.messages[3].content[0].text", False),
        ("body.messages[2].content", "body.messages[2].content", True),
        ("body.messages[2].content", "body.messages[12].content", False),  # near miss index
        # any depth
        ("**", "actor", True),
        ("**.content", "body.messages[1].content", True),
        ("**.content", "body.messages[1].content[0].text", False),
        ("body.**.arguments.**", "body.choices[0].message.tool_calls[1].function.arguments.command", True),
        ("body.**.arguments.**", "body.choices[0].message.tool_calls[1].function.arguments", True),  # ** = 0 segs
        ("body.**", "body", True),
        ("body.**.text", "body.text", True),
        ("body.**.text", "user_id", False),
        ("**.id", "body.x.identity", False),  # near miss: key prefix
        ("**[*]", "body.a[3]", True),
        ("**[*]", "body.a", False),
        # quoted keys
        ('body["odd key"]', 'body["odd key"]', True),
        ('body["odd key"]', 'body["odd keys"]', False),
        ('*["a.b"]', 'x["a.b"]', True),
        ("@timestamp", "@timestamp", True),
        ("_document_id", "_document_id", True),
        # multiple ** with backtracking
        ("**.a.**.b", "x.a.y.a.z.b", True),
        ("**.a.**.b", "x.a.y.c", False),
    ],
)
def test_pattern_matching(pattern: str, path: str, expected: bool) -> None:
    assert PathPattern.parse(pattern).matches(path) is expected


@pytest.mark.parametrize(
    ("pattern", "fragment"),
    [
        ("", "it is empty"),
        (".body", "empty segment at character 0"),
        ("body.", "empty segment at character 5"),
        ("body..model", "empty segment at character 5"),
        ("body.mo del", "unexpected character after segment at character 7"),
        ("body[x]", "bad index"),
        ("body[-1]", "bad index"),
        ("body[01]", "bad index"),  # no leading zeros: one spelling per path
        ('body["open', "bad quoted key"),
        ('body["k"', "expected ']' after quoted key at character 8"),
        ("body.*x", "unexpected character after segment at character 6"),
        ("body.messages[0]content", "expected '.' or '[' between segments at character 16"),
        ("body.a+b", "unexpected character after segment"),
        ("body.%x", "bad key character at character 5 (keys with other characters are quoted"),
    ],
)
def test_invalid_patterns_point_at_the_bad_segment(pattern: str, fragment: str) -> None:
    with pytest.raises(ValueError, match="invalid path pattern") as info:
        PathPattern.parse(pattern)
    assert fragment in str(info.value)


def test_wildcards_are_not_valid_in_concrete_paths() -> None:
    with pytest.raises(ValueError, match="invalid path"):
        parse_path("body.*")
    with pytest.raises(ValueError, match="invalid path"):
        parse_path("body[*]")


@pytest.mark.parametrize(
    ("segments", "path"),
    [
        (("body", "messages", 1, "content"), "body.messages[1].content"),
        (("@timestamp",), "@timestamp"),
        (("body", "a.b"), 'body["a.b"]'),
        (("body", "*"), 'body["*"]'),  # a literal '*' key is quoted, so it is not a wildcard
        (("body", ""), 'body[""]'),
        (("caf\u00e9",), '["caf\\u00e9"]'),  # quoted keys are ASCII
        (("body", "x", 0, 0), "body.x[0][0]"),
    ],
)
def test_format_path(segments: tuple[str | int, ...], path: str) -> None:
    assert format_path(segments) == path
    assert parse_path(path) == segments


def test_literal_star_key_is_matched_only_by_its_quoted_form() -> None:
    path = join_key("body", "*")
    assert PathPattern.parse('body["*"]').matches(path)
    assert not PathPattern.parse('body["*"]').matches("body.x")


_segment = st.one_of(st.text(max_size=6), st.integers(min_value=0, max_value=10**6))


@given(st.lists(_segment, min_size=1, max_size=6).map(tuple))
def test_paths_round_trip_and_match_themselves(segments: tuple[str | int, ...]) -> None:
    if isinstance(segments[0], int):
        segments = ("root", *segments)
    path = ""
    for seg in segments:
        path = join_index(path, seg) if isinstance(seg, int) else join_key(path, seg)
    assert parse_path(path) == segments
    assert PathPattern.parse(path).matches(path)
    assert PathPattern.parse("**").matches(path)


def test_pattern_equality_and_repr() -> None:
    assert PathPattern.parse("a.b") == PathPattern.parse("a.b")
    assert PathPattern.parse("a.b") != PathPattern.parse("a.c")
    assert repr(PathPattern.parse("a[*]")) == "PathPattern('a[*]')"


_pattern_segment = st.one_of(
    _segment, st.sampled_from(["*", "[*]", "**"]), st.sampled_from(["body", "messages", "content", 0, 1])
)


@given(
    st.lists(st.one_of(_segment, st.sampled_from(["body", "messages", "content", 0, 1])), min_size=1, max_size=6),
    st.lists(_pattern_segment, min_size=1, max_size=6),
)
def test_fast_matching_agrees_with_segment_matching(path_segs: list[str | int], pattern_segs: list[object]) -> None:
    if isinstance(path_segs[0], int):
        path_segs = ["root", *path_segs]
    path = format_path(tuple(path_segs))
    text = ""
    for seg in pattern_segs:
        if seg in ("*", "**"):
            text = f"{text}.{seg}" if text else str(seg)
        elif seg == "[*]":
            text += "[*]"
        elif isinstance(seg, int):
            text += f"[{seg}]"
        else:
            assert isinstance(seg, str)
            text = join_key(text, seg)
    if text.startswith("["):
        text = "x" + text  # a pattern cannot start with an index
    pattern = PathPattern.parse(text)
    assert pattern.matches(path) is pattern.matches_segments(parse_path(path))


@given(st.lists(_segment, min_size=1, max_size=6), st.data())
def test_a_generalised_path_matches_the_path(path_segs: list[str | int], data: st.DataObject) -> None:
    if isinstance(path_segs[0], int):
        path_segs = ["root", *path_segs]
    path = format_path(tuple(path_segs))
    text = ""
    i = 0
    while i < len(path_segs):
        seg = path_segs[i]
        choice = data.draw(st.sampled_from(["keep", "wild", "deep"]))
        if choice == "deep":
            text = f"{text}.**" if text else "**"
            i += data.draw(st.integers(0, len(path_segs) - i))
            continue
        if isinstance(seg, int):
            text += "[*]" if choice == "wild" else f"[{seg}]"
        elif choice == "wild":
            text = f"{text}.*" if text else "*"
        else:
            text = join_key(text, seg)
        i += 1
    pattern = PathPattern.parse(text)
    assert pattern.matches(path)
    assert pattern.matches_segments(parse_path(path))
