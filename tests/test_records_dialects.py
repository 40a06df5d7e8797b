"""Which strings of each body dialect are slots, with which path and kind, and which are not."""

from __future__ import annotations

import json
from typing import Any

import pytest

from redactor.records import BodyForm, FieldKind, decode

K = FieldKind


def usage(body: Any, **extra: Any) -> dict[str, Any]:
    """A usage record; `body` is serialised compactly unless it is already a string."""
    text = body if isinstance(body, str) else json.dumps(body, separators=(",", ":"))
    return {"type": "request", "endpoint": "/x", "body": text, **extra}


def layout(record: dict[str, Any], **kw: Any) -> list[tuple[str, FieldKind]]:
    return [(s.path, s.kind) for s in decode(record, **kw).slots]


ARGS = json.dumps({"cmd": "ls ~", "opts": {"id": "x", "type": "y"}, "n": 3, "list": ["a"]})

CHAT_REQUEST = {
    "model": "gpt-4o",
    "stream": True,
    "messages": [
        {"role": "system", "content": "sys"},
        {"role": "developer", "content": "dev"},
        {
            "role": "user",
            "name": "marta",  # a participant name: scanned
            "content": [
                {"type": "text", "text": "hello"},
                {"type": "image_url", "image_url": {"url": "https://x.example/a.png", "detail": "low"}},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
            ],
        },
        {
            "role": "assistant",
            "content": None,
            "reasoning_content": "think",
            "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "run", "arguments": ARGS}},
                {"id": "call_2", "type": "function", "function": {"name": "run", "arguments": "not json {"}},
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "name": "run", "content": "out"},
        {"role": "function", "name": "legacy_fn", "content": "legacy out"},
    ],
    "tools": [
        {
            "type": "function",
            "function": {
                "name": "run",
                "description": "Run it",
                "parameters": {
                    "type": "object",
                    "properties": {"cmd": {"type": "string", "description": "the command", "enum": ["ls"]}},
                },
            },
        }
    ],
    "tool_choice": {"type": "function", "function": {"name": "run"}},
    "user": "end-user-1",
    "metadata": {"id": "m1", "type": "t"},  # free-form: 'id' and 'type' are scanned here
}
CHAT_REQUEST_SLOTS = [
    ("body.messages[0].content", K.SYSTEM),
    ("body.messages[1].content", K.SYSTEM),
    ("body.messages[2].name", K.OTHER),
    ("body.messages[2].content[0].text", K.PROMPT),
    ("body.messages[2].content[1].image_url.url", K.PROMPT),
    ("body.messages[2].content[2].image_url.url", K.BINARY),
    ("body.messages[3].reasoning_content", K.REASONING),
    ("body.messages[3].tool_calls[0].function.arguments.cmd", K.TOOL_ARGUMENTS),
    ("body.messages[3].tool_calls[0].function.arguments.opts.id", K.TOOL_ARGUMENTS),
    ("body.messages[3].tool_calls[0].function.arguments.opts.type", K.TOOL_ARGUMENTS),
    ("body.messages[3].tool_calls[0].function.arguments.list[0]", K.TOOL_ARGUMENTS),
    ("body.messages[3].tool_calls[1].function.arguments", K.TOOL_ARGUMENTS),  # unparseable: one slot
    ("body.messages[4].content", K.TOOL_RESULT),
    ("body.messages[5].content", K.TOOL_RESULT),
    ("body.tools[0].function.description", K.TOOL_DESCRIPTION),
    ("body.tools[0].function.parameters.properties.cmd.description", K.TOOL_DESCRIPTION),
    ("body.tools[0].function.parameters.properties.cmd.enum[0]", K.TOOL_DESCRIPTION),
    ("body.user", K.OTHER),
    ("body.metadata.id", K.OTHER),
    ("body.metadata.type", K.OTHER),
]

CHAT_RESPONSE = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o",
    "system_fingerprint": "fp_1",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {
                "role": "assistant",
                "content": "answer",
                "refusal": "no",
                "reasoning": "because",
                "function_call": {"name": "old", "arguments": '{"q": "x"}'},
            },
        },
        {"index": 1, "text": "legacy completion", "logprobs": {"tokens": ["legacy"]}},
    ],
}
CHAT_RESPONSE_SLOTS = [
    ("body.choices[0].message.content", K.ASSISTANT),
    ("body.choices[0].message.refusal", K.ASSISTANT),
    ("body.choices[0].message.reasoning", K.REASONING),
    ("body.choices[0].message.function_call.arguments.q", K.TOOL_ARGUMENTS),
    ("body.choices[1].text", K.ASSISTANT),
    ("body.choices[1].logprobs.tokens[0]", K.ASSISTANT),
]

