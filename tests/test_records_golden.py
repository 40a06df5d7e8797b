"""Golden examples: the five records of copilot-records.md §5, decoded and rebuilt."""

from __future__ import annotations

import json
from typing import Any

import pytest

from redactor.records import BodyForm, FieldKind, RecordKind, decode, record_key

K = FieldKind

# The records of copilot-records.md §5.1-§5.5, verbatim (one JSON line each; all values invented).
REST_REQUEST_5_1 = r"""{"type": "request", "user_id": 48151623, "enterprise_id": 4242, "github_request_id": "8C1E:2F7A3:9B04D1E:A1C3F52:66F2B0A4", "endpoint": "/chat/completions", "body": "{\"model\":\"gpt-4.1\",\"stream\":true,\"temperature\":0.1,\"messages\":[{\"role\":\"system\",\"content\":\"You are an AI programming assistant working in the user's workspace.\\nOS: macOS. Workspace folder: /Users/mkowalski/src/payments-service\\nThe user's git identity is Marta Kowalski <marta.kowalski@example.com>.\"},{\"role\":\"user\",\"content\":\"The nightly invoice job fails with 401 from the ledger API. I exported LEDGER_TOKEN=ghp_R4nd0mF4k3T0k3nF0rT3st1ngOnly0000000 in my shell before running it. Can you check src/billing/ledger_client.py and tell Priya Raman (priya.raman@example.org) what to change?\"}],\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"read_file\",\"description\":\"Read the contents of a file in the workspace.\",\"parameters\":{\"type\":\"object\",\"properties\":{\"filePath\":{\"type\":\"string\"},\"startLine\":{\"type\":\"integer\"},\"endLine\":{\"type\":\"integer\"}},\"required\":[\"filePath\"]}}},{\"type\":\"function\",\"function\":{\"name\":\"run_in_terminal\",\"description\":\"Run a shell command in the integrated terminal.\",\"parameters\":{\"type\":\"object\",\"properties\":{\"command\":{\"type\":\"string\"}},\"required\":[\"command\"]}}}]}", "@timestamp": 1783494912345, "event_id": "0e6f2c1a-3b7d-4c59-9a1e-5f0b8d2c7e41"}"""  # noqa: E501 - verbatim JSON line

RESPONSE_5_2 = r"""{"type": "response", "user_id": 48151623, "enterprise_id": 4242, "github_request_id": "8C1E:2F7A3:9B04D1E:A1C3F52:66F2B0A4", "endpoint": "/chat/completions", "body": "{\"id\":\"chatcmpl-9f3kQ2mZx7\",\"object\":\"chat.completion\",\"created\":1783494913,\"model\":\"gpt-4.1-2025-04-14\",\"choices\":[{\"index\":0,\"finish_reason\":\"tool_calls\",\"message\":{\"role\":\"assistant\",\"content\":\"I'll look at the client and check how the token is loaded.\",\"tool_calls\":[{\"id\":\"call_a1B2c3\",\"type\":\"function\",\"function\":{\"name\":\"read_file\",\"arguments\":\"{\\\"filePath\\\": \\\"/Users/mkowalski/src/payments-service/src/billing/ledger_client.py\\\", \\\"startLine\\\": 1, \\\"endLine\\\": 80}\"}},{\"id\":\"call_d4E5f6\",\"type\":\"function\",\"function\":{\"name\":\"run_in_terminal\",\"arguments\":\"{\\\"command\\\": \\\"grep -rn 'LEDGER_TOKEN\\\\\\\\|AKIA' ~/src/payments-service/.env ~/src/payments-service/config\\\"}\"}}]}}],\"usage\":{\"prompt_tokens\":2315,\"completion_tokens\":118,\"total_tokens\":2433}}", "@timestamp": 1783494914790, "event_id": "5b9d0e77-21c4-4f0a-8d3e-c6a9f1b2e803"}"""  # noqa: E501 - verbatim JSON line

