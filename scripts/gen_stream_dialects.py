"""Body dialects for `scripts/gen_stream.py`: tool calls, system prompts, request and response bodies.

OpenAI chat-completions (`/chat/completions`), OpenAI Responses (`/responses`) and Anthropic
Messages (`/v1/messages`); responses as one JSON document or as SSE (`data: {...}` lines, with
`event:` lines for the Responses and Messages dialects). Standard library only.
"""

# ruff: noqa: E501  (tool tables and body templates read better one entry a line)

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from typing import Any

import gen_stream_content as gc
import gen_stream_values as v
from gen_stream_values import Bag, Value


@dataclass
class Call:
    id: str
    name: str
    args: dict[str, Any]
    values: frozenset[Value]


@dataclass
class Msg:
    role: str  # system | user | assistant | tool
    text: str | None
    values: frozenset[Value]
    calls: list[Call] = field(default_factory=list)
    call_id: str = ""


def ids(rng: random.Random, prefix: str, n: int = 24) -> str:
    return prefix + "".join(rng.choice(v.ALNUM) for _ in range(n))


# --- conversation: tool calls ----------------------------------------------------------------
TOOLS = {  # dialect -> [(name, description, parameters)]
    "chat": [
        (
            "read_file",
            "Read the contents of a file in the workspace.",
            {"filePath": "string", "startLine": "integer", "endLine": "integer"},
        ),
        (
            "run_in_terminal",
            "Run a shell command in the integrated terminal.",
            {"command": "string", "explanation": "string", "isBackground": "boolean"},
        ),
        (
            "grep_search",
            "Search the workspace for a regular expression.",
            {"query": "string", "isRegexp": "boolean", "includePattern": "string"},
        ),
        (
            "replace_string_in_file",
            "Replace an exact string in a file.",
            {"filePath": "string", "oldString": "string", "newString": "string"},
        ),
        (
            "mcp_github_get_issue",
            "Get an issue from a GitHub repository.",
            {"owner": "string", "repo": "string", "issue_number": "integer"},
        ),
    ],
    "responses": [
        (
            "shell",
            "Runs a shell command and returns its output.",
            {"command": "array", "workdir": "string", "timeout_ms": "integer"},
        ),
        ("apply_patch", "Apply a patch in the V4A diff format to files in the workspace.", {"input": "string"}),
        (
            "get_issue",
            "Read a GitHub issue with its comments.",
            {"owner": "string", "repo": "string", "issue_number": "integer"},
        ),
    ],
    "anthropic": [
        ("view", "View a file or a directory.", {"path": "string"}),
        ("bash", "Run a command in a bash session.", {"command": "string", "description": "string"}),
        ("grep", "Search file contents with ripgrep.", {"pattern": "string", "path": "string"}),
        (
            "edit",
            "Replace old_str with new_str in a file.",
            {"path": "string", "old_str": "string", "new_str": "string"},
        ),
        (
            "github-mcp-server-get_issue",
            "Get a GitHub issue.",
            {"owner": "string", "repo": "string", "issue_number": "integer"},
        ),
    ],
}


