"""Object keys as text: which keys are scanned, and how paths are shown where values must not be.

A JSON object key can carry the same data as a value: a map keyed by e-mail address, user name
or API token (``{"users": {"ada@example.org": {...}}}``). `redactor.records.walk` therefore emits a
*key slot* for every key that is not `plain_key` (ordinary identifier-like field names are
skipped, so ordinary records cost nothing more). A key slot is detected like any other slot but
is never rewritten: renaming keys could make two keys collide or break the consumer's schema, so
a key that holds a finding (found in the key itself, or a value found elsewhere in the record and
propagated to it) makes `DecodedRecord.rebuild` raise ``key_finding`` and the pipeline keeps the
record back (fail closed) instead of forwarding the key verbatim.

`safe_path` is the path shown in quarantine details (``too_slow``, ``too_deep``,
``key_finding``): a key segment is shown only when it is `plain_key`; any other key (which was
scanned, and may be the very value being protected) becomes ``[<key>]``.
"""

from __future__ import annotations

import re
from typing import Final

from redactor.records.paths import join_index, join_key, parse_path

KEY_SUFFIX: Final = "#key"
"""Ends the path of a key slot (the path of the key's value plus this suffix). No path pattern
can match it, so policy field rules (skip, encrypt, keep) never apply to a key slot."""

KEY_PLACEHOLDER: Final = "<key>"

_PLAIN: Final = re.compile(r"[A-Za-z_$@][A-Za-z_-]{0,31}")
_UPPER: Final = re.compile(r"[A-Z]")


def plain_key(key: str) -> bool:
    """Whether `key` is an ordinary field name: letters, ``_`` and ``-`` only (a leading ``$`` or
    ``@`` allowed), at most 32 characters, and not a long run of mixed-case letters (a random
    letters-only token). Digits, dots, ``@`` inside, spaces and anything else make a key
    non-plain, so e-mail addresses, host names, tokens, names with spaces are scanned."""
    if not key:
        return True  # the empty key carries nothing
    if _PLAIN.fullmatch(key) is None:
        return False
    if len(key) < 16 or "_" in key or "-" in key:
        return True
    return len(_UPPER.findall(key)) * 4 <= len(key)


def key_slot_path(value_path: str) -> str:
    """The slot path of the key whose value sits at `value_path`."""
    return value_path + KEY_SUFFIX


def is_key_path(path: str) -> bool:
    """Whether `path` is a key slot's path."""
    return path.endswith(KEY_SUFFIX)


def safe_path(path: str) -> str:
    """`path` with every non-plain key replaced by ``[<key>]`` (a key slot's path gets an
    ``(object key)`` note); a path that does not parse is withheld entirely."""
    note = ""
    if is_key_path(path):
        path, note = path[: -len(KEY_SUFFIX)], " (object key)"
    try:
        segments = parse_path(path)
    except ValueError:
        return "<path withheld>"
    out = ""
    for seg in segments:
        if isinstance(seg, int):
            out = join_index(out, seg)
        elif plain_key(seg):
            out = join_key(out, seg)
        else:
            out = f"{out}[{KEY_PLACEHOLDER}]"
    return out + note
