# ruff: noqa: E501
"""Carriers for the twenty-first held-out set: how Copilot and its neighbours wrap text."""

from __future__ import annotations

import json


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def vsc_call(name: str, args: dict[str, object], call: str = "call_7hQe2Rvk") -> str:
    """Copilot Chat (VS Code agent mode): assistant message with one tool call."""
    return dumps({"role": "assistant", "content": None, "tool_calls": [{"id": call, "type": "function", "function": {"name": name, "arguments": dumps(args)}}]})


def vsc_result(content: str, call: str = "call_7hQe2Rvk") -> str:
    return dumps({"role": "tool", "tool_call_id": call, "content": content})


def vs_chat(turns: list[tuple[str, str]]) -> str:
    """Copilot Chat in Visual Studio 2022, copied from the chat window."""
    return "\n\n".join(("You:" if w == "me" else "GitHub Copilot:") + "\n" + t for w, t in turns)


def jb_chat(turns: list[tuple[str, str]]) -> str:
    """Copilot Chat in a JetBrains IDE (exported)."""
    return "\n\n".join(f"### {'User' if w == 'me' else 'Copilot'}\n{t}" for w, t in turns)


def pr_body(title: str, body: str, handle: str = "copilot-swe-agent") -> str:
    return f"# {title}\n\n_Opened by @{handle} (Copilot coding agent)_\n\n{body}\n\n<!-- copilot-coding-agent: session 8d41f2 -->"


def review(path: str, line: int, comments: list[tuple[str, str]]) -> str:
    out = [f"Review thread on `{path}` line {line}"]
    for who, c in comments:
        out.append(f"**@{who}**: {c}")
    return "\n\n".join(out)


def codex_exec(command: list[str], output: str, exit_code: int = 0) -> str:
    """`codex exec --json` event line for a finished command."""
    return dumps({"type": "item.completed", "item": {"id": "item_12", "type": "command_execution", "command": " ".join(command), "aggregated_output": output, "exit_code": exit_code, "status": "completed"}})


def gemini(prompt: str, answer: str) -> str:
    """Gemini Code Assist chat history (exported JSON)."""
    return dumps({"history": [{"role": "user", "parts": [{"text": prompt}]}, {"role": "model", "parts": [{"text": answer}]}]}, indent=2)


def amazonq(lines: list[str]) -> str:
    """Amazon Q Developer CLI (q chat) transcript."""
    return "\n".join(lines)


def amp_tool(tool: str, inp: dict[str, object], result: str) -> str:
    """Sourcegraph Amp thread: a tool_use and its tool_result."""
    return dumps({"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_amp_4Qz", "name": tool, "input": inp}]}) + "\n" + dumps({"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_amp_4Qz", "content": [{"type": "text", "text": result}]}]})


def devin(steps: list[str]) -> str:
    """Devin session: shell panel output."""
    return "\n".join(steps)


def oh_run(command: str, output: str, exit_code: int = 0) -> str:
    """OpenHands event stream: a CmdRunAction and its observation."""
    a = dumps({"id": 41, "source": "agent", "action": "run", "args": {"command": command, "is_input": False, "thought": ""}})
    o = dumps({"id": 42, "source": "agent", "observation": "run", "content": output, "extras": {"command": command, "metadata": {"exit_code": exit_code, "working_dir": "/workspace"}}})
    return a + "\n" + o


def aider(cmd: str, turns: list[str]) -> str:
    return f"\n# aider chat started at 2026-11-20 09:14:22\n\n> {cmd}  \n> Aider v0.86.2  \n> Main model: gemini/gemini-2.5-pro with diff-fenced edit format  \n\n" + "\n\n".join(turns) + "\n"


def tabnine(prompt: str, answer: str) -> str:
    return f"Tabnine Chat\n────────────\n👤 {prompt}\n\n🤖 {answer}"