def tool_round(c: gc.Ctx, dialect: str) -> tuple[Call, str, frozenset[Value]]:
    """One tool call (dialect-specific name and arguments) and its result text."""
    rng, u = c.rng, c.user
    a, r = Bag(), Bag()
    kind = rng.choices(["read", "shell", "grep", "edit", "issue"], weights=[4, 4, 1, 1, 1])[0]
    sh = lambda cmd: ("shell", {"command": ["bash", "-lc", cmd], "workdir": c.abs_path(""), "timeout_ms": 120000})  # noqa: E731
    if kind == "read":
        rel, result = gc.read_file_result(c, r)
        full, n = c.abs_path(rel), result.count("\n") + 1
        name, args = {
            "chat": ("read_file", {"filePath": full, "startLine": 1, "endLine": n}),
            "responses": sh(f"sed -n '1,{n}p' {rel}"),
            "anthropic": ("view", {"path": full}),
        }[dialect]
    elif kind == "shell":
        cmd, result = gc.shell_result(c, a, r)
        name, args = {
            "chat": (
                "run_in_terminal",
                {
                    "command": cmd,
                    "explanation": f"Run {cmd.split()[0]} to check the {c.pick(gc.NOUNS)} failure",
                    "isBackground": False,
                },
            ),
            "responses": sh(cmd),
            "anthropic": ("bash", {"command": cmd, "description": f"{cmd.split()[0]} in {c.repo}"}),
        }[dialect]
    elif kind == "grep":
        q, result = gc.grep_result(c, r)
        name, args = {
            "chat": ("grep_search", {"query": q, "isRegexp": True, "includePattern": "src/**"}),
            "responses": sh(f"rg -n '{q}' src"),
            "anthropic": ("grep", {"pattern": q, "path": c.abs_path("")}),
        }[dialect]
    elif kind == "edit":
        rel = c.rel_path("md") if rng.random() < 0.5 else f"docs/oncall/{c.pick(gc.NOUNS)}-{rng.randint(1, 99)}.md"
        p = c.customer() if rng.random() < 0.5 else c.colleague()
        new = f"Escalation: {a.add(v.PERSON, p.name)} ({a.add(v.EMAIL, p.email)}, {a.add(v.PHONE, p.phone)})"
        full = c.abs_path(rel)
        result = (
            f"The file {full} was edited successfully."
            if dialect != "responses"
            else f"Success. Updated the following files:\nM {rel}"
        )
        name, args = {
            "chat": ("replace_string_in_file", {"filePath": full, "oldString": "Escalation: TBD", "newString": new}),
            "responses": (
                "apply_patch",
                {"input": f"*** Begin Patch\n*** Update File: {rel}\n@@\n-Escalation: TBD\n+{new}\n*** End Patch"},
            ),
            "anthropic": ("edit", {"path": full, "old_str": "Escalation: TBD", "new_str": new}),
        }[dialect]
    else:
        n, result = gc.issue_text(c, r)
        args = {"owner": u.org, "repo": c.repo, "issue_number": n}
        name = {"chat": "mcp_github_get_issue", "responses": "get_issue", "anthropic": "github-mcp-server-get_issue"}[
            dialect
        ]
    v.autoplant(json.dumps(args, ensure_ascii=False), a, u)
    v.autoplant(result, r, u)
    cid = {"chat": ids(rng, "call_"), "responses": ids(rng, "call_"), "anthropic": ids(rng, "toolu_01")}[dialect]
    return Call(cid, name, args, frozenset(a.values)), result, frozenset(r.values)


def system_prompt(c: gc.Ctx, dialect: str, fresh: bool, ts: int) -> tuple[str, frozenset[Value]]:
    u, p, bag = c.user, c.user.person, Bag()
    root = c.abs_path("")
    if dialect == "chat":
        text = (
            'You are an AI programming assistant.\nWhen asked for your name, you must respond with "GitHub Copilot".\n'
            f"<environment_info>\nThe user's current OS is: {u.os}\nThe user's default shell is: \"{'powershell.exe' if u.os == 'Windows' else 'zsh'}\".\n</environment_info>\n"
            f"<workspace_info>\nI am working in a workspace with the following folders:\n- {root}\n"
            f"The user's git identity is {p.name} <{p.email}>.\n</workspace_info>"
        )
    elif dialect == "responses":
        text = (
            f"You are a coding agent running in the Copilot CLI on {u.os}. The workspace is {root}; the repository is {u.org}/{c.repo}.\n"
            f"Commits are authored as {p.name} <{p.email}> on behalf of @{u.login}. Prefer small, reviewable patches."
        )
    else:
        text = (
            "You are the GitHub Copilot CLI, a terminal assistant that edits code on the user's machine.\n"
            f"<env>\nWorking directory: {root}\nPlatform: {u.os}\nGit user: {p.name} <{p.email}>\nGitHub login: {u.login}\n</env>"
        )
    if fresh:  # a unique line, as an editor adds the current time and active file
        text += f"\nCurrent time: {ts}. Active file: {c.rel_path()} (line {c.rng.randint(1, 900)})."
    v.autoplant(text, bag, u)
    return text, frozenset(bag.values)


# --- dialects: request bodies ---------------------------------------------------------------
def _tools(dialect: str) -> list[dict[str, Any]]:
    out = []
    for name, desc, params in TOOLS[dialect]:
        schema = {
            "type": "object",
            "properties": {k: {"type": t} for k, t in params.items()},
            "required": [next(iter(params))],
        }
        out.append(
            {"type": "function", "function": {"name": name, "description": desc, "parameters": schema}}
            if dialect == "chat"
            else {"type": "function", "name": name, "description": desc, "parameters": schema}
            if dialect == "responses"
            else {"name": name, "description": desc, "input_schema": schema}
        )
    return out