RESPONSES_REQUEST = {
    "model": "gpt-5",
    "instructions": "be nice",
    "previous_response_id": "resp_0",
    "input": [
        {
            "role": "user",
            "content": [
                {"type": "input_text", "text": "hi"},
                {"type": "input_image", "image_url": "data:image/jpeg;base64,/9j/4AAQ"},
                {"type": "input_file", "filename": "report.pdf", "file_data": "JVBERi0x"},
            ],
        },
        {
            "type": "reasoning",
            "id": "rs_1",
            "summary": [{"type": "summary_text", "text": "sum"}],
            "encrypted_content": "gAAAAB",
        },
        {
            "type": "function_call",
            "id": "fc_1",
            "call_id": "call_1",
            "name": "shell",
            "arguments": json.dumps({"command": ["ls", "-la"]}),
        },
        {"type": "function_call_output", "call_id": "call_1", "output": "total 0"},
        {"type": "local_shell_call", "call_id": "c2", "action": {"type": "exec", "command": ["cat", "x"]}},
        {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "done"}]},
    ],
    "tools": [{"type": "function", "name": "shell", "description": "Runs", "parameters": {"type": "object"}}],
    "reasoning": {"effort": "high"},
}
RESPONSES_REQUEST_SLOTS = [
    ("body.instructions", K.SYSTEM),
    ("body.input[0].content[0].text", K.PROMPT),
    ("body.input[0].content[1].image_url", K.BINARY),
    ("body.input[0].content[2].filename", K.PROMPT),
    ("body.input[0].content[2].file_data", K.BINARY),
    ("body.input[1].summary[0].text", K.REASONING),
    ("body.input[1].encrypted_content", K.BINARY),
    ("body.input[2].arguments.command[0]", K.TOOL_ARGUMENTS),
    ("body.input[2].arguments.command[1]", K.TOOL_ARGUMENTS),
    ("body.input[3].output", K.TOOL_RESULT),
    ("body.input[4].action.type", K.TOOL_ARGUMENTS),  # free-form: 'type' is data here
    ("body.input[4].action.command[0]", K.TOOL_ARGUMENTS),
    ("body.input[4].action.command[1]", K.TOOL_ARGUMENTS),
    ("body.input[5].content[0].text", K.ASSISTANT),
    ("body.tools[0].description", K.TOOL_DESCRIPTION),
    ("body.reasoning.effort", K.REASONING),
]

RESPONSES_RESPONSE = {
    "id": "resp_1",
    "object": "response",
    "status": "completed",
    "model": "gpt-5",
    "instructions": "sys",
    "output": [
        {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "plan"}]},
        {"type": "function_call", "call_id": "c", "name": "f", "arguments": '{"path": "/home/jdoe"}'},
        {
            "type": "message",
            "id": "msg_1",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": "ok", "annotations": []}],
        },
    ],
}
RESPONSES_RESPONSE_SLOTS = [
    ("body.instructions", K.SYSTEM),
    ("body.output[0].summary[0].text", K.REASONING),
    ("body.output[1].arguments.path", K.TOOL_ARGUMENTS),
    ("body.output[2].content[0].text", K.ASSISTANT),
]

