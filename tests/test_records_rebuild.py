"""Rebuilding records: exact shape, original style, bounded depth, and Hypothesis properties."""

from __future__ import annotations

import json
import math
import re
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redactor.errors import RecordError
from redactor.records import BodyForm, FieldKind, TextSlot, decode

SECRET = "ghp_R4nd0mF4k3T0k3nF0rT3st1ngOnly0000000"


def usage(body: str, **extra: Any) -> dict[str, Any]:
    return {"type": "request", "endpoint": "/x", "body": body, **extra}


def replace_where(record: dict[str, Any], old: str, new: str, **kw: Any) -> dict[str, Any]:
    dec = decode(record, **kw)
    return dec.rebuild([s.text.replace(old, new) if old in s.text else None for s in dec.slots])


# ---------------------------------------------------------------- unchanged and copied


def test_nothing_changed_returns_an_equal_new_record_with_the_same_body() -> None:
    body = '{"messages": [{"role": "user", "content": "hi"}], "n": 1.50}'
    record = usage(body, extra={"a": ["x"]})
    dec = decode(record)
    assert len(dec.slots) == 2
    out = dec.rebuild([None, None])
    assert out == record
    assert out is not record
    assert out["body"] is body
    out["extra"]["a"].append("y")  # the output shares no containers with the input
    assert record["extra"] == {"a": ["x"]}


def test_a_replacement_equal_to_the_text_is_no_change() -> None:
    body = '{"messages":[{"role":"user","content":"caf\\u00e9"}]}'
    dec = decode(usage(body))
    assert dec.rebuild([dec.slots[0].text])["body"] is body


def test_the_input_record_is_never_mutated() -> None:
    record = usage('{"messages":[{"role":"user","content":"Jane"}]}', extra={"who": "Jane"})
    snapshot = json.dumps(record)
    dec = decode(record)
    dec.rebuild(["X"] * len(dec.slots))
    assert json.dumps(record) == snapshot
    assert dec.record is record


def test_rebuild_checks_its_arguments() -> None:
    dec = decode(usage('{"messages":[{"role":"user","content":"a"}]}'))
    with pytest.raises(ValueError, match="rebuild needs 1 replacement"):
        dec.rebuild([])
    with pytest.raises(TypeError, match=r"replacement 0 \(body.messages\[0\].content\) is a int"):
        dec.rebuild([3])  # type: ignore[list-item]


# ---------------------------------------------------------------- style of the original


@pytest.mark.parametrize(
    ("body", "old", "new", "expected"),
    [
        # numbers, spacing and key order stay byte-for-byte; only the changed token is rewritten
        (
            '{ "a" : 1.0E+5, "b":"Jane" ,"c":-0.0,"d":[ 1 , 2 ]}',
            "Jane",
            "<PERSON_1>",
            '{ "a" : 1.0E+5, "b":"<PERSON_1>" ,"c":-0.0,"d":[ 1 , 2 ]}',
        ),
        # an ASCII-only body stays ASCII: new non-ASCII text is escaped
        ('{"a":"Jane caf\\u00e9"}', "Jane", "Zo\u00eb", '{"a":"Zo\\u00eb caf\\u00e9"}'),
        # a body with raw non-ASCII text gets raw text
        ('{"a":"Jane café"}', "Jane", "Zoë", '{"a":"Zoë café"}'),
        # escaped slashes stay escaped
        ('{"a":"http:\\/\\/x\\/Jane"}', "Jane", "a/b", '{"a":"http:\\/\\/x\\/a\\/b"}'),
        # Go-style HTML escaping stays
        ('{"a":"\\u003cJane\\u003e"}', "Jane", "<P&1>", '{"a":"\\u003c\\u003cP\\u00261\\u003e\\u003e"}'),
        # other escapes in the changed string are normalised, the value is the same
        ('{"a":"Jane\\u0041\\t"}', "Jane", "X", '{"a":"XA\\t"}'),
        # pretty-printed bodies keep their layout
        ('{\n  "a": "Jane",\n  "b": 1\n}', "Jane", "X", '{\n  "a": "X",\n  "b": 1\n}'),
    ],
)
def test_changes_keep_the_originals_style(body: str, old: str, new: str, expected: str) -> None:
    assert replace_where(usage(body), old, new)["body"] == expected