TRUNCATED_5_3 = r"""{"type": "request", "user_id": 48151623, "enterprise_id": 4242, "github_request_id": "8C1E:2F7A3:9B0A7F2:A1CA0D9:66F2B0A9", "endpoint": "/chat/completions", "body": "{\"model\":\"gpt-4.1\",\"stream\":true,\"messages\":[{\"role\":\"system\",\"content\":\"You are an AI programming assistant working in the user's workspace.\\nOS: macOS. Workspace folder: /Users/mkowalski/src/payments-service\\nThe user's git identity is Marta Kowalski <marta.kowalski@example.com>.\"},{\"role\":\"user\",\"content\":\"The nightly invoice job fails with 401 from the ledger API. I exported LEDGER_TOKEN=ghp_R4nd0mF4k3T0k3nF0rT3st1ngOnly0000000 in my shell before running it. Can you check src/billing/ledger_client.py and tell Priya Raman (priya.raman@example.org) what to change?\"},{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_a1B2c3\",\"type\":\"function\",\"function\":{\"name\":\"read_file\",\"arguments\":\"{\\\"filePath\\\": \\\"/Users/mkowalski/src/payments-service/src/billing/ledger_client.py\\\", \\\"startLine\\\": 1, \\\"endLine\\\": 80}\"}},{\"id\":\"call_d4E5f6\",\"type\":\"function\",\"function\":{\"name\":\"run_in_terminal\",\"arguments\":\"{\\\"command\\\": \\\"grep -rn 'LEDGER_TOKEN\\\\\\\\|AKIA' ~/src/payments-service/.env ~/src/payments-service/config\\\"}\"}}]},{\"role\":\"tool\",\"tool_call_id\":\"call_a1B2c3\",\"content\":\"import os\\nimport requests\\n\\n# TODO(jsmith@example.com): move to vault\\nLEDGER_URL = \\\"https://ledger.internal.example.net/v2\\\"\\n\\nclass LedgerClient:\\n    def __init__(self):\\n        self.token = os.environ[\\\"LEDGER_TOKEN\\\"]\\n\"},{\"role\":\"tool\",\"tool_call_id\":\"call_d4E5f6\",\"content\":\"/Users/mkowalski/src/payments-service/.env:3:AWS_ACCESS_KEY_ID=AKIAZZZZFAKEEXAMPLE7\\n/Users/mkowalski/src/payments-service/.env:4:LEDGER_TOKEN=ghp_R4nd0mF4k3T0k3nF0rT3st1ngOnly0000000\\n/Users/mkowalski/src/payments-service/config/customers_fixture.csv:2:1001,Jane Doe,ja", "@timestamp": 1783494917021, "truncated": true, "event_id": "c2f41e0b-7a66-4d1b-b8a5-09e3d6f4a712"}"""  # noqa: E501 - verbatim JSON line

ANTHROPIC_5_4 = r"""{"type": "response", "user_id": 90210777, "enterprise_id": 4242, "github_request_id": "D5A0:11C2E:4E7B3A0:5F19C44:66F2C1D7", "endpoint": "/v1/messages", "body": "{\"id\":\"msg_01FakeExample7Qz\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4.5\",\"stop_reason\":\"tool_use\",\"content\":[{\"type\":\"text\",\"text\":\"I'll add the on-call contact to the runbook and open a PR.\"},{\"type\":\"tool_use\",\"id\":\"toolu_01Fake9x\",\"name\":\"edit_file\",\"input\":{\"path\":\"C:\\\\Users\\\\akwame\\\\repos\\\\infra-runbooks\\\\oncall\\\\payments.md\",\"old_str\":\"Escalation: TBD\",\"new_str\":\"Escalation: Kwame Asante (kwame.asante@example.com, +44 20 7946 0958)\"}}],\"usage\":{\"input_tokens\":5120,\"output_tokens\":96}}", "@timestamp": 1783498800456, "event_id": "7a3be9d4-5c10-4e82-a6f7-3d2c1b0e9f58"}"""  # noqa: E501 - verbatim JSON line

AUDIT_5_5 = r"""{"@timestamp": 1783499400123, "_document_id": "q3Zr8LmN0pXyT5vW2aBcDe", "action": "pull_request.create", "actor": "Copilot", "actor_id": 198982749, "actor_is_agent": true, "agent_session_id": "3f9c2a71-8e4b-4d06-b1a2-7c5e9d0f4b83", "user": "mkowalski_acme", "user_id": 48151623, "business": "acme-corp", "business_id": 4242, "org": "acme-payments", "org_id": 7312001, "repo": "acme-payments/payments-service", "repo_id": 880012345, "created_at": 1783499400123, "operation_type": "create", "external_identity_nameid": "marta.kowalski@example.com"}"""  # noqa: E501 - verbatim JSON line