ANTHROPIC_REQUEST = {
    "model": "claude-sonnet-4.5",
    "system": [{"type": "text", "text": "sys", "cache_control": {"type": "ephemeral"}}],
    "messages": [
        {"role": "user", "content": "hello"},
        {
            "role": "assistant",
            "content": [
                {"type": "thinking", "thinking": "hmm", "signature": "sig=="},
                {"type": "redacted_thinking", "data": "EuYBCk"},
                {"type": "tool_use", "id": "toolu_1", "name": "bash", "input": {"command": "cat ~/.env", "id": "x"}},
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "toolu_1", "content": [{"type": "text", "text": "SECRET=1"}]},
                {"type": "tool_result", "tool_use_id": "toolu_2", "content": "plain", "is_error": True},
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBOR"}},
            ],
        },
    ],
    "tools": [
        {
            "name": "bash",
            "description": "Run bash",
            "input_schema": {"type": "object", "properties": {"command": {"type": "string", "description": "cmd"}}},
        }
    ],
    "metadata": {"user_id": "u-123"},
}
ANTHROPIC_REQUEST_SLOTS = [
    ("body.system[0].text", K.SYSTEM),
    ("body.messages[0].content", K.PROMPT),
    ("body.messages[1].content[0].thinking", K.REASONING),
    ("body.messages[1].content[1].data", K.BINARY),
    ("body.messages[1].content[2].input.command", K.TOOL_ARGUMENTS),
    ("body.messages[1].content[2].input.id", K.TOOL_ARGUMENTS),
    ("body.messages[2].content[0].content[0].text", K.TOOL_RESULT),
    ("body.messages[2].content[1].content", K.TOOL_RESULT),
    ("body.messages[2].content[2].source.data", K.BINARY),
    ("body.tools[0].description", K.TOOL_DESCRIPTION),
    ("body.tools[0].input_schema.properties.command.description", K.TOOL_DESCRIPTION),
    ("body.metadata.user_id", K.OTHER),
]

ANTHROPIC_SYSTEM_STRING = {"system": "You are Claude", "messages": [{"role": "user", "content": "x"}]}
ANTHROPIC_SYSTEM_STRING_SLOTS = [("body.system", K.SYSTEM), ("body.messages[0].content", K.PROMPT)]

RESPONSES_STRING_INPUT = {"model": "m", "input": "write a haiku about Jane"}
RESPONSES_STRING_INPUT_SLOTS = [("body.input", K.PROMPT)]

UNKNOWN_SHAPE = {"foo": {"id": "kept", "bar": ["x", {"baz": "y"}]}, "n": 1, "ok": True, "nothing": None}
UNKNOWN_SHAPE_SLOTS = [("body.foo.bar[0]", K.OTHER), ("body.foo.bar[1].baz", K.OTHER)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(CHAT_REQUEST, CHAT_REQUEST_SLOTS, id="chat-request"),
        pytest.param(CHAT_RESPONSE, CHAT_RESPONSE_SLOTS, id="chat-response"),
        pytest.param(RESPONSES_REQUEST, RESPONSES_REQUEST_SLOTS, id="responses-request"),
        pytest.param(RESPONSES_RESPONSE, RESPONSES_RESPONSE_SLOTS, id="responses-response"),
        pytest.param(RESPONSES_STRING_INPUT, RESPONSES_STRING_INPUT_SLOTS, id="responses-string-input"),
        pytest.param(ANTHROPIC_REQUEST, ANTHROPIC_REQUEST_SLOTS, id="anthropic-request"),
        pytest.param(ANTHROPIC_SYSTEM_STRING, ANTHROPIC_SYSTEM_STRING_SLOTS, id="anthropic-system-string"),
        pytest.param(UNKNOWN_SHAPE, UNKNOWN_SHAPE_SLOTS, id="unknown-keys"),
    ],
)
def test_json_dialect_slots(body: dict[str, Any], expected: list[tuple[str, FieldKind]]) -> None:
    dec = decode(usage(body))
    assert dec.body_form is BodyForm.JSON
    assert dec.body_parsed
    assert [(s.path, s.kind) for s in dec.slots] == expected
    assert not any(s.json_escaped or s.truncated_tail for s in dec.slots)


def test_slot_texts_are_the_decoded_strings() -> None:
    dec = decode(usage(CHAT_REQUEST))
    texts = {s.path: s.text for s in dec.slots}
    assert texts["body.messages[3].tool_calls[0].function.arguments.cmd"] == "ls ~"
    assert texts["body.messages[3].tool_calls[1].function.arguments"] == "not json {"
    assert texts["body.messages[2].content[2].image_url.url"] == "data:image/png;base64,iVBORw0KGgo="


CHAT_SSE = (
    'data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,'
    '"delta":{"role":"assistant","content":"Hi Jane"},"finish_reason":null}]}\n'
    "\n"
    'data: {"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"tool_calls":'
    '[{"index":0,"id":"call_1","type":"function","function":{"name":"run","arguments":"{\\"cm"}}]}}]}\n'
    "\n"
    ": keep-alive\n"
    "\n"
    "data: [DONE]\n"
    "\n"
)
CHAT_SSE_SLOTS = [
    ("body.data[0].choices[0].delta.content", K.ASSISTANT),
    ("body.data[1].choices[0].delta.tool_calls[0].function.arguments", K.TOOL_ARGUMENTS),
    ("body.line[4]", K.OTHER),
]