def test_nested_arguments_keep_their_own_style() -> None:
    args = json.dumps({"command": "cat /home/jane/.env", "n": 1.50}, separators=(", ", ": "))
    body = json.dumps(
        {
            "choices": [
                {
                    "message": {
                        "role": "assistant",
                        "tool_calls": [{"id": "c", "function": {"name": "f", "arguments": args}}],
                    }
                }
            ]
        },
        separators=(",", ":"),
    )
    out = replace_where(usage(body), "jane", "<USER_1>")["body"]
    new_args = args.replace("jane", "<USER_1>")
    assert out == body.replace(json.dumps(args), json.dumps(new_args))
    assert json.loads(json.loads(out)["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]) == {
        "command": "cat /home/<USER_1>/.env",
        "n": 1.5,
    }


def test_lone_surrogates_in_replacements_are_escaped() -> None:
    out = replace_where(usage('{"a":"é Jane"}'), "Jane", "\ud83d")["body"]
    out.encode("utf-8")  # must not raise
    assert json.loads(out) == {"a": "é \ud83d"}


def test_duplicate_keys_are_each_rewritten() -> None:
    body = '{"messages":[{"role":"user","content":"Jane","content":"Jane again"}]}'
    out = replace_where(usage(body), "Jane", "P")["body"]
    assert out == '{"messages":[{"role":"user","content":"P","content":"P again"}]}'


# ---------------------------------------------------------------- SSE and raw bodies


def test_sse_rebuild_keeps_the_framing() -> None:
    body = (
        "event: message\r\n"
        'data: {"choices":[{"delta":{"content":"Hi Jane"}}]}\r\n'
        "\r\n"
        ": ping Jane\r\n"
        "data: [DONE]\r\n"
        "\r\n"
    )
    out = replace_where(usage(body), "Jane", "<P>")["body"]
    assert out == body.replace("Jane", "<P>")


def test_sse_raw_line_replacements_cannot_forge_fields() -> None:
    body = "data: plain Jane\n\ndata: {}\n"
    dec = decode(usage(body))
    assert [s.path for s in dec.slots] == ["body.data[0]"]
    out = dec.rebuild(["x\ndata: forged\r\n"])
    assert out["body"] == "data: x data: forged  \n\ndata: {}\n"


@pytest.mark.parametrize(
    ("replacement", "line"),
    [
        ("a:b", "a b"),  # a colon would make the text a field name and a value
        ("", " "),  # an empty line would end the event
        ("data", "data "),  # a bare field name would become a field
        ("x\ny", "x y"),
    ],
)
def test_sse_lines_without_a_colon_stay_inert(replacement: str, line: str) -> None:
    body = "data: {}\n\nplain Jane\n\n"
    dec = decode(usage(body))
    assert [s.path for s in dec.slots] == ["body.line[2]"]
    out = dec.rebuild([replacement])["body"]
    assert out == f"data: {{}}\n\n{line}\n\n"
    assert [s.path for s in decode(usage(out)).slots] == ["body.line[2]"]


def test_bare_sse_field_names_are_structural() -> None:
    body = "event\ndata\ndata: {}\nid\n\n"
    dec = decode(usage(body))
    assert dec.body_form is BodyForm.SSE
    assert dec.slots == []


def test_raw_body_replacement() -> None:
    out = replace_where(usage("Jane wrote this"), "Jane", "<P>")
    assert out["body"] == "<P> wrote this"


def test_raw_body_replacement_that_would_become_json_is_refused() -> None:
    dec = decode(usage("Jane"))
    with pytest.raises(RecordError) as info:
        dec.rebuild(["[1]"])
    assert info.value.reason == "rebuild_changed_shape"


def test_envelope_and_audit_replacements() -> None:
    rec = usage("{}", client={"who": ["Jane", 1]})
    assert replace_where(rec, "Jane", "<P>")["client"] == {"who": ["<P>", 1]}
    ev = {"action": "a", "actor": "Jane", "n": 1}
    assert replace_where(ev, "Jane", "<P>") == {"action": "a", "actor": "<P>", "n": 1}


# ---------------------------------------------------------------- bad and extreme input


def test_deep_body_is_too_deep_not_a_recursion_error() -> None:
    body = "[" * 10_000 + "]" * 10_000
    with pytest.raises(RecordError) as info:
        decode(usage(body))
    assert info.value.reason == "too_deep"
    assert str(info.value) == "body: JSON nested deeper than 64 levels"


def test_deep_truncated_body_is_too_deep() -> None:
    with pytest.raises(RecordError) as info:
        decode(usage('{"a":' * 10_000, truncated=True))
    assert info.value.reason == "too_deep"


def test_deep_sse_data_line_is_too_deep() -> None:
    with pytest.raises(RecordError, match=r"body.data\[0\]: JSON nested deeper than 64 levels"):
        decode(usage("data: " + "[" * 10_000 + "]" * 10_000 + "\n\n"))


def test_deep_envelope_is_too_deep() -> None:
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(10_000):
        node["k"] = {}
        node = node["k"]
    with pytest.raises(RecordError) as info:
        decode(usage("{}", extra=deep))
    assert info.value.reason == "too_deep"
    assert "record field 'extra'" in str(info.value)
    ev: dict[str, Any] = {"action": "a", "data": deep}
    with pytest.raises(RecordError, match="record field 'data': nested deeper than 64 levels"):
        decode(ev)


def test_max_depth_counts_from_the_record_through_the_body() -> None:
    body = json.dumps({"a": {"b": {"c": "x"}}})  # containers at levels 2, 3, 4 (record is 1)
    assert [s.path for s in decode(usage(body), max_depth=4).slots] == ["body.a.b.c"]
    with pytest.raises(RecordError):
        decode(usage(body), max_depth=3)


def test_deep_tool_arguments_stay_one_slot() -> None:
    args = "[" * 5_000 + "]" * 5_000
    body = json.dumps({"choices": [{"message": {"tool_calls": [{"function": {"name": "f", "arguments": args}}]}}]})
    dec = decode(usage(body))
    assert [(s.path, s.kind, len(s.text)) for s in dec.slots] == [
        ("body.choices[0].message.tool_calls[0].function.arguments", FieldKind.TOOL_ARGUMENTS, 10_000)
    ]


def test_huge_strings_are_fine_and_fast() -> None:
    big = ("Jane Doe lives here. " * 250_000)[:5_000_000]
    body = json.dumps({"messages": [{"role": "tool", "content": big}]})
    start = time.perf_counter()
    dec = decode(usage(body))
    out = dec.rebuild([dec.slots[0].text.replace("Jane", "<P>")])
    elapsed = time.perf_counter() - start
    assert json.loads(out["body"])["messages"][0]["content"] == big.replace("Jane", "<P>")
    assert elapsed < 5  # typically well under a second


def test_reprs_and_errors_never_show_values() -> None:
    record = usage(json.dumps({"messages": [{"role": "user", "content": SECRET}]}), who=SECRET)
    dec = decode(record)
    assert SECRET not in repr(dec)
    assert all(SECRET not in repr(s) for s in dec.slots)
    assert repr(TextSlot("p", SECRET, FieldKind.PROMPT)) == (
        "TextSlot(path='p', kind=<FieldKind.PROMPT: 'prompt'>, json_escaped=False, truncated_tail=False)"
    )
    deep = json.dumps({"messages": [{"role": "user", "content": SECRET, "x": [[[[[[[[SECRET]]]]]]]]}]})
    with pytest.raises(RecordError) as info:
        decode(usage(deep), max_depth=6)
    assert SECRET not in str(info.value)


# ---------------------------------------------------------------- Hypothesis properties

_chars = st.characters(blacklist_categories=("Cs",)) | st.sampled_from(
    ['"', "\\", "\n", "/", "<", "&", "\u2028", "é", "😀", "\x00", "{", "["]
)
texts = st.text(_chars, max_size=10)
ids = st.text("abcdefXYZ0123_", min_size=1, max_size=8)
names = st.sampled_from(["read_file", "run_in_terminal", "edit", "grep"])
arg_values = st.recursive(
    st.none() | st.integers() | texts,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["a", "id", "type", "path", "role"]), inner, max_size=3)
    ),
    max_leaves=6,
)
json_styles = st.sampled_from(
    [
        {"separators": (",", ":")},
        {"separators": (", ", ": ")},
        {"separators": (",", ":"), "ensure_ascii": False},
        {"indent": 1, "ensure_ascii": False},
    ]
)


