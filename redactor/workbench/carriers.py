"""Carriers: where a canary is planted. Each builds one realistic raw record (usage record or
audit event, in the shapes of copilot-records.md) with a given text in one field kind.

Carrier names are what officers write under ``fields:`` in a canary file.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

AUDIT_IDENTITY = {
    "actor": "hvlindqvist-canary",
    "user": "hvlindqvist-canary",
    "external_identity_nameid": "henrike.vasquez@canary-idp.example",
    "actor_ip": "81.12.34.56",
}
"""Fake personal envelope fields of every planted audit event (they must not survive either)."""

USER_ID = 731906552
"""The fake GitHub user id of every planted usage record."""


@dataclass(frozen=True, slots=True)
class Ctx:
    """What every record of one run shares: the clock and the random source for ids."""

    now_ms: int
    rng: random.Random

    def event_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def request_id(self) -> str:
        h = f"{self.rng.getrandbits(64):016X}"
        return f"{h[:4]}:{h[4:9]}:{h[9:16]}:{h[:7]}:{h[7:15]}"


def _usage(ctx: Ctx, kind: str, endpoint: str, body: str, **extra: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "type": kind,
        "user_id": USER_ID,
        "enterprise_id": 4242,
        "github_request_id": ctx.request_id(),
        "endpoint": endpoint,
        "body": body,
        "@timestamp": ctx.now_ms,
        "event_id": ctx.event_id(),
    }
    rec.update(extra)
    return rec


def _chat_request(ctx: Ctx, messages: list[dict[str, Any]]) -> dict[str, Any]:
    body = {"model": "gpt-4.1", "stream": False, "messages": messages}
    return _usage(ctx, "request", "/chat/completions", json.dumps(body))


def system(ctx: Ctx, text: str) -> dict[str, Any]:
    return _chat_request(
        ctx,
        [
            {"role": "system", "content": f"You are an AI programming assistant.\n{text}"},
            {"role": "user", "content": "What does this repository do?"},
        ],
    )


def prompt(ctx: Ctx, text: str) -> dict[str, Any]:
    return _chat_request(
        ctx,
        [
            {"role": "system", "content": "You are an AI programming assistant."},
            {"role": "user", "content": f"Can you help with this? {text}"},
        ],
    )


def assistant(ctx: Ctx, text: str) -> dict[str, Any]:
    body = {
        "id": "chatcmpl-canary",
        "object": "chat.completion",
        "created": ctx.now_ms // 1000,
        "model": "gpt-4.1",
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": f"Sure. {text}"}}
        ],
    }
    return _usage(ctx, "response", "/chat/completions", json.dumps(body))


def tool_arguments(ctx: Ctx, text: str) -> dict[str, Any]:
    call = {
        "id": "call_canary1",
        "type": "function",
        "function": {"name": "run_in_terminal", "arguments": json.dumps({"command": text, "explanation": "check"})},
    }
    body = {
        "id": "chatcmpl-canary",
        "object": "chat.completion",
        "created": ctx.now_ms // 1000,
        "model": "gpt-4.1",
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {"role": "assistant", "content": None, "tool_calls": [call]},
            }
        ],
    }
    return _usage(ctx, "response", "/chat/completions", json.dumps(body))


def tool_result(ctx: Ctx, text: str) -> dict[str, Any]:
    call = {
        "id": "call_canary1",
        "type": "function",
        "function": {"name": "read_file", "arguments": json.dumps({"filePath": "src/config/settings.py"})},
    }
    return _chat_request(
        ctx,
        [
            {"role": "user", "content": "Why does the job fail?"},
            {"role": "assistant", "content": None, "tool_calls": [call]},
            {"role": "tool", "tool_call_id": "call_canary1", "content": text},
        ],
    )


def anthropic_tool_use(ctx: Ctx, text: str) -> dict[str, Any]:
    body = {
        "model": "claude-sonnet-4",
        "max_tokens": 1024,
        "system": "You are a coding agent.",
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": "Run the failing step again."}]},
            {
                "role": "assistant",
                "content": [
                    {"type": "text", "text": "Running it now."},
                    {"type": "tool_use", "id": "toolu_canary01", "name": "bash", "input": {"command": text}},
                ],
            },
        ],
    }
    return _usage(ctx, "request", "/v1/messages", json.dumps(body))


def responses_function_output(ctx: Ctx, text: str) -> dict[str, Any]:
    body = {
        "model": "gpt-5",
        "instructions": "You are a coding agent.",
        "input": [
            {"role": "user", "content": [{"type": "input_text", "text": "Show me the config."}]},
            {
                "type": "function_call",
                "call_id": "call_canary2",
                "name": "read_file",
                "arguments": json.dumps({"path": "config/app.env"}),
            },
            {"type": "function_call_output", "call_id": "call_canary2", "output": text},
        ],
    }
    return _usage(ctx, "request", "/responses", json.dumps(body))


def sse_body(ctx: Ctx, text: str) -> dict[str, Any]:
    events = [
        {
            "id": "chatcmpl-canary",
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"role": "assistant"}}],
        },
        {
            "id": "chatcmpl-canary",
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"content": text}}],
        },
        {
            "id": "chatcmpl-canary",
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
        },
    ]
    body = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
    return _usage(ctx, "response", "/chat/completions", body)


def truncated_body(ctx: Ctx, text: str) -> dict[str, Any]:
    """The body is cut (like the 1 MB limit does) a little after the planted text."""
    full = json.dumps(
        {
            "model": "gpt-4.1",
            "messages": [
                {"role": "user", "content": f"Here is the output: {text} and the rest of a very long log follows"}
            ],
        }
    )
    cut = full.index(" and the rest of") + 8
    return _usage(ctx, "request", "/chat/completions", full[:cut], truncated=True)


def truncated_mid_value(ctx: Ctx, text: str, cut_at: int) -> dict[str, Any]:
    """The body is cut inside the planted value (`cut_at` characters into `text`)."""
    full = json.dumps({"model": "gpt-4.1", "messages": [{"role": "user", "content": f"Output: {text}"}]})
    head = json.dumps({"model": "gpt-4.1", "messages": [{"role": "user", "content": "Output: "}]})
    start = len(head) - len('"}]}')
    prefix_escaped = json.dumps(text[:cut_at])[1:-1]
    return _usage(ctx, "request", "/chat/completions", full[: start + len(prefix_escaped)], truncated=True)


def audit_event(ctx: Ctx, text: str) -> dict[str, Any]:
    return {
        "@timestamp": ctx.now_ms,
        "_document_id": f"canary{ctx.rng.getrandbits(64):016x}",
        "action": "repo.update_member",
        "actor_id": 58211042,
        **AUDIT_IDENTITY,
        "org": "canary-org",
        "repo": "canary-org/payments",
        "user_agent": "Mozilla/5.0 (X11; Linux x86_64) canary",
        "business": "canary-enterprise",
        "description": text,
        "created_at": ctx.now_ms,
        "operation_type": "modify",
    }


Carrier = Callable[[Ctx, str], dict[str, Any]]

CARRIERS: dict[str, Carrier] = {
    "system": system,
    "prompt": prompt,
    "assistant": assistant,
    "tool_arguments": tool_arguments,
    "tool_result": tool_result,
    "anthropic_tool_use": anthropic_tool_use,
    "responses_function_output": responses_function_output,
    "sse_body": sse_body,
    "truncated_body": truncated_body,
    "audit_event": audit_event,
}
"""Every field kind a canary is planted in, by the name officers use in canary files."""

TRUNCATED_MID = "truncated_mid_value"
"""The extra carrier for secrets: the body is cut in the middle of the value."""