ANTHROPIC_SSE = (
    "event: message_start\r\n"
    'data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant",'
    '"model":"claude","content":[],"stop_reason":null}}\r\n'
    "\r\n"
    "event: content_block_start\r\n"
    'data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\r\n'
    "\r\n"
    "event: content_block_delta\r\n"
    'data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello Jane"}}\r\n'
    "\r\n"
    'data: {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_1",'
    '"name":"bash","input":{}}}\r\n'
    'data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta",'
    '"partial_json":"{\\"command\\": \\"ls"}}\r\n'
    'data: {"type":"content_block_delta","index":2,"delta":{"type":"thinking_delta","thinking":"ponder"}}\r\n'
    'data: {"type":"content_block_delta","index":2,"delta":{"type":"signature_delta","signature":"c2ln"}}\r\n'
    'data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null}}\r\n'
    'data: {"type":"message_stop"}\r\n'
)
ANTHROPIC_SSE_SLOTS = [
    ("body.data[1].content_block.text", K.ASSISTANT),
    ("body.data[2].delta.text", K.ASSISTANT),
    ("body.data[4].delta.partial_json", K.TOOL_ARGUMENTS),
    ("body.data[5].delta.thinking", K.REASONING),
]

RESPONSES_SSE = (
    "event: response.created\n"
    'data: {"type":"response.created","sequence_number":0,"response":{"id":"resp_1","object":"response",'
    '"status":"in_progress","instructions":"sys","output":[]}}\n\n'
    "event: response.output_text.delta\n"
    'data: {"type":"response.output_text.delta","item_id":"msg_1","output_index":0,"content_index":0,'
    '"delta":"Hel"}\n\n'
    'data: {"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":1,'
    '"delta":"{\\"a\\":"}\n\n'
    'data: {"type":"response.function_call_arguments.done","item_id":"fc_1","output_index":1,'
    '"arguments":"{\\"a\\":\\"b\\"}"}\n\n'
    'data: {"type":"response.reasoning_summary_text.delta","item_id":"rs_1","output_index":0,'
    '"summary_index":0,"delta":"thinking"}\n\n'
    'data: {"type":"response.output_item.added","output_index":2,"item":{"type":"function_call",'
    '"call_id":"c","name":"f","arguments":""}}\n\n'
)
RESPONSES_SSE_SLOTS = [
    ("body.data[0].response.instructions", K.SYSTEM),
    ("body.data[1].delta", K.ASSISTANT),
    ("body.data[2].delta", K.TOOL_ARGUMENTS),
    ("body.data[3].arguments.a", K.TOOL_ARGUMENTS),
    ("body.data[4].delta", K.REASONING),
    ("body.data[5].item.arguments", K.TOOL_ARGUMENTS),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(CHAT_SSE, CHAT_SSE_SLOTS, id="chat-sse"),
        pytest.param(ANTHROPIC_SSE, ANTHROPIC_SSE_SLOTS, id="anthropic-sse-crlf"),
        pytest.param(RESPONSES_SSE, RESPONSES_SSE_SLOTS, id="responses-sse"),
    ],
)
def test_sse_slots(body: str, expected: list[tuple[str, FieldKind]]) -> None:
    dec = decode(usage(body))
    assert dec.body_form is BodyForm.SSE
    assert dec.body_parsed
    assert [(s.path, s.kind) for s in dec.slots] == expected


@pytest.mark.parametrize(
    ("body", "extra", "expected"),
    [
        # not JSON, not SSE, not a JSON prefix: one raw slot, not escaped
        ("hello Jane Doe", {}, ("body", K.RAW_BODY, False, False)),
        # ... the same when truncated: the text is JSON-escaped body text cut at its end
        ('x{"a": "b\\n c', {"truncated": True}, ("body", K.RAW_BODY, True, True)),
        # a body that looks like SSE but has no data line is raw
        ("event: ping\n\n", {}, ("body", K.RAW_BODY, False, False)),
        # JSON followed by garbage
        ('{"a": "b"} trailing', {}, ("body", K.RAW_BODY, False, False)),
        ("", {}, ("body", K.RAW_BODY, False, False)),
    ],
)
def test_raw_bodies(body: str, extra: dict[str, Any], expected: tuple[str, FieldKind, bool, bool]) -> None:
    dec = decode(usage(body, **extra))
    assert dec.body_form is BodyForm.RAW
    assert not dec.body_parsed
    assert [(s.path, s.kind, s.json_escaped, s.truncated_tail) for s in dec.slots] == [expected]
    assert dec.slots[0].text == body


