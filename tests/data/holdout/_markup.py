"""Markup for hand-written held-out texts, and the carriers that wrap them.

A text is written with its gold spans inline: ``⟦PERSON|Anna Kowalska⟧`` marks the value
``Anna Kowalska`` as a PERSON. `parse` removes the markup and returns the plain text plus the
span offsets. Carriers (JSON tool calls, shell transcripts, file reads...) wrap a marked-up body
and escape it the way the real carrier would; escaping is per character, so it is applied to
the marked-up string and the gold span covers the escaped value, as it appears in the record.
"""

from __future__ import annotations

import json
import re
from typing import Any

LABELS = frozenset(
    [
        "SECRET",
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "IBAN_CODE",
        "US_SSN",
        "IP_ADDRESS",
        "ADDRESS",
        "DATE_OF_BIRTH",
        "US_DRIVER_LICENSE",
        "LOCATION",
        "USERNAME",
        "ZIP_CODE",
        "ORGANIZATION",
        "DATE_TIME",
        "URL",
        "NRP",
        "TITLE",
        "AGE",
    ]
)
_MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)


def m(label: str, value: str) -> str:
    """Mark `value` as a gold span of `label`."""
    assert label in LABELS, label
    assert "⟦" not in value and "⟧" not in value
    return f"⟦{label}|{value}⟧"


def S(value: str) -> str:
    return m("SECRET", value)


def P(value: str) -> str:
    return m("PERSON", value)


def E(value: str) -> str:
    return m("EMAIL_ADDRESS", value)


def U(value: str) -> str:
    return m("USERNAME", value)


def A(value: str) -> str:
    return m("ADDRESS", value)


def L(value: str) -> str:
    return m("LOCATION", value)


def T(value: str) -> str:
    return m("PHONE_NUMBER", value)


def C(value: str) -> str:
    return m("CREDIT_CARD", value)


def I(value: str) -> str:  # noqa: E743
    return m("IBAN_CODE", value)


def IP(value: str) -> str:
    return m("IP_ADDRESS", value)


def D(value: str) -> str:
    return m("DATE_OF_BIRTH", value)


def Z(value: str) -> str:
    return m("ZIP_CODE", value)


def parse(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """Plain text and gold spans (start, end, label) of a marked-up text."""
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    n = 0
    for mt in _MARK.finditer(marked):
        out.append(marked[pos : mt.start()])
        n += mt.start() - pos
        value = mt.group(2)
        spans.append({"start": n, "end": n + len(value), "label": mt.group(1)})
        out.append(value)
        n += len(value)
        pos = mt.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"unbalanced markup in: {marked[:80]!r}")
    return text, spans


def esc(body: str, *, ascii_only: bool = False) -> str:
    """`body` as the inside of a JSON string (markup characters kept)."""
    s = json.dumps(body, ensure_ascii=ascii_only)[1:-1]
    return s.replace("\\u27e6", "⟦").replace("\\u27e7", "⟧")


# ---------------------------------------------------------------------------------------------
# carriers


def create_file(path: str, body: str) -> str:
    return '{"tool": "create_file", "arguments": {"path": "' + esc(path) + '", "content": "' + esc(body) + '"}}'


def edit_file(path: str, old: str, new: str) -> str:
    return (
        '{"name": "str_replace", "input": {"path": "'
        + esc(path)
        + '", "old_str": "'
        + esc(old)
        + '", "new_str": "'
        + esc(new)
        + '"}}'
    )


def openai_call(name: str, args: dict[str, str]) -> str:
    """An OpenAI-style tool call: the arguments are a JSON document inside a JSON string."""
    inner = "{" + ", ".join('"' + esc(k) + '": "' + esc(v) + '"' for k, v in args.items()) + "}"
    return (
        '{"id": "call_Qm3vX9", "type": "function", "function": {"name": "'
        + name
        + '", "arguments": "'
        + esc(inner)
        + '"}}'
    )


def tool_result(body: str, *, ascii_only: bool = False) -> str:
    return '{"role": "tool", "tool_call_id": "toolu_01H8", "content": "' + esc(body, ascii_only=ascii_only) + '"}'


def shell(cmd: str, output: str = "", prompt: str = "$ ") -> str:
    return f"{prompt}{cmd}\n{output}" if output else f"{prompt}{cmd}\n"


def cat_n(path: str, body: str, first: int = 1) -> str:
    """``$ cat -n path`` output: right-aligned line numbers and a tab."""
    lines = body.split("\n")
    numbered = "\n".join(f"{i:6d}\t{line}" for i, line in enumerate(lines, first))
    return f"$ cat -n {path}\n{numbered}\n"


def read_file(path: str, body: str, first: int = 1) -> str:
    lines = body.split("\n")
    numbered = "\n".join(f"{i:4d}\t{line}" for i, line in enumerate(lines, first))
    return f"[read_file {path}]\n{numbered}\n"


def diff(path: str, added: list[str], context: tuple[str, str] = ("", ""), start: int = 14) -> str:
    head = f"diff --git a/{path} b/{path}\nindex 4be8d1c..a07f93e 100644\n--- a/{path}\n+++ b/{path}\n"
    n_new = len(added) + 2
    hunk = f"@@ -{start},2 +{start},{n_new} @@\n"
    body = f" {context[0]}\n" + "".join(f"+{a}\n" for a in added) + f" {context[1]}\n"
    return head + hunk + body


def fenced(lang: str, body: str, before: str, after: str = "") -> str:
    tail = f"\n\n{after}" if after else ""
    return f"{before}\n\n```{lang}\n{body}\n```{tail}"