def request_body(
    dialect: str, model: str, msgs: list[Msg], stream: bool, parts: bool, with_tools: bool
) -> dict[str, Any]:
    system = msgs[0].text or ""
    if dialect == "chat":
        out: list[dict[str, Any]] = []
        for m in msgs:
            if m.role == "assistant":
                d: dict[str, Any] = {"role": "assistant", "content": m.text}
                if m.calls:
                    d["tool_calls"] = [
                        {
                            "id": k.id,
                            "type": "function",
                            "function": {"name": k.name, "arguments": json.dumps(k.args, ensure_ascii=False)},
                        }
                        for k in m.calls
                    ]
                out.append(d)
            elif m.role == "tool":
                out.append({"role": "tool", "tool_call_id": m.call_id, "content": m.text})
            else:
                out.append(
                    {
                        "role": m.role,
                        "content": [{"type": "text", "text": m.text}] if parts and m.role == "user" else m.text,
                    }
                )
        body: dict[str, Any] = {
            "model": model,
            "messages": out,
            "temperature": 0.1,
            "top_p": 1,
            "n": 1,
            "stream": stream,
        }
        if with_tools:
            body["tools"], body["tool_choice"] = _tools("chat"), "auto"
        return body
    if dialect == "responses":
        items: list[dict[str, Any]] = []
        for m in msgs[1:]:
            if m.role in ("user", "assistant") and m.text:
                items.append(
                    {
                        "type": "message",
                        "role": m.role,
                        "content": [{"type": "input_text" if m.role == "user" else "output_text", "text": m.text}],
                    }
                )
            if m.role == "assistant":
                items += [
                    {
                        "type": "function_call",
                        "call_id": k.id,
                        "name": k.name,
                        "arguments": json.dumps(k.args, ensure_ascii=False),
                    }
                    for k in m.calls
                ]
            elif m.role == "tool":
                items.append({"type": "function_call_output", "call_id": m.call_id, "output": m.text})
        body = {
            "model": model,
            "instructions": system,
            "input": items,
            "stream": stream,
            "store": False,
            "reasoning": {"effort": "medium"},
        }
        if with_tools:
            body["tools"] = _tools("responses")
        return body
    conv: list[dict[str, Any]] = []
    for m in msgs[1:]:
        if m.role == "tool":
            block = {"type": "tool_result", "tool_use_id": m.call_id, "content": m.text}
            if conv and conv[-1]["role"] == "user" and conv[-1]["content"][0]["type"] == "tool_result":
                conv[-1]["content"].append(block)
            else:
                conv.append({"role": "user", "content": [block]})
        elif m.role == "assistant":
            content = ([{"type": "text", "text": m.text}] if m.text else []) + [
                {"type": "tool_use", "id": k.id, "name": k.name, "input": k.args} for k in m.calls
            ]
            conv.append({"role": "assistant", "content": content})
        else:
            conv.append({"role": "user", "content": [{"type": "text", "text": m.text}]})
    body = {
        "model": model,
        "max_tokens": 8192,
        "system": [{"type": "text", "text": system}],
        "messages": conv,
        "stream": stream,
    }
    if with_tools:
        body["tools"] = _tools("anthropic")
    return body


# --- dialects: response bodies (JSON or SSE) ---------------------------------------------------
def _pieces(rng: random.Random, text: str, values: frozenset[Value]) -> list[str]:
    """Split `text` into stream deltas at word starts, never inside a planted value."""
    guarded = [(m.start(), m.end()) for x in values for m in re.finditer(re.escape(x.value), text)]
    cuts = [
        i
        for i in range(1, len(text))
        if text[i - 1] == " " and text[i] != " " and not any(s < i < e for s, e in guarded) and rng.random() < 0.4
    ]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def _sse(events: list[tuple[str | None, Any]]) -> str:
    return "".join(
        (f"event: {e}\n" if e else "")
        + f"data: {json.dumps(d, ensure_ascii=False) if not isinstance(d, str) else d}\n\n"
        for e, d in events
    )