# What a detector + placeholder stage would replace in these records (value -> placeholder).
REPLACEMENTS = {
    "marta.kowalski@example.com": "<EMAIL_ADDRESS_1>",
    "priya.raman@example.org": "<EMAIL_ADDRESS_2>",
    "jsmith@example.com": "<EMAIL_ADDRESS_3>",
    "kwame.asante@example.com": "<EMAIL_ADDRESS_4>",
    "Marta Kowalski": "<PERSON_1>",
    "Priya Raman": "<PERSON_2>",
    "Kwame Asante": "<PERSON_3>",
    "mkowalski": "<USERNAME_1>",
    "akwame": "<USERNAME_2>",
    "ghp_R4nd0mF4k3T0k3nF0rT3st1ngOnly0000000": "<GITHUB_TOKEN_1>",
    "AKIAZZZZFAKEEXAMPLE7": "<AWS_ACCESS_KEY_1>",
    "+44 20 7946 0958": "<PHONE_NUMBER_1>",
}


def redact(text: str) -> str:
    for value, placeholder in REPLACEMENTS.items():
        text = text.replace(value, placeholder)
    return text


def load(line: str) -> dict[str, Any]:
    record = json.loads(line)
    assert isinstance(record, dict)
    return record


def slot_table(record: dict[str, Any], **kw: Any) -> list[tuple[str, FieldKind, bool, bool]]:
    return [(s.path, s.kind, s.json_escaped, s.truncated_tail) for s in decode(record, **kw).slots]


GOLDEN_SLOTS = [
    pytest.param(
        REST_REQUEST_5_1,
        [
            ("body.messages[0].content", K.SYSTEM, False, False),
            ("body.messages[1].content", K.PROMPT, False, False),
            ("body.tools[0].function.description", K.TOOL_DESCRIPTION, False, False),
            ("body.tools[0].function.parameters.required[0]", K.TOOL_DESCRIPTION, False, False),
            ("body.tools[1].function.description", K.TOOL_DESCRIPTION, False, False),
            ("body.tools[1].function.parameters.required[0]", K.TOOL_DESCRIPTION, False, False),
        ],
        id="5.1-request",
    ),
    pytest.param(
        RESPONSE_5_2,
        [
            ("body.choices[0].message.content", K.ASSISTANT, False, False),
            ("body.choices[0].message.tool_calls[0].function.arguments.filePath", K.TOOL_ARGUMENTS, False, False),
            ("body.choices[0].message.tool_calls[1].function.arguments.command", K.TOOL_ARGUMENTS, False, False),
        ],
        id="5.2-response",
    ),
    pytest.param(
        TRUNCATED_5_3,
        [
            ("body.messages[0].content", K.SYSTEM, False, False),
            ("body.messages[1].content", K.PROMPT, False, False),
            ("body.messages[2].tool_calls[0].function.arguments.filePath", K.TOOL_ARGUMENTS, False, False),
            ("body.messages[2].tool_calls[1].function.arguments.command", K.TOOL_ARGUMENTS, False, False),
            ("body.messages[3].content", K.TOOL_RESULT, False, False),
            ("body.messages[4].content", K.TOOL_RESULT, False, True),  # cut off mid-e-mail
        ],
        id="5.3-truncated",
    ),
    pytest.param(
        ANTHROPIC_5_4,
        [
            ("body.content[0].text", K.ASSISTANT, False, False),
            ("body.content[1].input.path", K.TOOL_ARGUMENTS, False, False),
            ("body.content[1].input.old_str", K.TOOL_ARGUMENTS, False, False),
            ("body.content[1].input.new_str", K.TOOL_ARGUMENTS, False, False),
        ],
        id="5.4-anthropic",
    ),
    pytest.param(
        AUDIT_5_5,
        [
            (key, K.AUDIT_FIELD, False, False)
            for key in ("actor", "agent_session_id", "user", "business", "org", "repo", "operation_type")
        ]
        + [("external_identity_nameid", K.AUDIT_FIELD, False, False)],
        id="5.5-audit",
    ),
]


@pytest.mark.parametrize(("line", "expected"), GOLDEN_SLOTS)
def test_golden_slot_layout(line: str, expected: list[tuple[str, FieldKind, bool, bool]]) -> None:
    assert slot_table(load(line)) == expected