def test_truncated_body_is_read_up_to_the_cut() -> None:
    body = (
        '{"messages":[{"role":"system","content":"sys"},{"role":"tool","tool_call_id":"c","content":"1001,Jane Doe,ja'
    )
    dec = decode(usage(body, truncated=True))
    assert dec.body_form is BodyForm.PARTIAL_JSON
    assert not dec.body_parsed
    got = [(s.path, s.kind, s.text, s.truncated_tail, s.json_escaped) for s in dec.slots]
    assert got == [
        ("body.messages[0].content", K.SYSTEM, "sys", False, False),
        ("body.messages[1].content", K.TOOL_RESULT, "1001,Jane Doe,ja", True, False),
    ]


def test_truncated_body_as_one_raw_slot_when_asked() -> None:
    body = '{"messages":[{"role":"user","content":"Jane Doe, ja'
    dec = decode(usage(body, truncated=True), lenient_truncated=False)
    assert dec.body_form is BodyForm.RAW
    assert [(s.path, s.kind, s.json_escaped, s.truncated_tail) for s in dec.slots] == [("body", K.RAW_BODY, True, True)]


def test_truncated_body_cut_inside_tool_arguments() -> None:
    args = '{\\"command\\": \\"cat /home/jdoe/.ss'
    body = (
        '{"choices":[{"message":{"role":"assistant","tool_calls":[{"id":"c","function":{"name":"x","arguments":"' + args
    )
    dec = decode(usage(body, truncated=True))
    assert [(s.path, s.text, s.truncated_tail) for s in dec.slots] == [
        ("body.choices[0].message.tool_calls[0].function.arguments.command", "cat /home/jdoe/.ss", True)
    ]


def test_truncated_sse_last_line_is_read_leniently() -> None:
    body = 'data: {"choices":[{"delta":{"content":"Hi"}}]}\n\ndata: {"choices":[{"delta":{"content":"Jane Do'
    dec = decode(usage(body, truncated=True))
    assert dec.body_form is BodyForm.SSE
    got = [(s.path, s.text, s.truncated_tail) for s in dec.slots]
    assert got == [
        ("body.data[0].choices[0].delta.content", "Hi", False),
        ("body.data[1].choices[0].delta.content", "Jane Do", True),
    ]


def test_sse_data_line_that_is_not_json_is_a_raw_slot() -> None:
    body = "data: hello Jane\n\ndata: {bad json\n\n"
    dec = decode(usage(body))
    got = [(s.path, s.kind, s.text, s.truncated_tail) for s in dec.slots]
    assert got == [
        ("body.data[0]", K.RAW_BODY, "hello Jane", False),
        ("body.data[1]", K.RAW_BODY, "{bad json", False),
    ]


def test_envelope_strings_are_slots_except_structural_fields() -> None:
    rec = usage(
        {"messages": []},
        user_id=48151623,
        enterprise_id=4242,
        github_request_id="8C1E:2F7A3",
        event_id="e-1",
        truncated=False,
        client="vscode/1.2 jane",
        extra={"a": ["x", 1, None]},
    )
    rec["@timestamp"] = 1783494912345
    assert layout(rec) == [("client", K.ENVELOPE), ("extra.a[0]", K.ENVELOPE)]


def test_audit_fields_are_slots_except_structural_ones() -> None:
    ev = {
        "@timestamp": 1783499400123,
        "_document_id": "q3Zr8LmN0pXyT5vW2aBcDe",
        "action": "pull_request.create",
        "actor": "Copilot",
        "actor_ip": "203.0.113.7",
        "actor_location": {"country_code": "IN"},
        "user_id": 48151623,
        "created_at": 1783499400123,
        "external_identity_nameid": "marta.kowalski@example.com",
        "data": {"id": "x", "type": "y"},  # no structural keys inside audit fields
    }
    assert layout(ev) == [
        ("actor", K.AUDIT_FIELD),
        ("actor_ip", K.AUDIT_FIELD),
        ("actor_location.country_code", K.AUDIT_FIELD),
        ("external_identity_nameid", K.AUDIT_FIELD),
        ("data.id", K.AUDIT_FIELD),
        ("data.type", K.AUDIT_FIELD),
    ]
    assert decode(ev).body_form is BodyForm.ABSENT