def response_body(rng: random.Random, dialect: str, model: str, msg: Msg, ts: int, stream: bool) -> str:
    rid, created = (
        ids(rng, {"chat": "chatcmpl-", "responses": "resp_", "anthropic": "msg_01"}[dialect], 22),
        ts // 1000,
    )
    text, calls = msg.text, msg.calls
    usage_in, usage_out = rng.randint(800, 60000), rng.randint(20, 900)
    dump = lambda o: json.dumps(o, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    if dialect == "chat":
        tc = [
            {
                "id": k.id,
                "type": "function",
                "function": {"name": k.name, "arguments": json.dumps(k.args, ensure_ascii=False)},
            }
            for k in calls
        ]
        finish = "tool_calls" if calls else "stop"
        if not stream:
            message: dict[str, Any] = {"role": "assistant", "content": text}
            if tc:
                message["tool_calls"] = tc
            return dump(
                {
                    "id": rid,
                    "object": "chat.completion",
                    "created": created,
                    "model": model,
                    "choices": [{"index": 0, "finish_reason": finish, "message": message}],
                    "usage": {
                        "prompt_tokens": usage_in,
                        "completion_tokens": usage_out,
                        "total_tokens": usage_in + usage_out,
                    },
                }
            )

        def chunk(delta: dict[str, Any], fin: str | None = None) -> dict[str, Any]:
            return {
                "id": rid,
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": fin}],
            }

        ev: list[tuple[str | None, Any]] = [(None, chunk({"role": "assistant", "content": ""}))]
        ev += [(None, chunk({"content": p})) for p in _pieces(rng, text or "", msg.values)]
        for i, k in enumerate(tc):
            ev.append(
                (
                    None,
                    chunk(
                        {
                            "tool_calls": [
                                {
                                    "index": i,
                                    "id": k["id"],
                                    "type": "function",
                                    "function": {"name": k["function"]["name"], "arguments": ""},
                                }
                            ]
                        }
                    ),
                )
            )
            ev.append(
                (None, chunk({"tool_calls": [{"index": i, "function": {"arguments": k["function"]["arguments"]}}]}))
            )
        return _sse([*ev, (None, chunk({}, finish)), (None, "[DONE]")])
    if dialect == "responses":
        output: list[dict[str, Any]] = []
        if text:
            output.append(
                {
                    "type": "message",
                    "id": ids(rng, "msg_", 20),
                    "role": "assistant",
                    "status": "completed",
                    "content": [{"type": "output_text", "text": text, "annotations": []}],
                }
            )
        output += [
            {
                "type": "function_call",
                "id": ids(rng, "fc_", 20),
                "call_id": k.id,
                "name": k.name,
                "arguments": json.dumps(k.args, ensure_ascii=False),
                "status": "completed",
            }
            for k in calls
        ]
        resp = {
            "id": rid,
            "object": "response",
            "created_at": created,
            "status": "completed",
            "model": model,
            "output": output,
            "usage": {"input_tokens": usage_in, "output_tokens": usage_out, "total_tokens": usage_in + usage_out},
        }
        if not stream:
            return dump(resp)
        ev = [
            (
                "response.created",
                {"type": "response.created", "response": {**resp, "status": "in_progress", "output": []}},
            )
        ]
        for i, item in enumerate(output):
            ev.append(
                (
                    "response.output_item.added",
                    {
                        "type": "response.output_item.added",
                        "output_index": i,
                        "item": {**item, "status": "in_progress"}
                        if item["type"] == "message"
                        else {**item, "arguments": ""},
                    },
                )
            )
            if item["type"] == "message":
                ev += [
                    (
                        "response.output_text.delta",
                        {"type": "response.output_text.delta", "output_index": i, "content_index": 0, "delta": p},
                    )
                    for p in _pieces(rng, text or "", msg.values)
                ]
                ev.append(
                    (
                        "response.output_text.done",
                        {"type": "response.output_text.done", "output_index": i, "content_index": 0, "text": text},
                    )
                )
            else:
                ev.append(
                    (
                        "response.function_call_arguments.done",
                        {
                            "type": "response.function_call_arguments.done",
                            "output_index": i,
                            "arguments": item["arguments"],
                        },
                    )
                )
        return _sse([*ev, ("response.completed", {"type": "response.completed", "response": resp})])
    content: list[dict[str, Any]] = ([{"type": "text", "text": text}] if text else []) + [
        {"type": "tool_use", "id": k.id, "name": k.name, "input": k.args} for k in calls
    ]
    stop = "tool_use" if calls else "end_turn"
    if not stream:
        return dump(
            {
                "id": rid,
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": content,
                "stop_reason": stop,
                "stop_sequence": None,
                "usage": {"input_tokens": usage_in, "output_tokens": usage_out},
            }
        )
    ev = [
        (
            "message_start",
            {
                "type": "message_start",
                "message": {
                    "id": rid,
                    "type": "message",
                    "role": "assistant",
                    "model": model,
                    "content": [],
                    "stop_reason": None,
                    "usage": {"input_tokens": usage_in, "output_tokens": 1},
                },
            },
        )
    ]
    for i, block in enumerate(content):
        if block["type"] == "text":
            ev.append(
                (
                    "content_block_start",
                    {"type": "content_block_start", "index": i, "content_block": {"type": "text", "text": ""}},
                )
            )
            ev += [
                (
                    "content_block_delta",
                    {"type": "content_block_delta", "index": i, "delta": {"type": "text_delta", "text": p}},
                )
                for p in _pieces(rng, text or "", msg.values)
            ]
        else:
            ev.append(
                (
                    "content_block_start",
                    {"type": "content_block_start", "index": i, "content_block": {**block, "input": {}}},
                )
            )
            ev.append(
                (
                    "content_block_delta",
                    {
                        "type": "content_block_delta",
                        "index": i,
                        "delta": {
                            "type": "input_json_delta",
                            "partial_json": json.dumps(block["input"], ensure_ascii=False),
                        },
                    },
                )
            )
        ev.append(("content_block_stop", {"type": "content_block_stop", "index": i}))
    ev += [
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": stop, "stop_sequence": None},
                "usage": {"output_tokens": usage_out},
            },
        ),
        ("message_stop", {"type": "message_stop"}),
    ]
    return _sse(ev)
