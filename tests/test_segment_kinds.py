"""Code-aware segmentation: which parts of agent text are prose, code, strings, comments, logs..."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redactor.detect.segment import KINDS, Unescaped, is_code_line, kind_at, segment


def kinds_of(text: str, needle: str) -> set[str]:
    """Kinds of the segments covering every character of `needle` (first occurrence)."""
    a = text.index(needle)
    segs = segment(text)
    return {kind_at(segs, i) for i in range(a, a + len(needle))}


CASES = [
    ("Please check why the parser fails on this input.", "parser fails", {"prose"}, "plain prose"),
    ("```python\nimport os\nx = os.path.join(a, b)\n```", "os.path.join", {"code"}, "fenced code"),
    ("```python\n# Fix the bug Jane Doe reported\nx = 1\n```", "Jane Doe reported", {"comment"}, "comment in a fence"),
    ('```go\nlog.Printf("user %s logged in", name)\n```', "logged in", {"string"}, "string literal"),
    (
        "[read_file app/client.go]\n// NewClient builds a client\nfunc NewClient() {}\n[end of file]",
        "NewClient builds",
        {"comment"},
        "file read",
    ),
    (
        "[read_file app/client.go]\n// NewClient builds a client\nfunc NewClient() {}\n[end of file]",
        "func NewClient",
        {"code"},
        "file read, code",
    ),
    ("diff --git a/x.py b/x.py\n--- a/x.py\n+++ b/x.py\n@@ -1 +1 @@\n+x = 2\n", "+++ b/x.py", {"diff"}, "diff header"),
    ("2024-03-11T09:14:52.301Z INFO  inbound.message ok done", "2024-03-11T09:14:52.301Z", {"log"}, "log prefix"),
    (
        '2024-05-01 12:00:17,442 INFO  auth ok user=bob payload="Ann Lee lives here"',
        "Ann Lee lives",
        {"prose"},
        "log message",
    ),
    ("see /srv/app/client.py and https://example.com/a/b for details", "/srv/app/client.py", {"path"}, "path in prose"),
    (
        "see /srv/app/client.py and https://example.com/a/b for details",
        "https://example.com/a/b",
        {"path"},
        "URL in prose",
    ),
    ("$ head -n 2 exports/customers.csv\nid,name,email\n1,Ann,a@b.c\n", "1,Ann,a@b.c", {"data"}, "CSV output"),
    ("$ git log -n 1\nAuthor: Jane Doe <jane@x.org>", "$ git log", {"code"}, "shell prompt"),
    ("github.com/aws/aws-sdk-go-v2/credentials v1.19.30 h1:TTCvvzFU6gXa4=", "v1.19.30", {"code"}, "go.sum line"),
]


@pytest.mark.parametrize(("text", "needle", "expected", "why"), CASES, ids=[c[3] for c in CASES])
def test_kinds(text: str, needle: str, expected: set[str], why: str) -> None:
    assert kinds_of(text, needle) == expected


def test_json_tool_arguments_multiline_string_is_segmented_inside() -> None:
    args = {"path": "app/main.py", "content": "import os\n\n# Written for Jane Doe\ndef f():\n    return 1\n"}
    text = json.dumps({"tool": "create_file", "arguments": args})
    assert kinds_of(text, "Written for Jane Doe") == {"comment"}
    assert kinds_of(text, "def f():") == {"code"}
    assert kinds_of(text, '"tool"') == {"code", "string"}


def test_json_escaped_message_body_is_prose() -> None:
    body = "Allan Björk\nScale Unlimited\nUnit 5022 Box 1225"
    text = json.dumps({"tool": "create_ticket", "arguments": {"body": body}})
    assert kinds_of(text, "Scale Unlimited") == {"prose"}


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("x = compute(a, b)", True),
        ("if (err != nil) {", True),
        ("segments := d.findEncodedSegments(data, predecessors)", True),
        ("DATABASE_URL=postgresql://u:p@db/app", True),
        ("  runs-on: ubuntu-latest", True),
        ("The parser stops at the first newline inside the address field.", False),
        ("Name: Leigha Mackay", False),
        ("Can you explain what these lines do?", False),
        (
            "The failure comes from dispatch_session in src/billing/report_views.py: it assumes every route has "
            "a address. Lan Tran should review this change.",
            False,
        ),  # a long sentence naming a function is prose
        (
            "Customer Serhiy Kovalenko (serhiy_kovalenko@gmx.de, +44 20 7946 0496) called support: their order "
            "to 264 rue des Lilas, 75011 Paris was never exported.",
            False,
        ),  # numbers do not make a sentence code
        ("@joanna-kim can you review #4412 when you get a chance?", False),  # a handle, not a decorator
        ("@pytest.fixture", True),
        ("result = client.get_user(user_id=user_id, include_deleted=False)", True),
        ("total = price_per_unit * quantity_ordered + shipping_cost_eur", True),
    ],
)
def test_is_code_line(line: str, code: bool) -> None:
    assert is_code_line(line) is code


_PIECES = [*"ab \"'#/\n\\{}=:-`<>!*", "```", "// ", "\\n", '\\"', "[read_file x.py]", "$ ", "diff --git "]


@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_segments_partition_the_text(text: str) -> None:
    segs = segment(text)
    assert all(s.kind in KINDS for s in segs)
    if not text:
        assert segs == []
        return
    assert segs[0].start == 0 and segs[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(segs))
    assert all(len(s) > 0 for s in segs)


@given(st.lists(st.sampled_from(["a", "é", " ", "\\n", '\\"', "\\\\", "\\t", "\\u00e9", "x\\"]), max_size=40))
def test_unescape_maps_every_view_char_back_to_its_source(parts: list[str]) -> None:
    raw = "".join(parts)
    view = Unescaped(raw, levels=1)
    for i in range(len(view.text)):
        a, b = view.to_raw(i, i + 1)
        assert 0 <= a < b <= len(raw)
        piece = raw[a:b]
        assert piece == view.text[i] or (piece.startswith("\\") and json.loads(f'"{piece}"') == view.text[i])
        assert view.view_pos(a) == i


@given(st.text(st.characters(blacklist_characters="\x08\x0c"), max_size=60))
def test_unescape_inverts_json_string_encoding(value: str) -> None:
    # \b and \f are deliberately not decoded: in raw Windows paths (C:\build) they are not escapes.
    raw = json.dumps(value, ensure_ascii=False)[1:-1]
    assert Unescaped(raw, levels=1).text == value


def test_unescape_identity_without_escapes() -> None:
    view = Unescaped("plain text")
    assert view.identity and view.text == "plain text" and view.to_raw(2, 5) == (2, 5)


def test_unescape_two_levels_for_json_inside_json() -> None:
    inner = json.dumps({"body": 'say "hi"\nbye'})
    raw = json.dumps({"arguments": inner})[1:-1]
    view = Unescaped(raw)
    assert 'say "hi"\nbye' in view.text
    i = view.text.index("bye")
    a, b = view.to_raw(i, i + 3)
    assert raw[a:b] == "bye"