@st.composite
def arguments(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        return json.dumps(
            draw(st.dictionaries(st.sampled_from(["command", "path", "id", "type"]), arg_values, max_size=3)),
            **draw(json_styles),
        )
    return draw(texts)  # not JSON: one slot


@st.composite
def chat_body(draw: st.DrawFn) -> dict[str, Any]:
    messages: list[dict[str, Any]] = []
    for role in draw(st.lists(st.sampled_from(["system", "user", "assistant", "tool"]), max_size=4)):
        if role == "assistant":
            calls = [
                {"id": draw(ids), "type": "function", "function": {"name": draw(names), "arguments": draw(arguments())}}
                for _ in range(draw(st.integers(0, 2)))
            ]
            messages.append({"role": role, "content": draw(st.none() | texts), "tool_calls": calls})
        elif role == "tool":
            messages.append({"role": role, "tool_call_id": draw(ids), "content": draw(texts)})
        elif draw(st.booleans()):
            messages.append({"role": role, "content": [{"type": "text", "text": draw(texts)}]})
        else:
            messages.append({"role": role, "content": draw(texts)})
    body: dict[str, Any] = {"model": "gpt-4.1", "messages": messages}
    if draw(st.booleans()):
        body["tools"] = [{"type": "function", "function": {"name": draw(names), "description": draw(texts)}}]
    return body


@st.composite
def chat_response_body(draw: st.DrawFn) -> dict[str, Any]:
    calls = [
        {"id": draw(ids), "type": "function", "function": {"name": draw(names), "arguments": draw(arguments())}}
        for _ in range(draw(st.integers(0, 2)))
    ]
    message = {"role": "assistant", "content": draw(texts), "tool_calls": calls}
    return {
        "id": draw(ids),
        "object": "chat.completion",
        "created": 1,
        "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
    }


@st.composite
def anthropic_body(draw: st.DrawFn) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = []
    for kind in draw(st.lists(st.sampled_from(["text", "tool_use", "tool_result", "thinking"]), max_size=4)):
        if kind == "text":
            blocks.append({"type": "text", "text": draw(texts)})
        elif kind == "tool_use":
            blocks.append(
                {
                    "type": "tool_use",
                    "id": draw(ids),
                    "name": draw(names),
                    "input": draw(st.dictionaries(st.sampled_from(["path", "id", "type"]), arg_values, max_size=3)),
                }
            )
        elif kind == "tool_result":
            content = draw(texts | st.lists(st.builds(lambda t: {"type": "text", "text": t}, texts), max_size=2))
            blocks.append({"type": "tool_result", "tool_use_id": draw(ids), "content": content})
        else:
            blocks.append({"type": "thinking", "thinking": draw(texts), "signature": draw(ids)})
    body: dict[str, Any] = {
        "model": "claude",
        "messages": [{"role": draw(st.sampled_from(["user", "assistant"])), "content": blocks}],
    }
    if draw(st.booleans()):
        body["system"] = draw(texts)
    return body


@st.composite
def responses_body(draw: st.DrawFn) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for kind in draw(
        st.lists(st.sampled_from(["message", "function_call", "function_call_output", "reasoning"]), max_size=4)
    ):
        if kind == "message":
            items.append({"type": "message", "role": "user", "content": [{"type": "input_text", "text": draw(texts)}]})
        elif kind == "function_call":
            items.append(
                {"type": "function_call", "call_id": draw(ids), "name": draw(names), "arguments": draw(arguments())}
            )
        elif kind == "function_call_output":
            items.append({"type": "function_call_output", "call_id": draw(ids), "output": draw(texts)})
        else:
            items.append(
                {"type": "reasoning", "id": draw(ids), "summary": [{"type": "summary_text", "text": draw(texts)}]}
            )
    return {"model": "gpt-5", "instructions": draw(texts), "input": items}


generic_body = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(max_size=4) | st.sampled_from(["role", "id", "type", "input"]), inner, max_size=3)
    ),
    max_leaves=12,
)

