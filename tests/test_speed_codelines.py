"""The code-line heuristic's shortcuts answer what the plain forms answer.

`codelines._count_ascii` counts `_CODE_TOKENS_ASCII` matches with RE2's own loop instead of the
wrapper's `finditer`; `is_code_line` remembers its answers. Both are compared with the plain
forms on a table of lines at their edges and on Hypothesis lines made of code and prose pieces.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect import codelines, segment


def _plain_count(line: str, cap: int) -> int:
    return min(cap, sum(1 for _ in codelines._CODE_TOKENS_ASCII.finditer(line.encode("ascii"))))


_LINES = [
    "",
    "x",
    "a := b == c != d -> e => f && g || h :: i += j",  # every operator: the cap decides
    "foo(bar) obj.method() snake_case camelCase",
    "}",
    "    - name: build",
    "key = value",
    "This sentence names print() once and reads as prose.",
    "=" * 50,
    "((((((((((",
]


@pytest.mark.parametrize("line", _LINES)
@pytest.mark.parametrize("cap", [1, 2, 3, 5, 100])
def test_count_ascii_is_the_capped_finditer_count(line: str, cap: int) -> None:
    assert codelines._count_ascii(line.encode("ascii"), cap) == _plain_count(line, cap)


def test_is_code_line_remembers_the_plain_answer_and_reads_long_lines_afresh() -> None:
    long_line = "x = 1; " * (codelines._MEMO_CHARS // 7 + 1)
    assert len(long_line) > codelines._MEMO_CHARS
    for line in [*_LINES, long_line, "caf\u00e9 = 1 # non-ASCII"]:
        assert codelines.is_code_line(line) == codelines._is_code_line(line)
        assert codelines.is_code_line(line) == codelines._is_code_line(line)  # the remembered answer
    assert segment.is_code_line is codelines.is_code_line  # the segmenter uses this one


_PIECES = (
    "x",
    "foo",
    "Bar",
    "(",
    ")",
    "{",
    "}",
    ";",
    "=",
    "==",
    ":=",
    "->",
    " ",
    "  ",
    ":",
    "_",
    "a_b",
    "aB",
    ".",
    "/",
    "-",
    "\t",
    "print",
    "the",
    "and",
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=0, max_size=30).map("".join), st.integers(min_value=1, max_value=12))
def test_count_ascii_on_generated_lines(line: str, cap: int) -> None:
    assert codelines._count_ascii(line.encode("ascii"), cap) == _plain_count(line, cap)
    assert codelines.is_code_line(line) == codelines._is_code_line(line)
