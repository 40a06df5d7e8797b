"""Value types of the records package: record kinds, field kinds, body forms and text slots."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class RecordKind(StrEnum):
    """What a line of the stream is (copilot-records.md §2.5)."""

    USAGE = "usage"
    """A Copilot usage record: ``type``, ``endpoint`` and a string ``body``; no ``action``."""
    AUDIT = "audit"
    """An audit-log event: has ``action``."""


class FieldKind(StrEnum):
    """What kind of text a slot holds; policy rules and segmentation key on it."""

    SYSTEM = "system"
    """System / developer prompts (Anthropic ``system``, Responses ``instructions``)."""
    PROMPT = "prompt"
    """What the user wrote (user messages, Responses ``input`` text, legacy ``prompt``)."""
    ASSISTANT = "assistant"
    """What the model wrote (assistant messages, ``choices``, response ``content``/``output``)."""
    REASONING = "reasoning"
    """Reasoning / thinking text and reasoning summaries."""
    TOOL_ARGUMENTS = "tool_arguments"
    """Tool-call arguments: decoded ``arguments`` JSON strings, ``tool_use.input``, deltas."""
    TOOL_RESULT = "tool_result"
    """Tool results: ``role: "tool"`` contents, ``tool_result``, ``function_call_output.output``."""
    TOOL_DESCRIPTION = "tool_description"
    """Tool declarations (``tools[]``): descriptions, parameter descriptions, enums."""
    RAW_BODY = "raw_body"
    """A body (or SSE data line) that could not be parsed; scanned as one text."""
    ENVELOPE = "envelope"
    """A string field of a usage record outside ``body`` (unknown top-level keys)."""
    AUDIT_FIELD = "audit_field"
    """A string field of an audit event."""
    OTHER = "other"
    """Any other string (unknown keys, configuration, metadata)."""
    BINARY = "binary"
    """Base64 payloads (``data:...;base64,`` URLs, Anthropic ``source.data``, ``file_data``,
    ``encrypted_content``). Not natural language: the policy decides (keep / drop / scan);
    running NER over them is slow and pointless."""


class BodyForm(StrEnum):
    """How a usage record's ``body`` was read."""

    JSON = "json"
    """Complete JSON; every string inside is addressed by path."""
    SSE = "sse"
    """Server-sent events: ``data: {...}`` lines, each walked on its own."""
    PARTIAL_JSON = "partial_json"
    """A cut-off JSON document (truncated body) read leniently up to its end."""
    RAW = "raw"
    """Not JSON, not SSE and not a JSON prefix: one raw text slot."""
    ABSENT = "absent"
    """The record has no body (audit events)."""


@dataclass(frozen=True, slots=True)
class TextSlot:
    """One string to scan, and where it lives.

    Attributes:
        path: canonical path (see `redactor.records.paths`), e.g. ``body.messages[1].content``.
        text: the string itself. Hidden from ``repr``.
        kind: what kind of text it is.
        json_escaped: True when `text` is still JSON-string-escaped (raw truncated body text).
        truncated_tail: True when the text was cut off at its end; the pipeline masks a
            trailing partial token.
    """

    path: str
    text: str = field(repr=False)
    kind: FieldKind
    json_escaped: bool = False
    truncated_tail: bool = False
