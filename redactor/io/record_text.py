"""The JSON text a sink writes for a record: ``json.dumps(..., ensure_ascii=False)`` that can
always be encoded as UTF-8.

JSON may carry lone surrogate escapes (``"\\ud83d"``: a UTF-16 string cut between the halves of a
pair, which JavaScript's ``slice`` and ``JSON.stringify`` produce). ``json.loads`` turns them into
lone surrogate code points, which ``ensure_ascii=False`` writes back raw; encoding that text as
UTF-8 then fails and the sink (file, SQLite, PostgreSQL, Kafka, S3, HTTP) cannot store the record.
Here each lone surrogate is written as its ``\\uXXXX`` escape again, so the text is valid UTF-8 and
decodes to the same value; every other character is written exactly as before.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

_SURROGATE: Final = re.compile("[\ud800-\udfff]")
COMPACT: Final = (",", ":")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def record_json(obj: Any, *, separators: tuple[str, str] | None = COMPACT, sort_keys: bool = False) -> str:
    """`obj` as JSON text (non-ASCII kept, lone surrogates escaped); compact unless
    `separators` is None (then ``", "`` and ``": "``, json's defaults)."""
    out = json.dumps(obj, ensure_ascii=False, separators=separators, sort_keys=sort_keys)
    if out.isascii():
        return out
    # A raw surrogate only occurs inside a string token, where json.dumps has escaped every
    # backslash, so the new escape cannot join a backslash before it.
    return _SURROGATE.sub(_escape, out)
