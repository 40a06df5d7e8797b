"""Conversion calls that wrap a string literal assigned to a key: the literal is the value.

Code often turns a secret literal into bytes or a secret type on the line that names it:
``var signingKey = []byte("...")`` (Go), ``Buffer.from("...", "utf8")`` (Node),
``Encoding.UTF8.GetBytes("...")`` (.NET), ``new TextEncoder().encode("...")`` (Web),
``utf8.encode('...')`` (Dart), ``SecretStr("...")`` (pydantic), ``String::from("...")`` (Rust),
and the UUID parsers of each language (``Guid.Parse("...")``, ``UUID.fromString("...")``,
``uuid.UUID("...")``, ``Uuid::parse_str("...")``): an API key issued as a GUID is typed as one.
`WRAPPERS` is the registry of such calls, taken from each language's standard library and the
common secret wrapper types; `literal_start` skips one of them so the assignment detectors read
the quoted literal inside. Only a
call followed directly by a quote counts: ``[]byte(os.Getenv("X"))`` has no literal value.
"""

from __future__ import annotations

import re

WRAPPERS: tuple[str, ...] = (
    r"\[\](?:byte|rune|uint8)\(",
    r"bytes\(",
    r"bytearray\(",
    r"Buffer\.from\(",
    r"(?:new[ \t]+)?TextEncoder\(\)\.encode\(",
    r"(?:System\.Text\.)?Encoding\.(?:UTF8|ASCII|Default|Unicode|Latin1)\.GetBytes\(",
    r"(?:utf8|ascii|latin1)\.encode\(",
    r"Secret(?:Str|String|Bytes)?\(",
    r"(?:secrecy::)?Secret(?:String|Box)?::(?:new|from)\(",
    r"String::from\(",
    r"(?:std::)?string\(",
    r"QString(?:::fromUtf8)?\(",
    r"\[NSString[ \t]+stringWithUTF8String:[ \t]*",
    r"SecretValue\.unsafePlainText\(",
    r"(?:System\.)?Guid\.(?:Try)?Parse(?:Exact)?\(",
    r"new[ \t]+(?:System\.)?Guid\(",
    r"(?:java\.util\.)?UUID\.fromString\(",
    r"uuid\.UUID\(",
    r"(?:uuid::)?Uuid::(?:parse_str|try_parse|from_str)\(",
    r"uuid\.(?:Must)?Parse\(",
    r"UUID\(uuidString:[ \t]*",
)
"""Calls whose first argument is the secret literal itself (see the module docstring)."""
_WRAPPER = re.compile(r"(?:" + "|".join(WRAPPERS) + r")[ \t]*(?=[bru]?[\"'`])")


def literal_start(text: str, p: int) -> int:
    """Where the literal starts when a registered conversion call wraps it at `p`, else `p`.

    Args:
        text: the text being scanned.
        p: the offset right after an assignment's operator and blanks.

    Returns:
        The offset of the literal's opening quote (or string prefix), or `p` unchanged.
    """
    m = _WRAPPER.match(text, p)
    return m.end() if m is not None else p
