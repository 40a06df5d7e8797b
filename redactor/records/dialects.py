"""What each string of a Copilot body is: the dialect rules (copilot-records.md §3, §4.7).

The walker asks `child_rule` about every member of every object met in *protocol* position
(the request/response structure itself). The rule says whether the member is structural (never a
slot), what `FieldKind` its strings get, whether it is a free-form payload (see below), whether it
is a root-like object (a nested response object in an SSE event) and whether its string value is
itself JSON to decode (``arguments``).

Structural members (strings that are protocol, not content, and must survive unchanged):
`STRUCTURAL_KEYS` everywhere in protocol position, plus ``name`` except on a chat message with a
participant role (``user``/``system``/``developer``/``assistant``, where ``name`` is a person's
or participant's name and is scanned). So function/tool names, tool-call ids, roles, types,
models and finish reasons stay byte-identical.

Free-form payloads (tool-call arguments, Anthropic ``tool_use.input``, Responses shell/computer
``action``, ``metadata``) are user data: inside them *no* key is structural, every string is a
slot (a key called ``id`` or ``type`` in a tool's arguments may hold anything).

Dialects covered:

* chat completions: ``messages[].content`` (string or parts; kind from ``role``),
  ``tool_calls[].function.arguments`` (JSON string, decoded), ``role: "tool"`` results,
  ``tools[]``/``functions[]`` declarations, ``choices[].message``/``delta``/``text``, reasoning
  fields (``reasoning_content``, ``reasoning``, ``thinking``, ``reasoning_details``);
* OpenAI Responses: ``instructions``, ``input`` (string or items), ``function_call.arguments``,
  ``*_output.output``, ``output[]``, ``reasoning`` items (``summary``/``content``), SSE events
  (``delta``/``text``/``arguments`` typed by the event ``type``, nested ``response``/``item``);
* Anthropic Messages: ``system`` (string or blocks), ``messages[].content`` blocks (``text``,
  ``tool_use.input``, ``tool_result.content``, ``thinking``), response ``content[]``, SSE events
  (``message``, ``content_block``, ``delta`` with ``text``/``partial_json``/``thinking``).

Anything else keeps the kind of its parent (``OTHER`` at the top) and is still scanned.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from redactor import cache_budget
from redactor.records.jsonscan import JObj, JStr, Node
from redactor.records.model import FieldKind

STRUCTURAL_KEYS: Final = frozenset(
    {
        "role",
        "type",
        "id",
        "object",
        "model",
        "tool_call_id",
        "tool_use_id",
        "call_id",
        "item_id",
        "response_id",
        "previous_response_id",
        "file_id",
        "finish_reason",
        "stop_reason",
        "status",
        "system_fingerprint",
        "service_tier",
        "signature",
        "index",
        "created",
        "created_at",
        "output_index",
        "content_index",
        "summary_index",
        "sequence_number",
        "media_type",
        "detail",
        "encoding_format",
    }
)
"""Keys whose string values are protocol, not content (in protocol position only)."""

PARTICIPANT_ROLES: Final = frozenset({"user", "system", "developer", "assistant"})
"""Roles on which a ``name`` member is a participant's name (scanned) rather than a tool name."""

ROLE_KINDS: Final = {
    "system": FieldKind.SYSTEM,
    "developer": FieldKind.SYSTEM,
    "user": FieldKind.PROMPT,
    "assistant": FieldKind.ASSISTANT,
    "model": FieldKind.ASSISTANT,
    "tool": FieldKind.TOOL_RESULT,
    "function": FieldKind.TOOL_RESULT,
    "ipython": FieldKind.TOOL_RESULT,
}
"""Kind of a message's ``content`` by its ``role``."""

_DATA_URL: Final = re.compile(r"data:[\w.+-]+/[\w.+-]+(?:;[\w.+-]+=[^;,]*)*;base64,", re.ASCII)


def is_base64_payload(text: str) -> bool:
    """Whether `text` is a ``data:<mime>;base64,`` URL (an image, audio or file payload)."""
    return _DATA_URL.match(text) is not None


