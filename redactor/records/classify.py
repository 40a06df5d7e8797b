"""The one place that decides what a record is (copilot-records.md §2.5).

* usage record: an object with ``type``, ``endpoint`` and ``body`` and no ``action``; ``type``,
  ``endpoint`` and ``body`` must be strings (any ``type`` value is accepted: preview schemas
  change, and the body is scanned the same way whatever it says);
* audit event: an object with ``action`` (a string);
* anything else raises `RecordError` with a stable reason:

  - ``not_an_object``: the line is JSON but not an object;
  - ``unknown_shape``: an object that is neither of the above (the message names the missing
    fields);
  - ``bad_type``: a deciding field has the wrong JSON type.

Messages name fields and JSON types, never values.
"""

from __future__ import annotations

from typing import Final

from redactor.errors import RecordError
from redactor.records.model import RecordKind

USAGE_FIELDS: Final = ("type", "endpoint", "body")


def json_type(value: object) -> str:
    """The JSON type name of `value` (for messages)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _a(type_name: str) -> str:
    return ("an " if type_name[0] in "aeiou" else "a ") + type_name


def classify(obj: object) -> RecordKind:
    """Tell a usage record from an audit event.

    Raises:
        RecordError: ``not_an_object``, ``unknown_shape`` or ``bad_type``.
    """
    if not isinstance(obj, dict):
        raise RecordError("not_an_object", f"record is {_a('JSON ' + json_type(obj))}, expected an object")
    if "action" in obj:
        if not isinstance(obj["action"], str):
            raise RecordError(
                "bad_type",
                f"audit event field 'action' is {_a(json_type(obj['action']))}, expected a string",
            )
        return RecordKind.AUDIT
    missing = [f for f in USAGE_FIELDS if f not in obj]
    if missing:
        names = ", ".join(repr(f) for f in missing)
        raise RecordError(
            "unknown_shape",
            f"record has no 'action' and lacks usage-record field(s) {names}: "
            "neither a usage record nor an audit event",
        )
    for f in USAGE_FIELDS:
        if not isinstance(obj[f], str):
            raise RecordError("bad_type", f"usage record field {f!r} is {_a(json_type(obj[f]))}, expected a string")
    return RecordKind.USAGE