json_bodies = st.one_of(chat_body(), chat_response_body(), anthropic_body(), responses_body(), generic_body)


@st.composite
def body_texts(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A body string in any form, plus envelope extras (``truncated``)."""
    form = draw(st.sampled_from(["json", "json", "json", "sse", "truncated", "raw"]))
    if form == "json":
        return json.dumps(draw(json_bodies), **draw(json_styles)), {}
    if form == "sse":
        chunks = draw(st.lists(chat_response_body(), min_size=1, max_size=3))
        lines = [f"data: {json.dumps(c, **draw(json_styles)).replace(chr(10), '')}\n\n" for c in chunks]
        if draw(st.booleans()):
            lines.insert(0, f": {draw(texts).replace(chr(10), ' ')}\n")
        return "".join(lines) + "data: [DONE]\n\n", {}
    if form == "truncated":
        full = json.dumps(draw(st.one_of(chat_body(), anthropic_body())), **draw(json_styles))
        cut = draw(st.integers(min_value=1, max_value=len(full) - 1))
        return full[:cut], {"truncated": True}
    return "x" + draw(texts), {}


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    if draw(st.integers(0, 5)) == 0:
        return {
            "action": "pull_request.create",
            "_document_id": draw(ids),
            "actor": draw(texts),
            "data": draw(generic_body),
        }
    body, extra = draw(body_texts())
    record: dict[str, Any] = {
        "type": "request",
        "user_id": 48151623,
        "endpoint": "/chat/completions",
        "body": body,
        **extra,
    }
    if draw(st.booleans()):
        record["client"] = draw(texts)
    return record


def parses(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


STRUCTURAL = {"role", "id", "tool_call_id", "tool_use_id", "call_id", "type", "model", "name", "object"}
FREE = {"input", "metadata", "action"}


def assert_same_shape(a: Any, b: Any, key: str | None = None, free: bool = False) -> None:
    assert type(a) is type(b), key
    if isinstance(a, dict):
        assert list(a) == list(b)
        for k in a:
            assert_same_shape(a[k], b[k], k, free or k in FREE)
    elif isinstance(a, list):
        assert len(a) == len(b)
        # a list under a structural key ({"role": ["..."]}) is not a role: its strings are
        # scanned like any text (fail closed), so they may change
        item_key = None if key in STRUCTURAL else key
        for x, y in zip(a, b, strict=True):
            assert_same_shape(x, y, item_key, free)
    elif isinstance(a, str):
        if not free and key in STRUCTURAL:
            assert a == b, key  # roles, ids, types, function names survive
        if key == "arguments" and parses(a) and isinstance(json.loads(a), dict | list):
            assert_same_shape(json.loads(a), json.loads(b), None, True)
    elif isinstance(a, float) and math.isnan(a):
        assert math.isnan(b)
    else:
        assert a == b


_STRING_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|"(?:[^"\\]|\\.)*\\?\Z', re.DOTALL)


def assert_same_body_shape(old: str, new: str, form: BodyForm) -> None:
    assert parses(new) is parses(old)
    if form is BodyForm.JSON:
        assert_same_shape(json.loads(old), json.loads(new))
    elif form is BodyForm.SSE:
        old_lines, new_lines = old.split("\n"), new.split("\n")
        assert len(old_lines) == len(new_lines)
        for o, n in zip(old_lines, new_lines, strict=True):
            assert o.partition(":")[0] == n.partition(":")[0]
            if o.startswith("data: ") and parses(o[6:]):
                assert_same_shape(json.loads(o[6:]), json.loads(n[6:]))
    elif form is BodyForm.PARTIAL_JSON:
        # outside string tokens nothing changes (a cut-off last string stays cut off)
        assert _STRING_TOKEN.sub('""', old) == _STRING_TOKEN.sub('""', new)


PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(records())
def test_property_rebuild_without_changes_is_identity(record: dict[str, Any]) -> None:
    dec = decode(record)
    out = dec.rebuild([None] * len(dec.slots))
    assert out == record
    if "body" in record:
        assert out["body"] is record["body"]


@PROPERTY_SETTINGS
@given(records(), st.data())
def test_property_rebuild_keeps_the_shape(record: dict[str, Any], data: st.DataObject) -> None:
    dec = decode(record)
    # key slots (path ending "#key") are scanned but never rewritten: left unchanged here
    new = [
        None if s.path.endswith("#key") else data.draw(st.none() | st.text(max_size=8), label=s.path) for s in dec.slots
    ]
    try:
        out = dec.rebuild(new)
    except RecordError as e:  # only a raw body may be refused, when the text would be JSON
        assert e.reason == "rebuild_changed_shape"
        assert dec.body_form is BodyForm.RAW
        return
    assert list(out) == list(record)
    for key in record:
        if key == "body":
            assert isinstance(out["body"], str)
            assert_same_body_shape(record["body"], out["body"], dec.body_form)
        else:
            assert_same_shape(record[key], out[key], key, free=True)
            if key in {"type", "endpoint", "user_id", "action", "_document_id", "truncated"}:
                assert out[key] == record[key]


replacements = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=8).map(
    lambda t: "x" + t
)
# a colon in a replacement for an SSE line without a field prefix is neutralised (test below)
line_replacements = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n:"), max_size=8).map(
    lambda t: "x" + t
)


@PROPERTY_SETTINGS
@given(records(), st.data())
def test_property_replacements_are_found_at_their_slots(record: dict[str, Any], data: st.DataObject) -> None:
    dec = decode(record)
    new = [
        s.text
        if s.path.endswith("#key")  # a key slot is never rewritten (see test_objkeys.py)
        else data.draw(line_replacements if s.path.startswith("body.line[") else replacements, label=s.path)
        for s in dec.slots
    ]
    again = decode(dec.rebuild(new))
    assert again.body_form is dec.body_form
    assert [s.path for s in again.slots] == [s.path for s in dec.slots]
    assert [s.text for s in again.slots] == new
    for before, after in zip(dec.slots, again.slots, strict=True):
        if before.kind is not FieldKind.BINARY:  # a data: URL replaced by text is text
            assert after.kind is before.kind
        assert (after.json_escaped, after.truncated_tail) == (before.json_escaped, before.truncated_tail)