@dataclass(frozen=True, slots=True)
class Rule:
    """What to do with one member of an object.

    Attributes:
        structural: the (string) value is protocol: not a slot.
        kind: the kind for strings below, or None to inherit the parent's.
        free: below here everything is user data (no structural keys).
        root: the value is a root-like object (dialect root rules apply to its members).
        decode: the string value may be JSON text: decode it and walk its strings.
    """

    structural: bool = False
    kind: FieldKind | None = None
    free: bool = False
    root: bool = False
    decode: bool = False


STRUCTURAL: Final = Rule(structural=True)
INHERIT: Final = Rule()

_K = FieldKind

ROOT_RULES: Final = {
    "system": Rule(kind=_K.SYSTEM),
    "instructions": Rule(kind=_K.SYSTEM),
    "input": Rule(kind=_K.PROMPT),
    "prompt": Rule(kind=_K.PROMPT),
    "suffix": Rule(kind=_K.PROMPT),
    "output": Rule(kind=_K.ASSISTANT),
    "output_text": Rule(kind=_K.ASSISTANT),
    "choices": Rule(kind=_K.ASSISTANT),
    "content": Rule(kind=_K.ASSISTANT),
    "completion": Rule(kind=_K.ASSISTANT),
    "delta": Rule(kind=_K.ASSISTANT),
    "content_block": Rule(kind=_K.ASSISTANT),
    "message": Rule(kind=_K.ASSISTANT),
    "item": Rule(kind=_K.ASSISTANT),
    "part": Rule(kind=_K.ASSISTANT),
    "text": Rule(kind=_K.ASSISTANT),
    "arguments": Rule(kind=_K.TOOL_ARGUMENTS, decode=True),
}
"""Members of a body root (or an SSE event, or a nested ``response``)."""

_EVENT_PAYLOAD_KEYS: Final = frozenset({"delta", "text", "arguments", "input", "part"})

KEY_RULES: Final = {
    "tool_calls": Rule(kind=_K.TOOL_ARGUMENTS),
    "function_call": Rule(kind=_K.TOOL_ARGUMENTS),
    "arguments": Rule(kind=_K.TOOL_ARGUMENTS, decode=True),
    "partial_json": Rule(kind=_K.TOOL_ARGUMENTS),
    "reasoning": Rule(kind=_K.REASONING),
    "reasoning_content": Rule(kind=_K.REASONING),
    "reasoning_text": Rule(kind=_K.REASONING),
    "reasoning_details": Rule(kind=_K.REASONING),
    "reasoning_summary": Rule(kind=_K.REASONING),
    "thinking": Rule(kind=_K.REASONING),
    "tools": Rule(kind=_K.TOOL_DESCRIPTION),
    "functions": Rule(kind=_K.TOOL_DESCRIPTION),
    "metadata": Rule(kind=_K.OTHER, free=True),
    "file_data": Rule(kind=_K.BINARY),
    "encrypted_content": Rule(kind=_K.BINARY),
    "b64_json": Rule(kind=_K.BINARY),
}
"""Members recognised by key alone, in any protocol object."""