def test_golden_texts_hold_the_decoded_values() -> None:
    texts = {s.path: s.text for s in decode(load(RESPONSE_5_2)).slots}
    assert texts["body.choices[0].message.tool_calls[1].function.arguments.command"] == (
        "grep -rn 'LEDGER_TOKEN\\|AKIA' ~/src/payments-service/.env ~/src/payments-service/config"
    )
    texts = {s.path: s.text for s in decode(load(ANTHROPIC_5_4)).slots}
    assert texts["body.content[1].input.path"] == "C:\\Users\\akwame\\repos\\infra-runbooks\\oncall\\payments.md"
    texts = {s.path: s.text for s in decode(load(TRUNCATED_5_3)).slots}
    assert texts["body.messages[4].content"].endswith("customers_fixture.csv:2:1001,Jane Doe,ja")


@pytest.mark.parametrize("line", [REST_REQUEST_5_1, RESPONSE_5_2, TRUNCATED_5_3, ANTHROPIC_5_4])
def test_golden_rebuild_changes_only_the_sensitive_substrings(line: str) -> None:
    record = load(line)
    dec = decode(record)
    out = dec.rebuild([redact(s.text) for s in dec.slots])
    # Every byte of the body but the replaced values is kept (separators, escapes, numbers, ids).
    assert out == {**record, "body": redact(record["body"])}
    assert list(out) == list(record)
    for value in REPLACEMENTS:
        assert value not in out["body"]


def test_golden_truncated_tail_is_replaced_and_stays_cut_off() -> None:
    record = load(TRUNCATED_5_3)
    dec = decode(record)
    new = [redact(s.text) for s in dec.slots]
    assert dec.slots[-1].truncated_tail
    new[-1] = new[-1][: -len("ja")] + "<PARTIAL>"
    out = dec.rebuild(new)
    assert out["body"] == redact(record["body"])[: -len("ja")] + "<PARTIAL>"
    with pytest.raises(json.JSONDecodeError):
        json.loads(out["body"])
    # the same result when the truncated body is handled as one raw, JSON-escaped slot
    raw = decode(record, lenient_truncated=False)
    assert raw.body_form is BodyForm.RAW
    assert [(s.json_escaped, s.truncated_tail) for s in raw.slots] == [(True, True)]
    raw_new = redact(raw.slots[0].text)[: -len("ja")] + "<PARTIAL>"
    assert raw.rebuild([raw_new]) == out


def test_golden_audit_rebuild() -> None:
    record = load(AUDIT_5_5)
    dec = decode(record)
    out = dec.rebuild([redact(s.text) for s in dec.slots])
    assert out == {
        **record,
        "user": "<USERNAME_1>_acme",
        "external_identity_nameid": "<EMAIL_ADDRESS_1>",
    }
    assert list(out) == list(record)


@pytest.mark.parametrize(
    ("line", "kind", "key"),
    [
        (REST_REQUEST_5_1, RecordKind.USAGE, "0e6f2c1a-3b7d-4c59-9a1e-5f0b8d2c7e41"),
        (RESPONSE_5_2, RecordKind.USAGE, "5b9d0e77-21c4-4f0a-8d3e-c6a9f1b2e803"),
        (TRUNCATED_5_3, RecordKind.USAGE, "c2f41e0b-7a66-4d1b-b8a5-09e3d6f4a712"),
        (ANTHROPIC_5_4, RecordKind.USAGE, "7a3be9d4-5c10-4e82-a6f7-3d2c1b0e9f58"),
        (AUDIT_5_5, RecordKind.AUDIT, "q3Zr8LmN0pXyT5vW2aBcDe"),
    ],
)
def test_golden_kinds_and_keys(line: str, kind: RecordKind, key: str) -> None:
    record = load(line)
    dec = decode(record)
    assert dec.kind is kind
    assert record_key(record, kind) == key


def test_golden_body_forms() -> None:
    forms = [
        decode(load(line)).body_form
        for line in (REST_REQUEST_5_1, RESPONSE_5_2, TRUNCATED_5_3, ANTHROPIC_5_4, AUDIT_5_5)
    ]
    assert forms == [BodyForm.JSON, BodyForm.JSON, BodyForm.PARTIAL_JSON, BodyForm.JSON, BodyForm.ABSENT]