@pytest.mark.parametrize(
    ("skipped", "missing"),
    [
        # one exact string
        ({"body.messages[0].content"}, ["body.messages[0].content"]),
        # a container: everything under it
        ({"body.tools"}, [p for p, _ in CHAT_REQUEST_SLOTS if p.startswith("body.tools")]),
        # the decoded arguments of one call (skip sees the path before decoding)
        (
            {"body.messages[3].tool_calls[0].function.arguments"},
            [p for p, _ in CHAT_REQUEST_SLOTS if p.startswith("body.messages[3].tool_calls[0]")],
        ),
        # a string inside decoded arguments
        (
            {"body.messages[3].tool_calls[0].function.arguments.opts.id"},
            ["body.messages[3].tool_calls[0].function.arguments.opts.id"],
        ),
        # the whole body
        ({"body"}, [p for p, _ in CHAT_REQUEST_SLOTS]),
        # a near miss skips nothing
        ({"body.messages[0].contents"}, []),
    ],
)
def test_skip_hides_paths_and_everything_below(skipped: set[str], missing: list[str]) -> None:
    full = [p for p, _ in layout(usage(CHAT_REQUEST))]
    got = [p for p, _ in layout(usage(CHAT_REQUEST), skip=lambda p: p in skipped)]
    assert got == [p for p in full if p not in missing]


def test_skip_envelope_and_audit_fields() -> None:
    ev = {"action": "a", "actor": "Copilot", "user": "mkowalski", "external_identity_nameid": "m@example.com"}
    assert [p for p, _ in layout(ev, skip=lambda p: p in {"actor", "user"})] == ["external_identity_nameid"]
    rec = usage({}, client="c", other="o")
    assert [p for p, _ in layout(rec, skip=lambda p: p == "client")] == ["other"]


@pytest.mark.parametrize(
    "key",
    ["role", "type", "id", "tool_call_id", "tool_use_id", "call_id", "object", "model", "finish_reason", "stop_reason"],
)
def test_structural_keys_are_not_slots_in_protocol_position(key: str) -> None:
    body = {"messages": [{"role": "user", "content": "c", key: "STRUCT"}]}
    if key == "role":
        body = {"messages": [{"content": "c", "role": "STRUCT"}]}
    texts = [s.text for s in decode(usage(body)).slots]
    assert texts == ["c"]


def test_structural_keys_are_slots_in_free_form_payloads() -> None:
    body = {
        "content": [{"type": "tool_use", "id": "t", "name": "n", "input": {"role": "r", "model": "m", "name": "x"}}]
    }
    assert [s.path for s in decode(usage(body)).slots] == [
        "body.content[0].input.role",
        "body.content[0].input.model",
        "body.content[0].input.name",
    ]


def test_odd_keys_are_quoted_in_paths() -> None:
    body = {"content": [{"type": "tool_use", "input": {"my key": "v", "a.b": "w", "é": "z"}}]}
    slots = decode(usage(body)).slots
    assert [s.path for s in slots if not s.path.endswith("#key")] == [
        'body.content[0].input["my key"]',
        'body.content[0].input["a.b"]',
        'body.content[0].input["\\u00e9"]',
    ]
    # none of them is a plain field name, so each key is scanned too (a key slot before its value)
    assert [s.text for s in slots if s.path.endswith("#key")] == ["my key", "a.b", "é"]


def test_duplicate_keys_are_all_slots() -> None:
    body = '{"messages":[{"role":"user","content":"first","content":"second"}]}'
    assert [(s.path, s.text) for s in decode(usage(body)).slots] == [
        ("body.messages[0].content", "first"),
        ("body.messages[0].content", "second"),
    ]


def test_body_that_is_a_json_string() -> None:
    dec = decode(usage('"just text"'))
    assert [(s.path, s.text) for s in dec.slots] == [("body", "just text")]
    assert dec.body_form is BodyForm.JSON