BLOCK_RULES: Final = {
    ("tool_use", "input"): Rule(kind=_K.TOOL_ARGUMENTS, free=True),
    ("server_tool_use", "input"): Rule(kind=_K.TOOL_ARGUMENTS, free=True),
    ("mcp_tool_use", "input"): Rule(kind=_K.TOOL_ARGUMENTS, free=True),
    ("thinking", "thinking"): Rule(kind=_K.REASONING),
    ("redacted_thinking", "data"): Rule(kind=_K.BINARY),
    ("base64", "data"): Rule(kind=_K.BINARY),
    ("function_call", "arguments"): Rule(kind=_K.TOOL_ARGUMENTS, decode=True),
    ("mcp_call", "arguments"): Rule(kind=_K.TOOL_ARGUMENTS, decode=True),
    ("mcp_call", "output"): Rule(kind=_K.TOOL_RESULT),
    ("mcp_call", "error"): Rule(kind=_K.TOOL_RESULT),
    ("custom_tool_call", "input"): Rule(kind=_K.TOOL_ARGUMENTS),
    ("local_shell_call", "action"): Rule(kind=_K.TOOL_ARGUMENTS, free=True),
    ("shell_call", "action"): Rule(kind=_K.TOOL_ARGUMENTS, free=True),
    ("computer_call", "action"): Rule(kind=_K.TOOL_ARGUMENTS, free=True),
    ("web_search_call", "action"): Rule(kind=_K.TOOL_ARGUMENTS, free=True),
    ("apply_patch_call", "operation"): Rule(kind=_K.TOOL_ARGUMENTS, free=True),
    ("image_generation_call", "result"): Rule(kind=_K.BINARY),
    ("reasoning", "summary"): Rule(kind=_K.REASONING),
    ("reasoning", "content"): Rule(kind=_K.REASONING),
    ("reasoning", "text"): Rule(kind=_K.REASONING),
    ("summary_text", "text"): Rule(kind=_K.REASONING),
    ("reasoning_text", "text"): Rule(kind=_K.REASONING),
    ("input_json_delta", "partial_json"): Rule(kind=_K.TOOL_ARGUMENTS),
}
"""Members of a typed block or item, by (``type``, key)."""

_AUDIO_PARENTS: Final = frozenset({"input_audio", "audio"})


@cache_budget.helper()
@functools.lru_cache(maxsize=256)
def _role_rule(role: str) -> Rule:
    """The rule for the ``content`` of a message with `role` (rules are immutable: shared)."""
    return Rule(kind=ROLE_KINDS.get(role))


def _event_kind(event_type: str) -> FieldKind | None:
    """Kind of the payload of a streaming event, from its ``type`` (Responses SSE)."""
    if "function_call_arguments" in event_type or "custom_tool_call_input" in event_type:
        return FieldKind.TOOL_ARGUMENTS
    if "mcp_call_arguments" in event_type:
        return FieldKind.TOOL_ARGUMENTS
    if "reasoning" in event_type:
        return FieldKind.REASONING
    return None


def child_rule(obj: JObj, key: str, value: Node, *, at_root: bool, obj_key: str | None) -> Rule:
    """The rule for member `key` (holding `value`) of `obj`, an object in protocol position.

    Args:
        obj: the object.
        key: the member's key.
        value: the member's value.
        at_root: `obj` is a body root, an SSE event or a nested Responses ``response``.
        obj_key: the key under which `obj` itself sits (for arrays, the array's key).
    """
    return member_rule(obj.str_of("role"), obj.str_of("type"), key, value, at_root=at_root, obj_key=obj_key)


def member_rule(
    role: str | None, block_type: str | None, key: str, value: Node, *, at_root: bool, obj_key: str | None
) -> Rule:
    """`child_rule` given the object's ``role`` and ``type`` strings (None when absent or not a
    string), so a walk reads them once per object instead of once per member."""
    if isinstance(value, JStr):
        if key in STRUCTURAL_KEYS:
            return STRUCTURAL
        if key == "name" and role not in PARTICIPANT_ROLES:
            return STRUCTURAL
    if at_root:
        if key == "response" and isinstance(value, JObj):
            return Rule(root=True)
        if block_type is not None and key in _EVENT_PAYLOAD_KEYS:
            event_kind = _event_kind(block_type)
            if event_kind is not None:
                return Rule(kind=event_kind, decode=key == "arguments")
        root_rule = ROOT_RULES.get(key)
        if root_rule is not None:
            return root_rule
    if role is not None and key == "content":
        return _role_rule(role)
    if block_type is not None:
        rule = BLOCK_RULES.get((block_type, key))
        if rule is not None:
            return rule
        if key == "content" and block_type.endswith("tool_result"):
            return Rule(kind=FieldKind.TOOL_RESULT)
        if key == "output" and block_type.endswith("_output"):
            return Rule(kind=FieldKind.TOOL_RESULT)
    if key == "data" and obj_key in _AUDIO_PARENTS:
        return Rule(kind=FieldKind.BINARY)
    return KEY_RULES.get(key, INHERIT)
